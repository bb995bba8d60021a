package org.ecs.config.security;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.ecs.config.EcsIntegrationTest;
import org.ecs.core.discussion.Discussion;
import org.ecs.core.discussion.Discussions;
import org.ecs.core.discussion.NewDiscussion;
import org.ecs.core.discussion.ReviewPolicy;
import org.ecs.core.discussion.SubjectKind;
import org.ecs.core.meeting.LiveStreamTokens;
import org.ecs.core.participant.Channel;
import org.ecs.core.participant.Level;
import org.ecs.core.participant.NewParticipant;
import org.ecs.core.participant.Participant;
import org.ecs.core.participant.ParticipantDirectory;
import org.ecs.core.participant.ParticipantStatus;
import org.ecs.core.participant.ParticipationChanges;
import org.ecs.core.participant.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Attacks as someone trying to break in would make them, over real HTTP on the running
 * application: each test is one way in that must stay shut.
 */
@EcsIntegrationTest
class BreakInIT {

	private static final String PASSWORD = "break-in-password";

	@Autowired
	ParticipantDirectory participants;

	@Autowired
	ParticipationChanges changes;

	@Autowired
	Discussions discussions;

	@Autowired
	LiveStreamTokens liveTokens;

	@LocalServerPort
	int port;

	/**
	 * A fax-only participant answers by fax: the pages refuse their web actions, and so
	 * must the API, which is the same web with another dress.
	 */
	@Test
	void shouldRefuseAFaxOnlyParticipantPostingLaunchingWritingOrUploadingThroughTheApi() throws Exception {
		String tag = tag();
		Participant coordinator = person("coord-" + tag, Level.FULL, EnumSet.of(Role.PARTICIPANT, Role.COORDINATOR),
				EnumSet.of(Channel.WEB));
		Participant fax = this.participants
			.add(new NewParticipant("fax-" + tag, "Fax " + tag, null, "+25420" + digits(), "KEN", "en", Level.FULL,
					EnumSet.of(Role.PARTICIPANT), EnumSet.of(Channel.FAX), PASSWORD));
		Discussion d = discussion(coordinator, Set.of(fax.id()));
		ApiClient api = new ApiClient(this.port);

		HttpResponse<String> comment = api.post(fax.username(), PASSWORD, "/api/v1/discussions/" + d.id() + "/comments",
				"{\"text\":\"Posted by a fax-only account over the API\"}");
		HttpResponse<String> launch = api.post(fax.username(), PASSWORD, "/api/v1/discussions",
				"{\"title\":\"Launched by fax-only\",\"subjectKind\":\"TOPIC\",\"deadline\":\""
						+ Instant.now().plus(Duration.ofDays(3)) + "\",\"coordinatorId\":" + coordinator.id()
						+ ",\"audience\":[\"person:" + coordinator.id() + "\"]}");
		HttpResponse<String> message = api.post(fax.username(), PASSWORD, "/api/v1/messages",
				"{\"to\":[\"person:" + coordinator.id() + "\"],\"subject\":\"From fax-only\",\"body\":\"Hello\"}");
		String boundary = "b" + tag;
		String multipart = part(boundary, "symbol", "CTBT/WGB-77/CRP." + digits().substring(0, 3))
				+ part(boundary, "title", "Fax-only upload") + part(boundary, "language", "en")
				+ part(boundary, "discussionId", String.valueOf(d.id())) + "--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"note.txt\"\r\n"
				+ "Content-Type: text/plain\r\n\r\nA plain note for the discussion.\r\n--" + boundary + "--\r\n";
		HttpResponse<String> upload = api.send(fax.username(), PASSWORD,
				HttpRequest.newBuilder(api.uri("/api/v1/documents"))
					.header("Content-Type", "multipart/form-data; boundary=" + boundary)
					.POST(HttpRequest.BodyPublishers.ofString(multipart, StandardCharsets.UTF_8)));

		assertThat(comment.statusCode()).as(comment.body()).isEqualTo(403);
		assertThat(launch.statusCode()).as(launch.body()).isEqualTo(403);
		assertThat(message.statusCode()).as(message.body()).isEqualTo(403);
		assertThat(upload.statusCode()).as(upload.body()).isEqualTo(403);
	}

	/**
	 * Roles are read at every request, not at sign-in: an administrator or coordinator
	 * whose role is taken away loses its pages at the next click of the session they
	 * already had.
	 */
	@Test
	void shouldTakeTheAdministrationAndReviewPagesAwayFromAnOpenSessionWhenTheRoleGoes() throws Exception {
		String tag = tag();
		Participant admin = person("admin-" + tag, Level.FULL, EnumSet.of(Role.ADMINISTRATOR), EnumSet.of(Channel.WEB));
		Participant formerAdmin = person("exadmin-" + tag, Level.FULL, EnumSet.of(Role.ADMINISTRATOR),
				EnumSet.of(Channel.WEB));
		Participant formerCoordinator = person("excoord-" + tag, Level.FULL,
				EnumSet.of(Role.PARTICIPANT, Role.COORDINATOR), EnumSet.of(Channel.WEB));
		FormSession adminSession = new FormSession(this.port);
		adminSession.signIn(formerAdmin.username(), PASSWORD);
		FormSession coordinatorSession = new FormSession(this.port);
		coordinatorSession.signIn(formerCoordinator.username(), PASSWORD);
		assertThat(adminSession.get("/admin/dead-letters").statusCode()).isEqualTo(200);
		assertThat(coordinatorSession.get("/review").statusCode()).isEqualTo(200);

		this.changes.changeRoles(admin, formerAdmin.id(), EnumSet.of(Role.PARTICIPANT));
		this.changes.changeRoles(admin, formerCoordinator.id(), EnumSet.of(Role.PARTICIPANT));

		assertThat(adminSession.get("/admin/dead-letters").statusCode()).isEqualTo(403);
		assertThat(coordinatorSession.get("/review").statusCode()).isEqualTo(403);
		assertThat(adminSession.get("/").statusCode()).as("the session itself goes on").isEqualTo(200);
	}

	/**
	 * The actuator and the API description read the page session too: a suspended
	 * administrator's session must not go on reading metrics there, nor anyone's once
	 * they are suspended.
	 */
	@Test
	void shouldEndASuspendedAdministratorsSessionOnTheActuatorAndTheApiDescriptionToo() throws Exception {
		String tag = tag();
		Participant secretariat = person("sec-" + tag, Level.FULL, EnumSet.of(Role.PARTICIPANT, Role.SECRETARIAT),
				EnumSet.of(Channel.WEB));
		Participant admin = person("admin-" + tag, Level.FULL, EnumSet.of(Role.ADMINISTRATOR), EnumSet.of(Channel.WEB));
		FormSession session = new FormSession(this.port);
		session.signIn(admin.username(), PASSWORD);
		assertThat(session.get("/actuator/metrics").statusCode()).isEqualTo(200);
		assertThat(session.get("/v3/api-docs").statusCode()).isEqualTo(200);

		this.changes.setStatus(secretariat, admin.id(), ParticipantStatus.SUSPENDED, "Break-in test");

		assertThat(session.get("/actuator/metrics").statusCode()).isEqualTo(401);
		assertThat(session.get("/v3/api-docs").statusCode()).isEqualTo(401);
	}

	/**
	 * A live token outlives the page that fetched it by minutes: the media server's hook
	 * must ask whether its holder may still take part, not only whether it is signed.
	 */
	@Test
	void shouldRefuseTheLiveStreamToATokenWhoseHolderWasSuspended() throws Exception {
		String tag = tag();
		Participant secretariat = person("sec-" + tag, Level.FULL, EnumSet.of(Role.PARTICIPANT, Role.SECRETARIAT),
				EnumSet.of(Channel.WEB));
		Participant viewer = person("viewer-" + tag, Level.FULL, EnumSet.of(Role.PARTICIPANT), EnumSet.of(Channel.WEB));
		String path = "ecs/break-in-" + tag;
		String token = this.liveTokens.issue(viewer.id(), path);
		assertThat(mediaServerAsks(path, token)).isEqualTo(200);

		this.changes.setStatus(secretariat, viewer.id(), ParticipantStatus.SUSPENDED, "Break-in test");

		assertThat(mediaServerAsks(path, token)).isEqualTo(401);
	}

	/**
	 * Another site's page posting with the browser's cookie: the API takes no session
	 * (only HTTP Basic), and the pages take no form without their CSRF token.
	 */
	@Test
	void shouldRefuseACrossSitePostRidingASignedInBrowserSession() throws Exception {
		Participant writer = person("writer-" + tag(), Level.FULL, EnumSet.of(Role.PARTICIPANT),
				EnumSet.of(Channel.WEB));
		java.net.CookieManager cookies = new java.net.CookieManager();
		java.net.http.HttpClient browser = java.net.http.HttpClient.newBuilder().cookieHandler(cookies).build();
		ApiClient site = new ApiClient(this.port);
		String login = browser
			.send(HttpRequest.newBuilder(site.uri("/login")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"")
			.matcher(login);
		assertThat(csrf.find()).isTrue();
		HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(site.uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers
				.ofString("username=" + writer.username() + "&password=" + PASSWORD + "&_csrf=" + csrf.group(1)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
		assertThat(browser
			.send(HttpRequest.newBuilder(site.uri("/messages")).build(), HttpResponse.BodyHandlers.ofString())
			.statusCode()).as("the session is signed in").isEqualTo(200);

		HttpResponse<String> api = browser.send(HttpRequest.newBuilder(site.uri("/api/v1/messages"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"to\":[\"everyone\"],\"subject\":\"x\",\"body\":\"y\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		HttpResponse<String> page = browser.send(HttpRequest.newBuilder(site.uri("/settings"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("language=ar&channels=WEB"))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(api.statusCode()).isEqualTo(401);
		assertThat(page.statusCode()).isEqualTo(403);
		assertThat(this.participants.findById(writer.id()).orElseThrow().language()).isEqualTo("en");
	}

	private int mediaServerAsks(String path, String token) throws Exception {
		String body = "{\"action\":\"read\",\"path\":\"" + path + "\",\"protocol\":\"hls\",\"query\":\"token=" + token
				+ "\",\"ip\":\"203.0.113.7\"}";
		return java.net.http.HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(new ApiClient(this.port).uri("/hooks/media-server/auth"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

	private Discussion discussion(Participant coordinator, Set<Long> audience) {
		return this.discussions.create(new NewDiscussion("Break-in " + UUID.randomUUID(), SubjectKind.TOPIC, null, "",
				coordinator.id(), Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(5)),
				ReviewPolicy.EVERY, audience), coordinator.id());
	}

	private Participant person(String username, Level level, Set<Role> roles, Set<Channel> channels) {
		return this.participants.add(new NewParticipant(username, username, username + "@example.org", null, null, "en",
				level, roles, channels, PASSWORD));
	}

	private static String part(String boundary, String name, String value) {
		return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
	}

	private static String tag() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	private static String digits() {
		return String.valueOf(1_000_000 + (long) (Math.random() * 8_999_999));
	}

}
