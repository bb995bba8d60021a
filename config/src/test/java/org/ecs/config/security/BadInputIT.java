package org.ecs.config.security;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.ecs.config.EcsIntegrationTest;
import org.ecs.core.discussion.Discussion;
import org.ecs.core.discussion.Discussions;
import org.ecs.core.discussion.NewDiscussion;
import org.ecs.core.discussion.ReviewPolicy;
import org.ecs.core.discussion.SubjectKind;
import org.ecs.core.participant.Channel;
import org.ecs.core.participant.Level;
import org.ecs.core.participant.NewParticipant;
import org.ecs.core.participant.Participant;
import org.ecs.core.participant.ParticipantDirectory;
import org.ecs.core.participant.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Input the database or a reader cannot take gets a 400 that names the field, on the real
 * stack (PostgreSQL refuses a NUL in text: that used to be a 500).
 */
@EcsIntegrationTest
class BadInputIT {

	@Autowired
	ParticipantDirectory participants;

	@Autowired
	Discussions discussions;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	ApiClient api;

	Participant author;

	Participant coordinator;

	Discussion discussion;

	@BeforeEach
	void cast() {
		this.api = new ApiClient(this.port);
		String tag = UUID.randomUUID().toString().substring(0, 8);
		this.author = this.participants.add(new NewParticipant("bad-" + tag, "Bad Input " + tag, null, null, null, "en",
				Level.FULL, Set.of(Role.PARTICIPANT), EnumSet.of(Channel.WEB), "secret"));
		this.coordinator = this.participants.add(new NewParticipant("badc-" + tag, "Coordinator " + tag, null, null,
				null, "en", Level.FULL, Set.of(Role.PARTICIPANT, Role.COORDINATOR), EnumSet.of(Channel.WEB), "secret"));
		this.discussion = this.discussions.create(new NewDiscussion("Bad input " + tag, SubjectKind.TOPIC, null, "",
				this.coordinator.id(), Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(3)),
				ReviewPolicy.NONE, Set.of(this.author.id())), this.coordinator.id());
	}

	@Test
	void shouldRefuseANulInACommentAndAHugeRequestKeyWith400() throws Exception {
		String path = "/api/v1/discussions/" + this.discussion.id() + "/comments";
		HttpResponse<String> nul = post(path, "{\"text\": \"before\\u0000after\"}");
		assertThat(nul.statusCode()).isEqualTo(400);
		assertThat(nul.body()).contains("text: contains the control character U+0000");
		HttpResponse<String> key = post(path,
				"{\"text\": \"fine\", \"requestKey\": \"" + "k".repeat(1_000_000) + "\"}");
		assertThat(key.statusCode()).isEqualTo(400);
		assertThat(key.body()).contains("requestKey: at most 200 characters");
		assertThat(this.jdbc.sql("select count(*) from contribution where author_id = ?")
			.param(this.author.id())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void shouldRefuseANulInAMessageSubjectAndADiscussionTitleWith400() throws Exception {
		HttpResponse<String> message = post("/api/v1/messages", "{\"to\": [\"person:" + this.coordinator.id()
				+ "\"], \"subject\": \"Hi\\u0000\", \"body\": \"Hello\"}");
		assertThat(message.statusCode()).isEqualTo(400);
		assertThat(message.body()).contains("subject: contains the control character U+0000");
		HttpResponse<String> launch = post("/api/v1/discussions",
				launch("\"Title\\u0000\"", "\"person:" + this.coordinator.id() + "\""));
		assertThat(launch.statusCode()).isEqualTo(400);
		assertThat(launch.body()).contains("title: contains the control character U+0000");
	}

	@Test
	void shouldRefuseALaunchNamingUnknownAddresseesOrTooMany() throws Exception {
		String tenThousand = IntStream.range(0, 10_000)
			.mapToObj((i) -> "\"person:" + (900_000_000 + i) + "\"")
			.collect(Collectors.joining(","));
		HttpResponse<String> many = post("/api/v1/discussions", launch("\"Too many\"", tenThousand));
		assertThat(many.statusCode()).isEqualTo(400);
		assertThat(many.body()).contains("audience: invite at most 500");

		HttpResponse<String> unknown = post("/api/v1/discussions",
				launch("\"Unknown\"", "\"person:" + this.coordinator.id() + "\", \"person:987654321\", \"state:ZZZ\""));
		assertThat(unknown.statusCode()).isEqualTo(400);
		assertThat(unknown.body()).contains("person:987654321").contains("state:ZZZ");
		assertThat(this.jdbc.sql("select count(*) from discussion where title in ('Too many', 'Unknown')")
			.query(Long.class)
			.single()).isZero();

		HttpResponse<String> message = post("/api/v1/messages", "{\"to\": [\"person:" + this.coordinator.id()
				+ "\", \"person:987654321\"], \"subject\": \"Hi\", \"body\": \"Hello\"}");
		assertThat(message.statusCode()).isEqualTo(400);
		assertThat(message.body()).contains("person:987654321");
	}

	private String launch(String title, String audience) {
		return "{\"title\": " + title + ", \"subjectKind\": \"TOPIC\", \"deadline\": \""
				+ Instant.now().plus(Duration.ofDays(7)) + "\", \"coordinatorId\": " + this.coordinator.id()
				+ ", \"audience\": [" + audience + "]}";
	}

	private HttpResponse<String> post(String path, String json) throws Exception {
		return this.api.post(this.author.username(), "secret", path, json);
	}

}
