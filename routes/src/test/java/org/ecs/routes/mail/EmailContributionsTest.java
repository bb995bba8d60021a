package org.ecs.routes.mail;

import java.time.Duration;
import java.util.List;

import org.ecs.core.contribution.Contribution;
import org.ecs.core.contribution.ContributionIntake;
import org.ecs.core.notification.Notifications;
import org.ecs.core.participant.Channel;
import org.ecs.core.participant.Level;
import org.ecs.gateways.mail.RejectionMailComposer.Reason;
import org.ecs.gateways.mail.ReplyTrimmer;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class EmailContributionsTest {

	final ContributionIntake intake = mock(ContributionIntake.class);

	final EmailContributions contributions = new EmailContributions(this.intake);

	final Notifications notifications = mock(Notifications.class);

	final ReplyExtraction extraction = new ReplyExtraction(new ReplyTrimmer(), this.notifications);

	static final String SENT = """
			##- Please type your reply above this line -##
			Reply to this email to comment: write above the line above, everything below it is removed.

			Ann commented on 2 Mar 2026, 10:00 (UTC) in the discussion "Water":

			The measuring stations do not yet cover the whole basin, so I suggest target values.

			Comments are accepted until 9 Mar 2026, 10:00 (UTC).
			""";

	@Test
	void shouldPostOnlyTheAuthorsTextBelowABottomPostedCopyOfTheNotification() {
		when(this.notifications.sentTexts(1, 10, ReplyExtraction.SENT_TEXTS)).thenReturn(List.of(SENT));
		IntakeMail m = identified("""
				Am 2. März 2026 um 10:00 schrieb ECS <reply+abc@ecs.localhost>:
				> ##- Please type your reply above this line -##
				> Reply to this email to comment: write above the line above, everything
				> below it is removed.
				>
				> Ann commented on 2 Mar 2026, 10:00 (UTC) in the discussion "Water":
				>
				> The measuring stations do not yet cover the whole basin, so I suggest
				> target values.
				>
				> Comments are accepted until 9 Mar 2026, 10:00 (UTC).

				Ich stimme zu.
				""");

		this.contributions.submit(this.extraction.trim(m));

		ArgumentCaptor<Contribution> submitted = ArgumentCaptor.forClass(Contribution.class);
		verify(this.intake).submit(submitted.capture());
		assertThat(submitted.getValue().text()).isEqualTo("Ich stimme zu.");
		assertThat(submitted.getValue().facts()).containsEntry("email.removed.1.why", "NOTIFICATION");
	}

	@Test
	void shouldRefuseAsEmptyAReplyThatIsOnlyTheQuotedNotification() {
		when(this.notifications.sentTexts(1, 10, ReplyExtraction.SENT_TEXTS)).thenReturn(List.of(SENT));
		IntakeMail result = this.contributions.submit(this.extraction.trim(identified("""
				El lun, 2 mar 2026 a las 10:00, ECS (<reply+abc@ecs.localhost>) escribió:
				> ##- Please type your reply above this line -##
				> Reply to this email to comment: write above the line above, everything below it is removed.
				>
				> Ann commented on 2 Mar 2026, 10:00 (UTC) in the discussion "Water":
				>
				> The measuring stations do not yet cover the whole basin, so I suggest target values.
				""")));

		assertThat(result.refusal().reason()).isEqualTo(Reason.EMPTY_REPLY);
		verify(this.intake, never()).submit(any());
	}

	@Test
	void shouldSubmitTheTrimmedReplyWithItsOriginalAndTheRemainderAsFacts() {
		IntakeMail m = identified("""
				We agree.

				On Mon, 2 Mar 2026 at 10:00, ECS <ecs@ecs.localhost> wrote:
				> The quoted notification.
				""");

		IntakeMail result = this.contributions.submit(this.extraction.trim(m));

		ArgumentCaptor<Contribution> submitted = ArgumentCaptor.forClass(Contribution.class);
		verify(this.intake).submit(submitted.capture());
		Contribution c = submitted.getValue();
		assertThat(c.id()).isEqualTo(result.contributionId());
		assertThat(c.channel()).isEqualTo(Channel.EMAIL);
		assertThat(c.text()).isEqualTo("We agree.");
		assertThat(c.authorId()).isEqualTo(1);
		assertThat(c.discussionId()).isEqualTo(10);
		assertThat(c.receivedAt()).isEqualTo(MailFixtures.NOW);
		assertThat(c.originalKey()).isEqualTo(m.received().originalKey());
		assertThat(c.dedupeKey()).isEqualTo("email:m-1@example.org");
		assertThat(c.facts()).containsKey("email.trimmed").containsEntry("email.from", "alice@example.org");
		assertThat(c.facts().get("email.trimmed")).contains("The quoted notification.");
	}

	@Test
	void shouldRefuseAReplyWithNothingOfItsAuthors() {
		IntakeMail result = this.contributions.submit(this.extraction.trim(identified("""

				##- Please type your reply above this line -##
				Only the notification, sent back as it came.
				""")));

		assertThat(result.refusal().reason()).isEqualTo(Reason.EMPTY_REPLY);
		verify(this.intake, never()).submit(any());
	}

	@Test
	void shouldSubmitMailOfAnUnprovenSenderWithoutAuthorAndSayWhy() {
		IntakeMail m = MailFixtures.intake(MailFixtures.mail("alice@example.org", List.of("ecs@ecs.localhost"), "Hi"))
			.identified(MailFixtures.person(1, "alice@example.org", Level.FULL), null, null)
			.unproven(MailFixtures.discussion(10, MailFixtures.NOW.plus(Duration.ofDays(1))), "no reply token");

		this.contributions.submit(this.extraction.trim(m));

		ArgumentCaptor<Contribution> submitted = ArgumentCaptor.forClass(Contribution.class);
		verify(this.intake).submit(submitted.capture());
		assertThat(submitted.getValue().authorId()).isNull();
		assertThat(submitted.getValue().discussionId()).isEqualTo(10);
		assertThat(submitted.getValue().facts()).containsEntry("email.from", "alice@example.org")
			.containsEntry("email.senderUnproven", "no reply token");
	}

	@Test
	void shouldPassRefusedMailThrough() {
		IntakeMail refused = identified("Hello").refused(new IntakeMail.Refusal(Reason.UNKNOWN_SENDER, "x"));

		assertThat(this.extraction.trim(refused)).isSameAs(refused);
		assertThat(this.contributions.submit(refused)).isSameAs(refused);
	}

	private static IntakeMail identified(String text) {
		return MailFixtures.intake(MailFixtures.mail("alice@example.org", List.of("ecs@ecs.localhost"), text))
			.identified(MailFixtures.person(1, "alice@example.org", Level.FULL),
					MailFixtures.discussion(10, MailFixtures.NOW.plus(Duration.ofDays(1))), null);
	}

}
