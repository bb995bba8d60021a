package org.ecs.config;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import org.apache.camel.ProducerTemplate;
import org.ecs.core.comment.CommentStore;
import org.ecs.core.contribution.Contribution;
import org.ecs.core.contribution.ContributionIntake;
import org.ecs.core.contribution.ContributionRecord;
import org.ecs.core.contribution.ContributionRefusedException;
import org.ecs.core.contribution.ContributionStatus;
import org.ecs.core.contribution.Contributions;
import org.ecs.core.contribution.WebContributions;
import org.ecs.core.deadletter.DeadLetters;
import org.ecs.core.discussion.Discussion;
import org.ecs.core.discussion.Discussions;
import org.ecs.core.discussion.NewDiscussion;
import org.ecs.core.discussion.ReviewPolicy;
import org.ecs.core.discussion.SubjectKind;
import org.ecs.core.notification.DeliveryStatus;
import org.ecs.core.notification.Notification;
import org.ecs.core.notification.Notifications;
import org.ecs.core.notification.WebInbox;
import org.ecs.core.participant.Channel;
import org.ecs.core.participant.Level;
import org.ecs.core.participant.NewParticipant;
import org.ecs.core.participant.Participant;
import org.ecs.core.participant.ParticipantDirectory;
import org.ecs.core.participant.Role;
import org.ecs.core.review.ReviewInbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The pipeline end to end through the real broker, database and SMTP server, driven
 * through core's services (the browser test drives the same story through the UI).
 */
@EcsIntegrationTest
class PipelineIT {

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

	@Autowired
	CommentStore comments;

	@Autowired
	WebInbox inbox;

	@Autowired
	Notifications notifications;

	@Autowired
	ContributionIntake intake;

	@Autowired
	DeadLetters deadLetters;

	@Autowired
	ProducerTemplate producer;

	@Autowired
	GreenMail mailSandbox;

	Participant author;

	Participant reader;

	Participant watcher;

	Participant coordinator;

	@BeforeEach
	void people() {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		this.author = person("author-" + tag, Level.FULL, EnumSet.of(Role.PARTICIPANT));
		this.reader = person("reader-" + tag, Level.FULL, EnumSet.of(Role.PARTICIPANT));
		this.watcher = person("watcher-" + tag, Level.MONITORING, EnumSet.of(Role.PARTICIPANT));
		this.coordinator = person("coord-" + tag, Level.FULL, EnumSet.of(Role.PARTICIPANT, Role.COORDINATOR));
	}

	@Test
	void shouldPublishAReviewedCommentAndNotifyTheAudienceOnWebAndEmail() throws Exception {
		Discussion d = discussion(ReviewPolicy.EVERY, Instant.now().plus(Duration.ofDays(1)));

		ContributionRecord posted = this.web.post(this.author, d.id(), "We support the draft, with one caveat.", null);

		await().until(() -> status(posted.id()) == ContributionStatus.PENDING_REVIEW);
		assertThat(this.review.pending(this.coordinator, d.id())).extracting(i -> i.contributionId())
			.containsExactly(posted.id());
		this.review.approve(this.coordinator, posted.id(), "We support the draft, with one caveat (edited).");

		await().until(() -> status(posted.id()) == ContributionStatus.PUBLISHED);
		assertThat(this.comments.inDiscussion(d.id())).singleElement().satisfies(c -> {
			assertThat(c.text()).isEqualTo("We support the draft, with one caveat (edited).");
			assertThat(c.reviewedBy()).isEqualTo(this.coordinator.id());
			assertThat(c.channel()).isEqualTo(Channel.WEB);
		});
		await().until(() -> !this.inbox.latest(this.reader.id(), 10).isEmpty());
		Notification n = this.inbox.latest(this.reader.id(), 10).get(0);
		assertThat(n.body()).contains("with one caveat (edited)");
		// the author gets no copy of their own comment, only the notice that the
		// coordinator edited it before publication
		await().until(() -> !this.inbox.latest(this.author.id(), 10).isEmpty());
		assertThat(this.inbox.latest(this.author.id(), 10)).singleElement()
			.satisfies((own) -> assertThat(own.kind()).isEqualTo(Notification.CONTRIBUTION_EDITED));
		await().until(() -> mailTo(this.reader.email()).size() == 1);
		MimeMessage mail = mailTo(this.reader.email()).get(0);
		assertThat(mail.getSubject()).contains(d.title());
		assertThat(mail.getHeader("Auto-Submitted")).containsExactly("auto-generated");
		await().until(
				() -> this.notifications.delivery(n.id(), Channel.EMAIL).orElseThrow().status() == DeliveryStatus.SENT);
		assertThat(mailTo(this.watcher.email())).hasSize(1);
		String key = org.ecs.core.notification.Notification.commentKey(this.comments.inDiscussion(d.id()).get(0).id());
		await().until(() -> this.notifications.summaries(List.of(key)).get(key).line().contains("email: 3 sent"));
		assertThat(this.notifications.summary(key).line()).contains("web: ").contains("email: 3 sent");
		assertThat(this.notifications.summary(key).failures()).isEmpty();
	}

	@Test
	void shouldPublishAtOnceWhenThePolicyAsksNoReview() {
		Discussion d = discussion(ReviewPolicy.NONE, Instant.now().plus(Duration.ofDays(1)));

		ContributionRecord posted = this.web.post(this.author, d.id(), "Straight in.", null);

		await().until(() -> status(posted.id()) == ContributionStatus.PUBLISHED);
		assertThat(this.comments.inDiscussion(d.id())).extracting(c -> c.reviewedBy()).containsOnlyNulls();
	}

	@Test
	void shouldTellTheAuthorWhyWhenTheCoordinatorRejects() {
		Discussion d = discussion(ReviewPolicy.EVERY, Instant.now().plus(Duration.ofDays(1)));
		ContributionRecord posted = this.web.post(this.author, d.id(), "Off topic.", null);
		await().until(() -> status(posted.id()) == ContributionStatus.PENDING_REVIEW);

		this.review.reject(this.coordinator, posted.id(), "Please raise this under agenda item 5.");

		await().until(() -> status(posted.id()) == ContributionStatus.REJECTED);
		assertThat(this.contributions.find(posted.id()).orElseThrow().reason())
			.isEqualTo("Please raise this under agenda item 5.");
		await().until(() -> !this.inbox.latest(this.author.id(), 5).isEmpty());
		assertThat(this.inbox.latest(this.author.id(), 5).get(0).body()).contains("agenda item 5");
		assertThat(this.comments.inDiscussion(d.id())).isEmpty();
	}

	@Test
	void shouldRefuseMonitoringParticipantsAndOutsiders() {
		Discussion d = discussion(ReviewPolicy.NONE, Instant.now().plus(Duration.ofDays(1)));
		Participant outsider = person("outsider-" + UUID.randomUUID().toString().substring(0, 8), Level.FULL,
				EnumSet.of(Role.PARTICIPANT));

		assertThatThrownBy(() -> this.web.post(this.watcher, d.id(), "May I?", null))
			.isInstanceOf(ContributionRefusedException.class)
			.hasMessageContaining("Monitoring participants");
		assertThatThrownBy(() -> this.web.post(outsider, d.id(), "Hello", null))
			.isInstanceOf(ContributionRefusedException.class)
			.hasMessage("No such discussion.");
	}

	@Test
	void shouldCountReceivedAtAgainstTheDeadlineNotTheProcessingTime() {
		Instant deadline = Instant.now().minus(Duration.ofMinutes(5));
		Discussion d = discussion(ReviewPolicy.NONE, deadline);
		Contribution onTime = emailFrom(this.author, d, deadline.minus(Duration.ofMinutes(1)), "Sent in time.");
		Contribution late = emailFrom(this.author, d, deadline.plus(Duration.ofMinutes(1)), "Sent too late.");

		this.intake.submit(onTime);
		this.intake.submit(late);

		await().until(() -> status(late.id()) == ContributionStatus.REJECTED);
		assertThat(this.contributions.find(late.id()).orElseThrow().reason()).contains("closed");
		// email input waits for review under EMAIL_AND_FAX; under NONE it is published
		// even now
		await().until(() -> status(onTime.id()) == ContributionStatus.PUBLISHED);
		assertThatThrownBy(() -> this.web.post(this.author, d.id(), "Too late on the web", null))
			.isInstanceOf(ContributionRefusedException.class)
			.hasMessageContaining("closed");
	}

	@Test
	void shouldCommitOnceWhenTheSameContributionArrivesTwice() {
		Discussion d = discussion(ReviewPolicy.NONE, Instant.now().plus(Duration.ofDays(1)));
		Contribution c = emailFrom(this.author, d, Instant.now(), "Said twice, kept once.");

		this.intake.submit(c);
		this.intake.submit(c);
		this.intake.submit(new Contribution(UUID.randomUUID(), c.channel(), c.discussionId(), c.authorId(),
				c.receivedAt(), c.text(), null, null, Map.of(), c.dedupeKey(), null));

		await().until(() -> status(c.id()) == ContributionStatus.PUBLISHED);
		await().until(() -> this.inbox.latest(this.reader.id(), 10).size() == 1);
		assertThat(this.comments.inDiscussion(d.id())).hasSize(1);
		assertThat(this.comments.countByContribution(c.id())).isEqualTo(1);
	}

	@Test
	void shouldDeadLetterAMalformedMessageAndKeepGoing() {
		Discussion d = discussion(ReviewPolicy.NONE, Instant.now().plus(Duration.ofDays(1)));

		this.producer.sendBody("jms:queue:ecs.contribution.received", "{\"channel\": \"PIGEON\"}");
		ContributionRecord next = this.web.post(this.author, d.id(), "Still flowing.", null);

		await().until(() -> status(next.id()) == ContributionStatus.PUBLISHED);
		await().atMost(Duration.ofSeconds(60)).until(() -> deadLetters("PIGEON").size() == 1);
		// a second one, now that the dead-letter address exists: looking for the
		// dead-letter
		// queues of every pipeline queue must not have made unfiltered ones that copy it
		this.producer.sendBody("jms:queue:ecs.contribution.received", "{\"channel\": \"CARRIER-PIGEON\"}");
		await().atMost(Duration.ofSeconds(60)).until(() -> deadLetters("CARRIER-PIGEON").size() == 1);
		assertThat(deadLetters("CARRIER-PIGEON")).singleElement().satisfies(letter -> {
			assertThat(letter.queue()).isEqualTo("DLQ.ecs.contribution.received");
			assertThat(letter.originalQueue()).isEqualTo("ecs.contribution.received");
		});
	}

	private List<org.ecs.core.deadletter.DeadLetter> deadLetters(String marker) {
		return this.deadLetters.list(500).stream().filter(l -> l.body().contains("\"" + marker + "\"")).toList();
	}

	private ContributionStatus status(UUID id) {
		return this.contributions.find(id).map(ContributionRecord::status).orElse(null);
	}

	private List<MimeMessage> mailTo(String address) {
		return List.of(this.mailSandbox.getReceivedMessagesForDomain(address))
			.stream()
			.filter(m -> recipients(m).contains(address))
			.toList();
	}

	private static String recipients(MimeMessage m) {
		try {
			return String.valueOf(List.of(m.getAllRecipients()));
		}
		catch (Exception ex) {
			return "";
		}
	}

	private Contribution emailFrom(Participant p, Discussion d, Instant receivedAt, String text) {
		UUID id = UUID.randomUUID();
		return new Contribution(id, Channel.EMAIL, d.id(), p.id(), receivedAt, text, null, null, Map.of(),
				"email:<" + id + "@test>", null);
	}

	private Discussion discussion(ReviewPolicy policy, Instant deadline) {
		Instant opens = deadline.minus(Duration.ofDays(10));
		return this.discussions.create(
				new NewDiscussion("Discussion " + UUID.randomUUID(), SubjectKind.TOPIC, null, "", this.coordinator.id(),
						opens, deadline, policy, Set.of(this.author.id(), this.reader.id(), this.watcher.id())),
				this.coordinator.id());
	}

	private Participant person(String username, Level level, Set<Role> roles) {
		return this.participants.add(new NewParticipant(username, username, username + "@example.org", null, null, "en",
				level, roles, EnumSet.of(Channel.WEB, Channel.EMAIL), "secret"));
	}

}
