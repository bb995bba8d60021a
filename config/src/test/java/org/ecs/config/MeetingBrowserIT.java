package org.ecs.config;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.ecs.core.demo.DemoData;

import org.ecs.config.EcsIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * In Chromium: the secretariat adds a meeting with the form, a delegate in New York sees
 * it in her own time beside Vienna time, and the demo meeting's recording (transcoded by
 * the route at start) loads its HLS manifest in the page's player, in the delegate's
 * language, and plays.
 */
@EcsIntegrationTest
class MeetingBrowserIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	GreenMail mailSandbox;

	@RegisterExtension
	final ChromiumPerTest chromium = new ChromiumPerTest();

	@Test
	void shouldAddAMeetingShowItInTheDelegatesZoneAndPlayARecording() {
		WebDriver d = this.chromium.driver();
		login(d, "sam");
		d.get(url("/meetings"));
		d.findElement(By.id("meeting-new")).click();
		Browsers.waiting(d).until(ExpectedConditions.presenceOfElementLocated(By.id("meeting-form")));
		new Select(d.findElement(By.id("body"))).selectByValue("WORKING_GROUP_A");
		d.findElement(By.id("session")).sendKeys("Ninth session");
		d.findElement(By.id("title")).sendKeys("Working Group A, ninth session (browser)");
		set(d, "start", "2027-04-12T10:00");
		set(d, "end", "2027-04-12T13:00");
		d.findElement(By.id("room")).sendKeys("Board Room A");
		d.findElement(By.id("agenda")).sendKeys("Opening\nStation calibration");
		d.findElement(By.id("meeting-save")).click();
		Browsers.waiting(d)
			.until(ExpectedConditions.textToBe(By.id("meeting-title"), "Working Group A, ninth session (browser)"));
		String page = d.getCurrentUrl();
		assertThat(d.findElements(By.cssSelector("#agenda li.agenda-item"))).hasSize(2);
		logout(d);

		this.jdbc.sql("update participant set time_zone = 'America/New_York' where username = 'alice'").update();
		login(d, "alice");
		d.get(page);
		assertThat(d.findElement(By.id("meeting-your-time")).getText()).contains("America/New_York")
			.contains("12 Apr 2027 04:00")
			.contains("12 Apr 2027 07:00");
		assertThat(d.findElement(By.id("meeting-when")).getText()).contains("12 Apr 2027 10:00");
		assertThat(d.findElements(By.id("meeting-edit"))).as("only the secretariat amends").isEmpty();

		long demo = this.jdbc.sql("select meeting_id from meeting_recording where source = 'DEMO'")
			.query(Long.class)
			.optional()
			.orElseGet(() -> await().atMost(Duration.ofMinutes(3))
				.until(() -> this.jdbc.sql("select meeting_id from meeting_recording where source = 'DEMO'")
					.query(Long.class)
					.optional(), java.util.Optional::isPresent)
				.orElseThrow());
		await().atMost(Duration.ofMinutes(5))
			.until(() -> this.jdbc.sql("select status from meeting_recording where source = 'DEMO'")
				.query(String.class)
				.single(), "PUBLISHED"::equals);
		d.get(url("/meetings/" + demo));
		WebElement video = Browsers.waiting(d)
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("video.recording-player")));
		Browsers.waiting(d).until(ExpectedConditions.attributeToBe(video, "data-manifest-loaded", "true"));
	}

	/**
	 * The secretariat adds captions to the demo recording with the page's form (a file
	 * that is not WebVTT is refused with the reason); the player then offers them, chosen
	 * from a list like the audio, and shows the chosen track.
	 */
	@Test
	void shouldAddCaptionsByFormAndShowTheChosenTrackInThePlayer() throws Exception {
		WebDriver d = this.chromium.driver();
		await().atMost(Duration.ofMinutes(5))
			.until(() -> this.jdbc.sql("select status from meeting_recording where source = 'DEMO'")
				.query(String.class)
				.optional()
				.orElse(""), "PUBLISHED"::equals);
		long recording = this.jdbc.sql("select id from meeting_recording where source = 'DEMO'")
			.query(Long.class)
			.single();
		long demo = this.jdbc.sql("select meeting_id from meeting_recording where id = ?")
			.param(recording)
			.query(Long.class)
			.single();
		java.nio.file.Path srt = java.nio.file.Files.createTempFile("ecs-captions-", ".srt");
		java.nio.file.Files.writeString(srt, "1\n00:00:00,000 --> 00:00:02,000\nHello\n");
		java.nio.file.Path vtt = java.nio.file.Files.createTempFile("ecs-captions-", ".vtt");
		java.nio.file.Files.writeString(vtt, "WEBVTT\n\n00:00:00.000 --> 00:00:05.000\nBienvenue à la session.\n");
		login(d, "sam");
		d.get(url("/meetings/" + demo));
		new Select(d.findElement(By.id("captions-language-" + recording))).selectByValue("fr");
		d.findElement(By.id("captions-file-" + recording)).sendKeys(srt.toString());
		d.findElement(By.cssSelector("#recording-" + recording + " .captions-submit")).click();
		assertThat(
				Browsers.waiting(d).until(ExpectedConditions.presenceOfElementLocated(By.id("flash-error"))).getText())
			.contains("captions.fr: not WebVTT");
		new Select(d.findElement(By.id("captions-language-" + recording))).selectByValue("fr");
		d.findElement(By.id("captions-file-" + recording)).sendKeys(vtt.toString());
		d.findElement(By.cssSelector("#recording-" + recording + " .captions-submit")).click();
		Browsers.waiting(d).until(ExpectedConditions.presenceOfElementLocated(By.id("flash-message")));
		java.nio.file.Files.deleteIfExists(srt);
		java.nio.file.Files.deleteIfExists(vtt);
		logout(d);

		login(d, "alice");
		// the master playlist offers them once the route has rewritten it
		WebElement video = new WebDriverWait(d, Duration.ofMinutes(2)).until((x) -> {
			x.get(url("/meetings/" + demo));
			WebElement v = Browsers.waiting(x)
				.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("video.recording-player")));
			Browsers.waiting(x).until(ExpectedConditions.attributeToBe(v, "data-manifest-loaded", "true"));
			return x.findElements(By.cssSelector("select.caption-language option[lang='fr']")).isEmpty() ? null : v;
		});
		WebElement choice = d.findElement(By.cssSelector("select.caption-language"));
		assertThat(choice.getAttribute("value")).as("captions stay off until chosen").isEqualTo("-1");
		choice.sendKeys(org.openqa.selenium.Keys.ARROW_DOWN);
		Browsers.waiting(d).until(ExpectedConditions.attributeToBe(video, "data-caption-language", "fr"));
		Browsers.waiting(d)
			.until((x) -> "showing".equals(script(x,
					"var t = arguments[0].textTracks; for (var i = 0; i < t.length; i++) { if (t[i].language === 'fr') return t[i].mode; } return null;",
					video)));
	}

	/**
	 * A delegate launches a discussion from an agenda item of the meeting's page: the
	 * form comes on that item, and once launched the discussion is linked on the item.
	 */
	@Test
	void shouldLaunchADiscussionFromAnAgendaItem() {
		WebDriver d = this.chromium.driver();
		long meeting = this.jdbc.sql("select min(id) from meeting where title = 'Working Group B, sixty-first session'")
			.query(Long.class)
			.single();
		String item = this.jdbc.sql("select title from meeting_agenda_item where meeting_id = ? and number = 1")
			.param(meeting)
			.query(String.class)
			.single();
		String title = "On the opening item " + System.nanoTime();
		login(d, "alice");
		d.get(url("/meetings/" + meeting));
		d.findElement(By.cssSelector("#agenda li.agenda-item[data-number='1'] a.launch-discussion")).click();
		Browsers.waiting(d).until(ExpectedConditions.presenceOfElementLocated(By.id("launch-agenda-item")));
		assertThat(d.findElement(By.id("launch-agenda-item")).getText()).contains(item);
		assertThat(d.findElement(By.id("launch-title")).getAttribute("value")).isEqualTo(item);
		d.findElement(By.id("launch-title")).clear();
		d.findElement(By.id("launch-title")).sendKeys(title);
		Browsers.pick(d, "launch-coordinator", "cora", "Cora Coordinator (PTS)");
		Browsers.pick(d, "launch-audience", "brun", "Bruno Full (Brazil)");
		d.findElement(By.id("launch")).click();
		Browsers.waiting(d).until(ExpectedConditions.textToBe(By.tagName("h1"), title));
		d.get(url("/meetings/" + meeting));
		assertThat(d.findElements(By.cssSelector("#agenda li.agenda-item[data-number='1'] li.discussion a")))
			.extracting(WebElement::getText)
			.anyMatch((t) -> t.contains(title));
		logout(d);
		login(d, "monica");
		d.get(url("/meetings/" + meeting));
		assertThat(d.findElements(By.cssSelector("a.launch-discussion"))).as("monitoring participants do not launch")
			.isEmpty();
	}

	/**
	 * The "Done when", in one story: the secretariat adds a meeting on now with
	 * an agenda item linked to a document and a discussion; a delegate subscribes to her
	 * private calendar address (read as a calendar app reads it, without signing in) and
	 * finds it there; a recording with floor, English and French is uploaded, its
	 * progress shown, then played in French (the video's time advances); the embedded
	 * live source plays in the page; the meeting is cancelled, which reaches email as an
	 * iTIP CANCEL and the fax participant as a fax.
	 */
	@Test
	void shouldRunAMeetingFromAgendaToCalendarRecordingLiveAndCancellation() throws Exception {
		WebDriver d = this.chromium.driver();
		String title = "Working Group B, story session " + System.nanoTime();
		String symbol = this.jdbc.sql("select min(symbol) from document").query(String.class).single();
		long discussion = this.jdbc.sql("select min(id) from discussion").query(Long.class).single();
		java.time.LocalDateTime vienna = java.time.LocalDateTime.now(java.time.ZoneId.of("Europe/Vienna"))
			.withSecond(0)
			.withNano(0);

		login(d, "sam");
		d.get(url("/meetings/new"));
		new Select(d.findElement(By.id("body"))).selectByValue("WORKING_GROUP_B");
		d.findElement(By.id("title")).sendKeys(title);
		set(d, "start", vienna.minusMinutes(30).toString());
		set(d, "end", vienna.plusHours(3).toString());
		d.findElement(By.id("agenda"))
			.sendKeys("Opening\nStation calibration ; documents: " + symbol + " ; discussions: " + discussion);
		d.findElement(By.id("meeting-save")).click();
		Browsers.waiting(d).until(ExpectedConditions.textToBe(By.id("meeting-title"), title));
		long meeting = Long.parseLong(d.findElement(By.id("main")).getAttribute("data-meeting-id"));
		WebElement item = d.findElement(By.cssSelector("#agenda li.agenda-item[data-number='2']"));
		assertThat(item.findElement(By.cssSelector("li.document .ref")).getText()).isEqualTo(symbol);
		assertThat(item.findElement(By.cssSelector("li.discussion a")).getAttribute("href"))
			.endsWith("/discussions/" + discussion);

		// a recording with three audio tracks, uploaded in the page
		java.nio.file.Path clip = java.nio.file.Files.createTempFile("ecs-story-", ".mp4");
		org.ecs.gateways.video.TestClip.make("ffmpeg", clip, Duration.ofSeconds(20), 640, 360,
				java.util.List.of("mul", "eng", "fra"));
		// a recording refused is said in the page's language (French, for this page only)
		d.get(url("/meetings/" + meeting + "?lang=fr"));
		d.findElement(By.id("recording-file")).sendKeys(clip.toString());
		d.findElement(By.id("recording-audio")).sendKeys("floor, klingon");
		d.findElement(By.id("recording-submit")).click();
		Browsers.waiting(d)
			.until(ExpectedConditions.textToBe(By.id("upload-status"),
					"Piste audio 2 : \"klingon\" n’est ni floor ni l’une des langues ar, zh, en, fr, ru, es."));
		d.get(url("/meetings/" + meeting));
		d.findElement(By.id("recording-file")).sendKeys(clip.toString());
		d.findElement(By.id("recording-audio")).sendKeys("floor, en, fr");
		d.findElement(By.id("recording-submit")).click();
		WebElement progress = Browsers.waiting(d)
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".recording-progress progress")));
		assertThat(progress.getAttribute("max")).isEqualTo("100");
		WebElement recording = new WebDriverWait(d, Duration.ofMinutes(5))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("video.recording-player")));
		java.nio.file.Files.deleteIfExists(clip);
		Browsers.waiting(d).until(ExpectedConditions.attributeToBe(recording, "data-manifest-loaded", "true"));
		Browsers.waiting(d)
			.until((x) -> script(x, "return arguments[0].ecsHls.audioTracks.length", recording).equals(3L));
		Object french = script(d,
				"return arguments[0].ecsHls.audioTracks.findIndex(function (t) { return t.lang === 'fr'; })",
				recording);
		new Select(d.findElement(By.cssSelector("select.audio-language"))).selectByValue(String.valueOf(french));
		script(d, "arguments[0].muted = true; arguments[0].play();", recording);
		Browsers.waiting(d)
			.until((x) -> ((Number) script(x, "return arguments[0].currentTime", recording)).doubleValue() > 2);
		assertThat(script(d, "var h = arguments[0].ecsHls; return h.audioTracks[h.audioTrack].lang", recording))
			.isEqualTo("fr");
		assertThat(recording.getAttribute("data-audio-language")).isEqualTo("fr");
		// the floor is named in the page's language (the playlist names it "Floor")
		d.get(url("/meetings/" + meeting + "?lang=fr"));
		Browsers.waiting(d).until((x) -> x.findElements(By.cssSelector("select.audio-language option")).size() == 3);
		assertThat(d.findElement(By.cssSelector("select.audio-language option")).getText())
			.isEqualTo("Salle (langue originale)");
		d.get(url("/meetings/" + meeting));

		// the embedded live source, playing in the page while the meeting is on
		new Select(d.findElement(By.id("live-replay"))).selectByValue("");
		d.findElement(By.id("live-source-start")).click();
		WebElement live = Browsers.waiting(d).until(ExpectedConditions.presenceOfElementLocated(By.id("live-player")));
		// ffmpeg writes the first playlist after its first segment: slow on a loaded
		// machine
		new WebDriverWait(d, Duration.ofMinutes(3))
			.until(ExpectedConditions.attributeToBe(live, "data-manifest-loaded", "true"));
		script(d, "arguments[0].muted = true; arguments[0].play();", live);
		double started = new WebDriverWait(d, Duration.ofSeconds(90)).until((x) -> {
			double t = ((Number) script(x, "return arguments[0].currentTime", live)).doubleValue();
			return (t > 0) ? t : null;
		});
		new WebDriverWait(d, Duration.ofSeconds(60))
			.until((x) -> ((Number) script(x, "return arguments[0].currentTime", live)).doubleValue() > started + 2);
		d.findElement(By.id("live-source-stop")).click();
		Browsers.waiting(d).until(ExpectedConditions.invisibilityOfElementLocated(By.id("live-player")));
		logout(d);

		// a delegate subscribes from her calendar app: the private address needs no
		// sign-in
		login(d, "alice");
		d.get(url("/meetings"));
		d.findElement(By.id("calendar-feed-make")).click();
		String feed = Browsers.waiting(d)
			.until(ExpectedConditions.presenceOfElementLocated(By.id("calendar-feed-url")))
			.getAttribute("value");
		assertThat(feed).startsWith(url("/calendar/feed/")).endsWith(".ics");
		HttpResponse<String> read = get(feed, null);
		assertThat(read.statusCode()).isEqualTo(200);
		assertThat(read.headers().firstValue("Content-Type"))
			.hasValueSatisfying((t) -> assertThat(t).startsWith("text/calendar"));
		assertThat(event(read.body(), title)).isPresent();
		assertThat(event(get(url("/api/v1/calendar.ics"), "alice").body(), title)).as("signed in, by the API")
			.isPresent();

		// she registers to attend, remotely: listed under her State
		d.get(url("/meetings/" + meeting));
		new Select(d.findElement(By.id("attend-mode"))).selectByValue("REMOTE");
		d.findElement(By.id("attend")).click();
		WebElement attendee = Browsers.waiting(d)
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#attendees tr.attendee")));
		String state = this.jdbc
			.sql("select s.name from participant p join state s on s.code = p.state_code where p.username = 'alice'")
			.query(String.class)
			.single();
		assertThat(attendee.findElement(By.cssSelector(".state")).getText()).isEqualTo(state);
		assertThat(attendee.findElement(By.cssSelector(".mode")).getText()).isEqualTo("remotely");
		logout(d);

		// the secretariat cancels it
		login(d, "sam");
		d.get(url("/meetings/" + meeting + "/edit"));
		new Select(d.findElement(By.id("status"))).selectByValue("CANCELLED");
		d.findElement(By.id("statusReason")).sendKeys("No quorum");
		d.findElement(By.id("meeting-save")).click();
		Browsers.waiting(d)
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("meeting-status"), "No quorum"));
		logout(d);

		MimeMessage mail = await().atMost(Duration.ofMinutes(2))
			.until(() -> Arrays.stream(this.mailSandbox.getReceivedMessagesForDomain("alice@example.org"))
				.filter((m) -> subject(m).endsWith("Meeting cancelled: " + title))
				.findFirst(), Optional::isPresent)
			.orElseThrow();
		String calendar = calendarPart(mail, "CANCEL");
		VEvent cancel = event(calendar, title).orElseThrow();
		assertThat(cancel.getProperty("STATUS").map(Property::getValue)).hasValue("CANCELLED");
		assertThat(cancel.getProperty("SEQUENCE").map((p) -> Integer.parseInt(p.getValue())).orElseThrow())
			.as("a cancellation follows the invitation")
			.isPositive();
		await().atMost(Duration.ofMinutes(2)).untilAsserted(() -> assertThat(this.jdbc.sql("""
				select count(*) from notification n join participant p on p.id = n.recipient_id
				join notification_delivery d on d.notification_id = n.id
				where p.username = 'faith' and d.channel = 'FAX' and d.status in ('SENT', 'DELIVERED')
				and n.subject = ?""").param("Meeting cancelled: " + title).query(Long.class).single()).isEqualTo(1L));
		// the subscribed calendar shows it cancelled; a new address turns the old one off
		assertThat(event(get(feed, null).body(), title).flatMap((e) -> e.<Property>getProperty("STATUS"))
			.map(Property::getValue)).hasValue("CANCELLED");
		login(d, "alice");
		d.get(url("/meetings"));
		d.findElement(By.id("calendar-feed-stop")).click();
		Browsers.waiting(d).until(ExpectedConditions.presenceOfElementLocated(By.id("calendar-feed-make")));
		assertThat(get(feed, null).statusCode()).isEqualTo(404);
	}

	private static Object script(WebDriver d, String script, Object... args) {
		return ((JavascriptExecutor) d).executeScript(script, args);
	}

	private HttpResponse<String> get(String address, String user) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(address));
		if (user != null) {
			request.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((user + ":" + DemoData.PASSWORD).getBytes(StandardCharsets.UTF_8)));
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static Optional<VEvent> event(String ics, String title) throws Exception {
		Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
		return calendar.<VEvent>getComponents("VEVENT")
			.stream()
			.filter((e) -> e.getProperty("SUMMARY").map(Property::getValue).orElse("").contains(title))
			.findFirst();
	}

	private static String subject(MimeMessage m) {
		try {
			return Optional.ofNullable(m.getSubject()).orElse("");
		}
		catch (jakarta.mail.MessagingException ex) {
			return "";
		}
	}

	/** The text/calendar alternative of an iTIP mail, with the method it must carry. */
	private static String calendarPart(MimeMessage mail, String method) throws Exception {
		Multipart alternative = (Multipart) mail.getContent();
		for (int i = 0; i < alternative.getCount(); i++) {
			BodyPart part = alternative.getBodyPart(i);
			if (part.getContentType().startsWith("text/calendar")) {
				assertThat(part.getContentType()).contains("method=" + method);
				return new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			}
		}
		throw new AssertionError("no text/calendar alternative");
	}

	private static void set(WebDriver d, String id, String value) {
		((JavascriptExecutor) d).executeScript("arguments[0].value = arguments[1];", d.findElement(By.id(id)), value);
	}

	private void login(WebDriver d, String user) {
		d.get(url("/login"));
		d.findElement(By.cssSelector("#login-form input[name=username]")).sendKeys(user);
		d.findElement(By.cssSelector("#login-form input[name=password]")).sendKeys("demo");
		d.findElement(By.id("login")).click();
		Browsers.waiting(d).until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
	}

	private void logout(WebDriver d) {
		d.findElement(By.id("logout")).click();
		Browsers.waiting(d).until(ExpectedConditions.presenceOfElementLocated(By.id("login-form")));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
