package org.ecs.config.meeting;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.ecs.config.EcsIntegrationTest;
import org.ecs.core.demo.DemoData;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The secretariat creates, amends and cancels a meeting over real HTTP on the real stack;
 * a participant's calendar feed, parsed back with ical4j, keeps the meeting's UID, raises
 * its SEQUENCE and marks it cancelled.
 */
@EcsIntegrationTest
class MeetingIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	final ObjectMapper json = new ObjectMapper();

	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void shouldCreateAmendAndCancelAMeetingAndKeepTheCalendarEventInStep() throws Exception {
		long discussion = this.jdbc.sql("select min(id) from discussion").query(Long.class).single();
		String meeting = """
				{"body":"Advisory Group","session":"Fortieth session","title":"Advisory Group, 40th session",
				 "start":"2027-03-15T10:00","end":"2027-03-17T13:00","venue":"Vienna International Centre",
				 "room":"Board Room C","contact":"ag@example.org",
				 "agenda":[{"title":"Opening"},{"title":"Calibration guidelines","discussions":[%d]}]}"""
			.formatted(discussion);

		assertThat(send("alice", "POST", "/api/v1/meetings", meeting).statusCode()).isEqualTo(403);
		HttpResponse<String> created = send("sam", "POST", "/api/v1/meetings", meeting);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		JsonNode body = this.json.readTree(created.body());
		long id = body.at("/meeting/id").asLong();
		String uid = body.at("/meeting/uid").asText() + "@ecs";
		assertThat(body.at("/meeting/start").asText()).isEqualTo("2027-03-15T09:00:00Z");
		assertThat(body.at("/agenda/1/number").asInt()).isEqualTo(2);
		assertThat(body.at("/agenda/1/discussions/0/id").asLong()).isEqualTo(discussion);
		assertThat(event("alice", uid)).satisfies((e) -> {
			assertThat(value(e, "SEQUENCE")).isEqualTo("0");
			assertThat(value(e, "STATUS")).isEqualTo("CONFIRMED");
			assertThat(value(e, "DTSTART")).isEqualTo("20270315T090000Z");
		});

		String moved = meeting.replace("Board Room C", "Conference Room M3");
		assertThat(sequence(send("sam", "PUT", "/api/v1/meetings/" + id, moved))).isEqualTo(1);
		assertThat(sequence(send("sam", "PUT", "/api/v1/meetings/" + id, moved))).as("nothing changed").isEqualTo(1);
		HttpResponse<String> backwards = send("sam", "PUT", "/api/v1/meetings/" + id,
				moved.replace("2027-03-17T13:00", "2027-03-14T13:00"));
		assertThat(backwards.statusCode()).isEqualTo(400);
		assertThat(backwards.body()).contains("end: must be after start.");
		String cancelled = moved.replace("\"contact\"",
				"\"status\":\"CANCELLED\",\"statusReason\":\"No quorum\",\"contact\"");
		assertThat(sequence(send("sam", "PUT", "/api/v1/meetings/" + id, cancelled))).isEqualTo(2);

		assertThat(event("monica", uid)).satisfies((e) -> {
			assertThat(value(e, "UID")).isEqualTo(uid);
			assertThat(value(e, "SEQUENCE")).isEqualTo("2");
			assertThat(value(e, "STATUS")).isEqualTo("CANCELLED");
			assertThat(value(e, "LOCATION")).isEqualTo("Conference Room M3, Vienna International Centre");
		});
		JsonNode listed = this.json.readTree(
				send("alice", "GET", "/api/v1/meetings?when=upcoming&body=ADVISORY_GROUP&year=2027", null).body());
		assertThat(listed).anySatisfy((m) -> {
			assertThat(m.get("id").asLong()).isEqualTo(id);
			assertThat(m.get("status").asText()).isEqualTo("CANCELLED");
			assertThat(m.get("statusReason").asText()).isEqualTo("No quorum");
		});
		JsonNode history = this.json.readTree(send("sam", "GET", "/api/v1/meetings/" + id + "/history", null).body());
		assertThat(history.findValuesAsText("action")).containsExactly("CREATED", "AMENDED", "CANCELLED");
		assertThat(history.get(1).get("changes").asText()).isEqualTo("room");
		assertThat(history.get(2).get("changedByName").asText()).startsWith("Sam Secretariat");
		assertThat(send("alice", "GET", "/api/v1/meetings/" + id + "/history", null).statusCode()).isEqualTo(403);

		assertThat(send("sam", "DELETE", "/api/v1/meetings/" + id, null).statusCode()).isEqualTo(204);
		assertThat(send("alice", "GET", "/api/v1/meetings/" + id, null).statusCode()).isEqualTo(404);
		assertThat(calendar("alice")).noneMatch((e) -> uid.equals(value(e, "UID")));
	}

	@Test
	void shouldHoldTheDemoMeetingsAndRefuseUnknownDocuments() throws Exception {
		JsonNode upcoming = this.json.readTree(send("alice", "GET", "/api/v1/meetings?when=upcoming", null).body());
		JsonNode past = this.json.readTree(send("alice", "GET", "/api/v1/meetings?when=past", null).body());
		assertThat(upcoming.findValuesAsText("title")).contains("Working Group B, sixty-first session");
		assertThat(past.findValuesAsText("title")).contains("Preparatory Commission, sixty-third session");
		long demo = 0;
		for (JsonNode m : upcoming) {
			if (m.get("title").asText().equals("Working Group B, sixty-first session")) {
				demo = m.get("id").asLong();
			}
		}
		JsonNode detail = this.json.readTree(send("alice", "GET", "/api/v1/meetings/" + demo, null).body());
		assertThat(detail.at("/agenda/1/discussions/0/title").asText())
			.isEqualTo("Draft guidelines on radionuclide station calibration");

		HttpResponse<String> unknown = send("sam", "POST", "/api/v1/meetings", """
				{"body":"WORKING_GROUP_A","title":"WGA","start":"2027-05-03T10:00","end":"2027-05-03T12:00",
				 "agenda":[{"title":"Item","documents":["CTBT/PTS/INF.99999"],"discussions":[999999]}]}""");
		assertThat(unknown.statusCode()).isEqualTo(400);
		assertThat(unknown.body()).contains("agenda[1].documents: no document CTBT/PTS/INF.99999.")
			.contains("agenda[1].discussions: no discussion 999999.");
	}

	int sequence(HttpResponse<String> response) throws IOException {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return this.json.readTree(response.body()).at("/meeting/sequence").asInt();
	}

	VEvent event(String user, String uid) throws Exception {
		return calendar(user).stream().filter((e) -> uid.equals(value(e, "UID"))).findFirst().orElseThrow();
	}

	List<VEvent> calendar(String user) throws Exception {
		HttpResponse<String> feed = send(user, "GET", "/api/v1/calendar.ics", null);
		assertThat(feed.statusCode()).isEqualTo(200);
		assertThat(feed.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar");
		return new CalendarBuilder().build(new StringReader(feed.body())).getComponents("VEVENT");
	}

	static String value(VEvent event, String name) {
		return event.getProperty(name).map(Property::getValue).orElse(null);
	}

	HttpResponse<String> send(String user, String method, String path, String body)
			throws IOException, InterruptedException {
		String basic = Base64.getEncoder()
			.encodeToString((user + ":" + DemoData.PASSWORD).getBytes(StandardCharsets.UTF_8));
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Authorization", "Basic " + basic)
			.method(method,
					body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
