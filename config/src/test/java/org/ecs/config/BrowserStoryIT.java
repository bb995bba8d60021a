package org.ecs.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole story in a real browser (Debian's Chromium): a full participant posts, a
 * coordinator approves, the comment is published, a second participant's open inbox
 * updates live and the email arrives; a monitoring participant gets no form.
 */
@EcsIntegrationTest
class BrowserStoryIT {

	@LocalServerPort
	int port;

	@Autowired
	GreenMail mailSandbox;

	WebDriver reader;

	WebDriver actor;

	@BeforeEach
	void browsers() throws Exception {
		this.reader = Browsers.chromium();
		this.actor = Browsers.chromium();
	}

	@AfterEach
	void close() {
		if (this.reader != null) {
			this.reader.quit();
		}
		if (this.actor != null) {
			this.actor.quit();
		}
	}

	@Test
	void shouldCarryACommentFromItsAuthorPastTheCoordinatorToEveryReader() {
		String text = "Browser story comment " + System.nanoTime();
		login(this.reader, "bruno");
		this.reader.get(url("/inbox"));
		int unreadBefore = Browsers.waiting(this.reader)
			.until(d -> Integer.parseInt(d.findElement(By.id("unread-count")).getText().trim()));

		login(this.actor, "alice");
		this.actor.get(url("/discussions"));
		// the demo's reviewed discussion (other tests launch discussions of their own)
		this.actor.findElement(By.cssSelector("#discussions li.discussion h2 a[href='/discussions/1']")).click();
		this.actor.findElement(By.cssSelector("form#comment-form textarea[name=text]")).sendKeys(text);
		this.actor.findElement(By.id("post-comment")).click();
		assertThat(Browsers.waiting(this.actor)
			.until(ExpectedConditions.presenceOfElementLocated(By.id("post-outcome")))
			.getAttribute("data-status")).isEqualTo("waiting-for-review");
		Browsers.waiting(this.actor).until(d -> ownStatus(d, text));
		logout(this.actor);

		login(this.actor, "cora");
		this.actor.get(url("/review"));
		WebElement item = Browsers.waiting(this.actor).until(d -> Browsers.reviewItem(d, text));
		screenshot(this.actor, "review-console");
		item.findElement(By.cssSelector("button[name=approve]")).click();
		Browsers.waiting(this.actor).until(ExpectedConditions.presenceOfElementLocated(By.id("flash-message")));

		// bruno's inbox page was open all along: the new notification arrives without a
		// reload
		Browsers.waiting(this.reader)
			.until(d -> d.findElements(By.cssSelector("#notifications li.notification"))
				.stream()
				.anyMatch(n -> n.getText().contains(text)));
		Browsers.waiting(this.reader)
			.until(d -> Integer.parseInt(d.findElement(By.id("unread-count")).getText().trim()) > unreadBefore);
		this.reader.get(url("/discussions/1"));
		assertThat(this.reader.findElements(By.cssSelector("#comments li.comment .text")))
			.anyMatch(c -> c.getText().contains(text));
		await().atMost(Duration.ofSeconds(30)).until(() -> mailsTo("bruno@example.org", text) == 1);
		logout(this.actor);

		login(this.actor, "monica");
		this.actor.get(url("/discussions/1"));
		assertThat(this.actor.findElements(By.id("comment-form"))).isEmpty();
		screenshot(this.actor, "discussion-monitoring");
		assertThat(this.actor.findElement(By.id("no-post")).getText()).contains("Monitoring participants");
		assertThat(this.actor.findElements(By.cssSelector("#comments li.comment .text")))
			.anyMatch(c -> c.getText().contains(text));
	}

	@Test
	void shouldLetADelegateReplyFromTheMailSandboxAndReachTheReviewConsole() {
		String text = "Reply typed in the mail sandbox " + System.nanoTime();
		String seed = "Comment to reply to " + System.nanoTime();
		login(this.actor, "alice");
		this.actor.get(url("/discussions/1"));
		this.actor.findElement(By.cssSelector("form#comment-form textarea[name=text]")).sendKeys(seed);
		this.actor.findElement(By.id("post-comment")).click();
		logout(this.actor);
		login(this.actor, "cora");
		this.actor.get(url("/review"));
		Browsers.waiting(this.actor)
			.until(d -> Browsers.reviewItem(d, seed))
			.findElement(By.cssSelector("button[name=approve]"))
			.click();
		Browsers.waiting(this.actor).until(ExpectedConditions.presenceOfElementLocated(By.id("flash-message")));
		logout(this.actor);

		login(this.reader, "bruno");
		this.reader.get(url("/sandbox/mail"));
		Browsers.waiting(this.reader).until(d -> openMail(d, seed));
		assertThat(this.reader.findElement(By.id("mail-text")).getText()).contains(seed);
		screenshot(this.reader, "mail-sandbox-message");
		this.reader.findElement(By.id("reply-text")).sendKeys(text);
		this.reader.findElement(By.id("send-reply")).click();
		Browsers.waiting(this.reader).until(ExpectedConditions.presenceOfElementLocated(By.id("flash-message")));

		login(this.actor, "cora");
		this.actor.get(url("/review"));
		WebElement item = Browsers.waiting(this.actor).until(d -> Browsers.reviewItem(d, text));
		assertThat(item.findElement(By.cssSelector(".author")).getText()).contains("Bruno");
		assertThat(item.findElement(By.cssSelector(".channel")).getText()).isEqualTo("email");
		assertThat(item.findElement(By.cssSelector("textarea[name=text]")).getAttribute("value")).isEqualTo(text)
			.doesNotContain(seed);
	}

	@Test
	void shouldLaunchADiscussionAndMessageAColleagueFromTheBrowser() {
		String title = "Browser launched discussion " + System.nanoTime();
		String subject = "Browser message " + System.nanoTime();
		login(this.reader, "bruno");
		this.reader.get(url("/inbox"));
		Browsers.waiting(this.reader).until(ExpectedConditions.presenceOfElementLocated(By.id("unread-count")));

		login(this.actor, "alice");
		this.actor.get(url("/discussions"));
		this.actor.findElement(By.id("new-discussion")).click();
		this.actor.findElement(By.id("launch-title")).sendKeys(title);
		this.actor.findElement(By.id("kind-topic")).click();
		this.actor.findElement(By.id("launch-description")).sendKeys("Views are invited.");
		assertThat(this.actor.findElements(By.id("launch-policy"))).as("a full participant keeps the default")
			.isEmpty();
		// the coordinator from the same picker, one only
		pick(this.actor, "launch-coordinator", "cora", "Cora Coordinator (PTS)");
		assertThat(new Select(this.actor.findElement(By.id("launch-coordinator"))).getFirstSelectedOption()
			.getAttribute("textContent")).as("the hidden select posts the one chosen")
			.isEqualTo("Cora Coordinator (PTS)");
		// the invitees from the searchable picker: part of a name typed, chosen with the
		// keyboard
		WebElement picker = this.actor.findElement(By.id("launch-audience-search"));
		assertThat(this.actor.findElement(By.id("launch-audience")).isDisplayed())
			.as("the picker stands over the select")
			.isFalse();
		picker.sendKeys("brun");
		Browsers.waiting(this.actor)
			.until(d -> d.findElements(By.cssSelector("#launch-audience-options [role=option]"))
				.stream()
				.anyMatch((o) -> o.getText().contains("Bruno Full (Brazil)")));
		assertThat(this.actor.findElements(By.cssSelector("#launch-audience-options [role=option]")))
			.as("the typed text filters the options")
			.allSatisfy((o) -> assertThat(o.getText().toLowerCase()).contains("brun"));
		picker.sendKeys(Keys.ARROW_DOWN);
		assertThat(picker.getAttribute("aria-activedescendant")).isNotBlank();
		picker.sendKeys(Keys.ENTER);
		WebElement chip = Browsers.waiting(this.actor)
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#launch-audience-chosen .picker-chip")));
		assertThat(chip.getText()).contains("Bruno Full (Brazil)");
		assertThat(chip.getAttribute("aria-label")).isEqualTo("Remove Bruno Full (Brazil)");
		// screen readers hear what was added
		Browsers.waiting(this.actor)
			.until((d) -> d.findElement(By.id("launch-audience-live"))
				.getAttribute("textContent")
				.equals("Bruno Full (Brazil) added"));
		assertThat(this.actor.findElement(By.id("launch-audience-live")).getAttribute("aria-live")).isEqualTo("polite");
		assertThat(this.actor.findElement(By.id("launch-title")).getAttribute("value"))
			.as("Enter chose; it did not send the form")
			.isEqualTo(title);
		screenshot(this.actor, "launch-form");
		this.actor.findElement(By.id("launch")).click();
		assertThat(Browsers.waiting(this.actor)
			.until(ExpectedConditions.presenceOfElementLocated(By.id("flash-message")))
			.getText()).contains("Discussion launched");
		assertThat(this.actor.findElement(By.tagName("h1")).getText()).isEqualTo(title);
		assertThat(this.actor.findElements(By.id("comment-form"))).isNotEmpty();
		// the discussion page shows who was invited: the person chosen in the picker
		this.actor.findElement(By.cssSelector("#invited summary")).click();
		assertThat(this.actor.findElements(By.cssSelector("#invited .invited-list li"))).extracting(WebElement::getText)
			.anyMatch((name) -> name.startsWith("Bruno Full"));

		// bruno's open inbox shows the invitation without a reload
		Browsers.waiting(this.reader)
			.until(d -> d.findElements(By.cssSelector("#notifications li.notification"))
				.stream()
				.anyMatch(n -> n.getText().contains("New discussion: " + title)));

		this.actor.get(url("/messages"));
		this.actor.findElement(By.id("new-message")).click();
		// recipients from the searchable picker too; a removal is heard as well
		pick(this.actor, "message-to", "monica", "Monica Monitoring (Japan)");
		this.actor.findElement(By.cssSelector("#message-to-chosen .picker-chip")).click();
		Browsers.waiting(this.actor)
			.until((d) -> d.findElement(By.id("message-to-live"))
				.getAttribute("textContent")
				.matches("Monica Monitoring \\(Japan\\).* removed"));
		assertThat(this.actor.findElements(By.cssSelector("#message-to-chosen .picker-chip"))).isEmpty();
		pick(this.actor, "message-to", "bruno", "Bruno Full (Brazil)");
		assertThat(this.actor.findElements(By.cssSelector("#message-to option[value=everyone]")))
			.as("only the secretariat writes to everyone")
			.isEmpty();
		this.actor.findElement(By.id("message-subject")).sendKeys(subject);
		this.actor.findElement(By.id("message-body")).sendKeys("Shall we compare notes before the deadline?");
		this.actor.findElement(By.id("send-message")).click();
		Browsers.waiting(this.actor).until(ExpectedConditions.presenceOfElementLocated(By.id("flash-message")));
		Browsers.waiting(this.actor)
			.until(d -> d.findElements(By.cssSelector("#sent-messages .sent-message"))
				.stream()
				.anyMatch(m -> m.getText().contains(subject) && m.getText().contains("1 person"))
					|| Browsers.reload(d));
		screenshot(this.actor, "messages-sent");
		Browsers.waiting(this.reader)
			.until(d -> d.findElements(By.cssSelector("#notifications li.notification"))
				.stream()
				.anyMatch(n -> n.getText().contains(subject)));
		await().atMost(Duration.ofSeconds(30)).until(() -> mailsTo("bruno@example.org", "compare notes") == 1);
	}

	private boolean openMail(WebDriver d, String text) {
		for (WebElement link : d.findElements(By.cssSelector("#sandbox-mails a.open-mail"))) {
			link.click();
			if (d.findElement(By.id("mail-text")).getText().contains(text)) {
				return true;
			}
			d.navigate().back();
		}
		d.navigate().refresh();
		return false;
	}

	/** Kept under target/screenshots for a person to look at what the test saw. */
	private static void screenshot(WebDriver d, String name) {
		try {
			Path dir = Files.createDirectories(Path.of("target", "screenshots"));
			Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) d).getScreenshotAs(OutputType.BYTES));
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static boolean ownStatus(WebDriver d, String text) {
		return d.findElements(By.cssSelector("#own-contributions li.own-contribution"))
			.stream()
			.anyMatch(c -> c.getText().contains(text) && "PENDING_REVIEW".equals(c.getAttribute("data-status")))
				|| Browsers.reload(d);
	}

	private long mailsTo(String address, String text) {
		return List.of(this.mailSandbox.getReceivedMessages()).stream().filter(m -> {
			try {
				return List.of(m.getAllRecipients()).toString().contains(address) && body(m).contains(text);
			}
			catch (Exception ex) {
				return false;
			}
		}).count();
	}

	private static String body(MimeMessage m) throws Exception {
		return com.icegreen.greenmail.util.GreenMailUtil.getWholeMessage(m);
	}

	private void login(WebDriver d, String user) {
		d.get(url("/login"));
		d.findElement(By.cssSelector("#login-form input[name=username]")).sendKeys(user);
		d.findElement(By.cssSelector("#login-form input[name=password]")).sendKeys("demo");
		d.findElement(By.id("login")).click();
		Browsers.waiting(d).until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
	}

	private void logout(WebDriver d) {
		// a live update may replace the button between finding and clicking it
		Browsers.waiting(d).until((driver) -> {
			driver.findElement(By.id("logout")).click();
			return true;
		});
		Browsers.waiting(d).until(ExpectedConditions.presenceOfElementLocated(By.id("login-form")));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	/**
	 * Chooses in a searchable picker as a person does: part of a name typed, the first
	 * match chosen with the arrow key and Enter; the chosen one shows as a chip.
	 */
	private static void pick(WebDriver driver, String select, String typed, String expected) {
		WebElement search = driver.findElement(By.id(select + "-search"));
		assertThat(driver.findElement(By.id(select)).isDisplayed()).as("the picker stands over " + select).isFalse();
		search.sendKeys(typed);
		Browsers.waiting(driver)
			.until((d) -> d.findElements(By.cssSelector("#" + select + "-options [role=option]"))
				.stream()
				.anyMatch((o) -> o.getText().contains(expected)));
		search.sendKeys(Keys.ARROW_DOWN);
		search.sendKeys(Keys.ENTER);
		Browsers.waiting(driver)
			.until((d) -> d.findElements(By.cssSelector("#" + select + "-chosen .picker-chip"))
				.stream()
				.anyMatch((c) -> c.getText().contains(expected)));
	}

}
