package org.ecs.config.meeting;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.ecs.config.EcsIntegrationTest;
import org.ecs.config.security.FormSession;
import org.ecs.core.demo.DemoData;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A discussion launched from a meeting's agenda item, over real HTTP: the form comes
 * prefilled from the item, the discussion is on that item whatever the form claims, it is
 * linked on the item (page and API), and the item named in the form proves nothing: an
 * item the meeting lacks is not found, a monitoring participant is refused.
 */
@EcsIntegrationTest
class AgendaDiscussionIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	final ObjectMapper json = new ObjectMapper();

	@Test
	void shouldLaunchADiscussionOnAnAgendaItemAndLinkItThereForThoseWhoMayLaunch() throws Exception {
		String title = "Working Group A, agenda launch " + System.nanoTime();
		HttpResponse<String> created = api("sam", "POST", "/api/v1/meetings", """
				{"body":"WORKING_GROUP_A","title":"%s","start":"2027-06-07T10:00","end":"2027-06-07T13:00",
				 "agenda":[{"title":"Opening"},{"title":"Seismic data formats"}]}""".formatted(title));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		long meeting = this.json.readTree(created.body()).at("/meeting/id").asLong();
		String page = "/meetings/" + meeting;
		long cora = id("cora");
		long bruno = id("bruno");
		String deadline = LocalDateTime.now(ZoneOffset.UTC).plusDays(5).truncatedTo(ChronoUnit.MINUTES).toString();

		FormSession alice = new FormSession(this.port);
		alice.signIn("alice", DemoData.PASSWORD);
		assertThat(alice.get(page).body()).contains("/discussions/new?meeting=" + meeting + "&amp;item=2");
		HttpResponse<String> form = alice.get("/discussions/new?meeting=" + meeting + "&item=2");
		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(form.body()).contains("id=\"launch-agenda-item\"")
			.contains("value=\"Seismic data formats\"")
			.contains("name=\"meeting\" value=\"" + meeting + "\"");

		long before = discussions();
		HttpResponse<String> launched = alice.post("/discussions", page, "title", "Seismic data formats", "subjectKind",
				"PAPER", "subjectRef", "forged", "description", "Views invited.", "coordinatorId", String.valueOf(cora),
				"deadline", deadline, "audience", "person:" + bruno, "meeting", String.valueOf(meeting), "item", "2");
		assertThat(launched.statusCode()).as(launched.body()).isEqualTo(200);
		assertThat(launched.uri().getPath()).matches("/discussions/\\d+");
		long discussion = Long.parseLong(launched.uri().getPath().substring("/discussions/".length()));
		assertThat(this.jdbc.sql("select subject_kind || ' ' || subject_ref from discussion where id = ?")
			.param(discussion)
			.query(String.class)
			.single()).as("on the item, whatever the form said")
			.isEqualTo("AGENDA_ITEM " + title + ", item 2: Seismic data formats");
		JsonNode detail = this.json.readTree(api("alice", "GET", "/api/v1/meetings/" + meeting, null).body());
		assertThat(detail.at("/agenda/1/discussions/0/id").asLong()).isEqualTo(discussion);
		assertThat(detail.at("/agenda/0/discussions").size()).isZero();
		assertThat(alice.get(page).body()).contains("href=\"/discussions/" + discussion + "\"");
		assertThat(
				this.jdbc.sql("select sequence from meeting where id = ?").param(meeting).query(Integer.class).single())
			.as("no calendar update for a linked discussion")
			.isZero();

		HttpResponse<String> missing = alice.post("/discussions", page, "title", "Nothing", "coordinatorId",
				String.valueOf(cora), "deadline", deadline, "audience", "person:" + bruno, "meeting",
				String.valueOf(meeting), "item", "9");
		assertThat(missing.statusCode()).isEqualTo(404);

		FormSession monica = new FormSession(this.port);
		monica.signIn("monica", DemoData.PASSWORD);
		assertThat(monica.get(page).body()).doesNotContain("launch-discussion");
		assertThat(monica.get("/discussions/new?meeting=" + meeting + "&item=2").statusCode()).isEqualTo(403);
		HttpResponse<String> refused = monica.post("/discussions", page, "title", "Monitoring", "coordinatorId",
				String.valueOf(cora), "deadline", deadline, "audience", "person:" + bruno, "meeting",
				String.valueOf(meeting), "item", "2");
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(discussions()).as("only alice's launch").isEqualTo(before + 1);
		assertThat(
				this.jdbc.sql("select discussion_ids[1] from meeting_agenda_item where meeting_id = ? and number = 2")
					.param(meeting)
					.query(Long.class)
					.single())
			.isEqualTo(discussion);
		assertThat(this.jdbc
			.sql("select cardinality(discussion_ids) from meeting_agenda_item where meeting_id = ? and number = 2")
			.param(meeting)
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	long discussions() {
		return this.jdbc.sql("select count(*) from discussion").query(Long.class).single();
	}

	long id(String username) {
		return this.jdbc.sql("select id from participant where username = ?")
			.param(username)
			.query(Long.class)
			.single();
	}

	HttpResponse<String> api(String user, String method, String path, String body) throws Exception {
		String basic = Base64.getEncoder()
			.encodeToString((user + ":" + DemoData.PASSWORD).getBytes(StandardCharsets.UTF_8));
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Authorization", "Basic " + basic)
			.method(method,
					(body == null) ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
