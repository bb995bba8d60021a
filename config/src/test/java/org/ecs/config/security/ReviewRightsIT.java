package org.ecs.config.security;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.ecs.config.EcsIntegrationTest;
import org.ecs.core.contribution.ContributionRecord;
import org.ecs.core.contribution.ContributionStatus;
import org.ecs.core.contribution.Contributions;
import org.ecs.core.contribution.WebContributions;
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
import org.ecs.core.review.ReviewException;
import org.ecs.core.review.ReviewInbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * What a coordinator may do to the author and discussion of input under review, and who
 * reads a contribution by its id, on the real database and over the real API.
 */
@EcsIntegrationTest
class ReviewRightsIT {

	@Autowired
	ParticipantDirectory participants;

	@Autowired
	Discussions discussions;

	@Autowired
	WebContributions web;

	@Autowired
	ReviewInbox review;

	@Autowired
	Contributions contributions;

	@LocalServerPort
	int port;

	Participant author;

	Participant watcher;

	Participant outsider;

	Participant coordinator;

	Participant otherCoordinator;

	Discussion mine;

	Discussion theirs;

	@BeforeEach
	void cast() {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		this.author = person("author-" + tag, Level.FULL, EnumSet.of(Role.PARTICIPANT));
		this.watcher = person("watcher-" + tag, Level.MONITORING, EnumSet.of(Role.PARTICIPANT));
		this.outsider = person("outsider-" + tag, Level.FULL, EnumSet.of(Role.PARTICIPANT));
		this.coordinator = person("coord-" + tag, Level.FULL, EnumSet.of(Role.PARTICIPANT, Role.COORDINATOR));
		this.otherCoordinator = person("other-" + tag, Level.FULL, EnumSet.of(Role.PARTICIPANT, Role.COORDINATOR));
		this.mine = discussion(this.coordinator, Set.of(this.author.id(), this.watcher.id()));
		this.theirs = discussion(this.otherCoordinator, Set.of(this.author.id()));
	}

	@Test
	void shouldRefuseAnAuthorWhoCouldNotHavePostedThere() {
		UUID id = pending(this.mine);

		assertThatThrownBy(() -> this.review.assign(this.coordinator, id, null, this.watcher.id()))
			.isInstanceOfSatisfying(ReviewException.class,
					(ex) -> assertThat(ex.kind()).isEqualTo(ReviewException.Kind.INVALID))
			.hasMessageContaining("monitoring participant");
		assertThatThrownBy(() -> this.review.assign(this.coordinator, id, null, this.outsider.id()))
			.isInstanceOfSatisfying(ReviewException.class,
					(ex) -> assertThat(ex.kind()).isEqualTo(ReviewException.Kind.INVALID))
			.hasMessageContaining("not a participant");
		assertThatThrownBy(() -> this.review.assign(this.coordinator, id, null, 999_999L))
			.isInstanceOfSatisfying(ReviewException.class,
					(ex) -> assertThat(ex.kind()).isEqualTo(ReviewException.Kind.INVALID))
			.hasMessageContaining("authorId");
		assertThat(this.contributions.find(id).orElseThrow().authorId()).isEqualTo(this.author.id());
	}

	@Test
	void shouldRefuseToMoveInputIntoADiscussionTheReviewerDoesNotCoordinate() {
		UUID id = pending(this.mine);

		assertThatThrownBy(() -> this.review.assign(this.coordinator, id, this.theirs.id(), null))
			.isInstanceOfSatisfying(ReviewException.class,
					(ex) -> assertThat(ex.kind()).isEqualTo(ReviewException.Kind.FORBIDDEN))
			.hasMessageContaining("do not coordinate");
		assertThat(this.contributions.find(id).orElseThrow().discussionId()).isEqualTo(this.mine.id());
	}

	@Test
	void shouldNotChangeTheAuthorOfWhatIsAlreadyDecided() {
		Participant second = person("second-" + UUID.randomUUID().toString().substring(0, 8), Level.FULL,
				EnumSet.of(Role.PARTICIPANT));
		Discussion d = discussion(this.coordinator, Set.of(this.author.id(), second.id()));
		UUID id = pending(d);
		this.review.approve(this.coordinator, id, null);

		assertThatThrownBy(() -> this.review.assign(this.coordinator, id, null, second.id())).isInstanceOfSatisfying(
				ReviewException.class, (ex) -> assertThat(ex.kind()).isEqualTo(ReviewException.Kind.CONFLICT));
		await().until(() -> this.contributions.find(id).orElseThrow().status() == ContributionStatus.PUBLISHED);
		assertThat(this.contributions.find(id).orElseThrow().authorId()).isEqualTo(this.author.id());
	}

	@Test
	void shouldAnswerTheApiWithAClearErrorInsteadOf500() throws Exception {
		UUID id = pending(this.mine);

		HttpResponse<String> unknown = post(this.coordinator, "/api/v1/review/items/" + id + "/assign",
				"{\"authorId\": 999999}");
		assertThat(unknown.statusCode()).isEqualTo(400);
		assertThat(unknown.body()).contains("authorId");
		HttpResponse<String> moved = post(this.coordinator, "/api/v1/review/items/" + id + "/assign",
				"{\"discussionId\": " + this.theirs.id() + "}");
		assertThat(moved.statusCode()).isEqualTo(403);
		HttpResponse<String> watcherAsAuthor = post(this.coordinator, "/api/v1/review/items/" + id + "/assign",
				"{\"authorId\": " + this.watcher.id() + "}");
		assertThat(watcherAsAuthor.statusCode()).isEqualTo(400);
		assertThat(watcherAsAuthor.body()).contains("monitoring");
	}

	@Test
	void shouldShowAPendingContributionOnlyToItsAuthorAndItsReviewers() throws Exception {
		UUID id = pending(this.mine);

		assertThat(get(this.otherCoordinator, "/api/v1/contributions/" + id).statusCode()).isEqualTo(404);
		assertThat(get(this.watcher, "/api/v1/contributions/" + id).statusCode()).isEqualTo(404);
		assertThat(get(this.author, "/api/v1/contributions/" + id).statusCode()).isEqualTo(200);
		assertThat(get(this.coordinator, "/api/v1/contributions/" + id).statusCode()).isEqualTo(200);
	}

	private UUID pending(Discussion d) {
		ContributionRecord posted = this.web.post(this.author, d.id(), "Input to review " + UUID.randomUUID(), null);
		await().until(
				() -> this.contributions.find(posted.id()).orElseThrow().status() == ContributionStatus.PENDING_REVIEW);
		return posted.id();
	}

	private Discussion discussion(Participant coordinator, Set<Long> audience) {
		Instant deadline = Instant.now().plus(Duration.ofDays(5));
		return this.discussions.create(
				new NewDiscussion("Rights " + UUID.randomUUID(), SubjectKind.TOPIC, null, "", coordinator.id(),
						Instant.now().minus(Duration.ofDays(1)), deadline, ReviewPolicy.EVERY, audience),
				coordinator.id());
	}

	private Participant person(String username, Level level, Set<Role> roles) {
		return this.participants.add(new NewParticipant(username, username, username + "@example.org", null, null, "en",
				level, roles, EnumSet.of(Channel.WEB), "secret"));
	}

	private HttpResponse<String> get(Participant who, String path) throws Exception {
		return new ApiClient(this.port).get(who.username(), "secret", path);
	}

	private HttpResponse<String> post(Participant who, String path, String json) throws Exception {
		return new ApiClient(this.port).post(who.username(), "secret", path, json);
	}

}
