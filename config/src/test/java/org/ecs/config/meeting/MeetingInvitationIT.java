package org.ecs.config.meeting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.ecs.config.EcsIntegrationTest;
import org.ecs.core.demo.DemoData;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A meeting's invitation, update and cancellation reach email as iTIP (a
 * {@code text/calendar; method=REQUEST|CANCEL} alternative, parsed back with ical4j: the
 * same UID, a rising SEQUENCE), and a fax participant receives each by fax.
 */
@EcsIntegrationTest
class MeetingInvitationIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	GreenMail mailSandbox;

	final ObjectMapper json = new ObjectMapper();

	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void shouldInviteUpdateAndCancelByITipEmailAndTellFaxParticipantsByFax() throws Exception {
		String title = "Working Group A, iTIP session " + System.nanoTime();
		String meeting = """
				{"body":"WORKING_GROUP_A","title":"%s","start":"2027-06-07T10:00","end":"2027-06-07T13:00",
				 "venue":"Vienna International Centre","room":"Board Room A","agenda":[{"title":"Opening"}]}"""
			.formatted(title);
		HttpResponse<String> created = send("POST", "/api/v1/meetings", meeting);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		long id = this.json.readTree(created.body()).at("/meeting/id").asLong();
		String uid = this.json.readTree(created.body()).at("/meeting/uid").asText() + "@ecs";

		VEvent invitation = itip("alice@example.org", "Meeting: " + title, "REQUEST");
		assertThat(value(invitation, "UID")).isEqualTo(uid);
		assertThat(value(invitation, "SEQUENCE")).isEqualTo("0");
		assertThat(value(invitation, "DTSTART")).isEqualTo("20270607T080000Z");
		assertThat(value(invitation, "ORGANIZER")).startsWith("mailto:");

		send("PUT", "/api/v1/meetings/" + id, meeting.replace("Board Room A", "Board Room C"));
		VEvent update = itip("alice@example.org", "Meeting changed: " + title, "REQUEST");
		assertThat(value(update, "UID")).isEqualTo(uid);
		assertThat(value(update, "SEQUENCE")).isEqualTo("1");
		assertThat(value(update, "LOCATION")).isEqualTo("Board Room C, Vienna International Centre");

		send("PUT", "/api/v1/meetings/" + id, meeting.replace("Board Room A", "Board Room C")
			.replace("\"agenda\"", "\"status\":\"CANCELLED\",\"statusReason\":\"No quorum\",\"agenda\""));
		VEvent cancel = itip("alice@example.org", "Meeting cancelled: " + title, "CANCEL");
		assertThat(value(cancel, "UID")).isEqualTo(uid);
		assertThat(value(cancel, "SEQUENCE")).isEqualTo("2");
		assertThat(value(cancel, "STATUS")).isEqualTo("CANCELLED");

		// faith takes notices by fax only: each of the three went to her by fax
		await().atMost(Duration.ofMinutes(2))
			.untilAsserted(() -> assertThat(this.jdbc.sql("""
					select n.subject from notification n join participant p on p.id = n.recipient_id
					join notification_delivery d on d.notification_id = n.id
					where p.username = 'faith' and d.channel = 'FAX' and d.status in ('SENT', 'DELIVERED')
					and n.subject like ?
					""").param("%" + title).query(String.class).list()).containsExactlyInAnyOrder("Meeting: " + title,
					"Meeting changed: " + title, "Meeting cancelled: " + title));
	}

	/** The iTIP event of the one mail to this address with this subject. */
	VEvent itip(String to, String subject, String method) throws Exception {
		MimeMessage mail = await().atMost(Duration.ofMinutes(2))
			.until(() -> find(to, subject), Optional::isPresent)
			.orElseThrow();
		Multipart alternative = (Multipart) mail.getContent();
		BodyPart calendarPart = null;
		for (int i = 0; i < alternative.getCount(); i++) {
			if (alternative.getBodyPart(i).getContentType().startsWith("text/calendar")) {
				calendarPart = alternative.getBodyPart(i);
			}
		}
		assertThat(calendarPart).as("a text/calendar alternative").isNotNull();
		assertThat(calendarPart.getContentType()).contains("method=" + method);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		calendarPart.getInputStream().transferTo(bytes);
		Calendar calendar = new CalendarBuilder().build(new StringReader(bytes.toString(StandardCharsets.UTF_8)));
		assertThat(calendar.getProperty("METHOD").map(Property::getValue)).hasValue(method);
		List<VEvent> events = calendar.getComponents("VEVENT");
		assertThat(events).hasSize(1);
		return events.get(0);
	}

	Optional<MimeMessage> find(String to, String subject) throws Exception {
		for (MimeMessage m : this.mailSandbox.getReceivedMessagesForDomain(to)) {
			if (m.getSubject() != null && m.getSubject().endsWith(subject)) {
				return Optional.of(m);
			}
		}
		return Optional.empty();
	}

	static String value(VEvent event, String name) {
		return event.getProperty(name).map(Property::getValue).orElse(null);
	}

	HttpResponse<String> send(String method, String path, String body) throws IOException, InterruptedException {
		String basic = Base64.getEncoder()
			.encodeToString(("sam:" + DemoData.PASSWORD).getBytes(StandardCharsets.UTF_8));
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Authorization", "Basic " + basic)
			.header("Content-Type", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
