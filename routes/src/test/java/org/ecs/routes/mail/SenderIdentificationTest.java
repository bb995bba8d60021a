package org.ecs.routes.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.ecs.core.discussion.Discussion;
import org.ecs.core.discussion.DiscussionAccess;
import org.ecs.core.discussion.Discussions;
import org.ecs.core.mailbox.MailTokenKeys;
import org.ecs.core.mailbox.ReplyTokenEpochs;
import org.ecs.core.notification.Notification;
import org.ecs.core.notification.Notifications;
import org.ecs.core.participant.Level;
import org.ecs.core.participant.Participant;
import org.ecs.core.participant.ParticipantDirectory;
import org.ecs.gateways.mail.InboundMail;
import org.ecs.gateways.mail.RejectionMailComposer.Reason;
import org.ecs.gateways.mail.SenderAuthentication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

class SenderIdentificationTest {

	final ParticipantDirectory participants = mock(ParticipantDirectory.class);

	final Discussions discussions = mock(Discussions.class);

	final Notifications notifications = mock(Notifications.class);

	final ReplyTokenEpochs epochs = mock(ReplyTokenEpochs.class);

	final Participant alice = MailFixtures.person(1, "alice@example.org", Level.FULL);

	final Participant bob = MailFixtures.person(2, "bob@example.org", Level.FULL);

	final Participant mona = MailFixtures.person(3, "mona@example.org", Level.MONITORING);

	final Discussion open = MailFixtures.discussion(10, MailFixtures.NOW.plus(Duration.ofDays(2)));

	final Discussion closed = MailFixtures.discussion(11, MailFixtures.NOW.minus(Duration.ofHours(1)));

	MailTokens tokens;

	SenderIdentification identification;

	@BeforeEach
	void setUp() {
		MailTokenKeys keys = mock(MailTokenKeys.class);
		given(keys.obtain(anyInt())).willReturn(new byte[32]);
		this.tokens = tokens(Clock.fixed(MailFixtures.NOW, ZoneOffset.UTC), keys);
		for (Participant p : List.of(this.alice, this.bob, this.mona)) {
			given(this.participants.findById(p.id())).willReturn(Optional.of(p));
			given(this.participants.findByEmail(p.email())).willReturn(Optional.of(p));
		}
		given(this.participants.findByEmail(anyString())).willAnswer((call) -> List.of(this.alice, this.bob, this.mona)
			.stream()
			.filter((p) -> p.email().equalsIgnoreCase(call.getArgument(0)))
			.findFirst());
		given(this.discussions.findById(10)).willReturn(Optional.of(this.open));
		given(this.discussions.findById(11)).willReturn(Optional.of(this.closed));
		given(this.discussions.isInAudience(anyLong(), anyLong())).willReturn(true);
		this.identification = new SenderIdentification(this.tokens, this.participants, this.discussions,
				new DiscussionAccess(this.discussions), this.notifications, MailFixtures.MESSAGE_IDS,
				new SenderAuthentication(Set.of("mx.ecs.localhost")), MailFixtures.mailboxSettings());
	}

	private MailTokens tokens(Clock clock, MailTokenKeys keys) {
		return new MailTokens(MailFixtures.mailSettings(), keys, this.epochs, clock);
	}

	@Test
	void shouldIdentifyTheAuthorAndDiscussionOfAValidToken() {
		IntakeMail m = identify("alice@example.org", this.tokens.replyAddress(1, 10));

		assertThat(m.refusal()).isNull();
		assertThat(m.author()).isEqualTo(this.alice);
		assertThat(m.discussion()).isEqualTo(this.open);
	}

	@Test
	void shouldRefuseAForwardedNotificationRepliedByAStranger() {
		IntakeMail m = identify("stranger@elsewhere.example", this.tokens.replyAddress(1, 10));

		assertThat(m.refusal().reason()).isEqualTo(Reason.UNKNOWN_SENDER);
		assertThat(m.author()).isNull();
	}

	@Test
	void shouldRefuseAnotherParticipantUsingSomeoneElsesToken() {
		IntakeMail m = identify("bob@example.org", this.tokens.replyAddress(1, 10));

		assertThat(m.refusal().reason()).isEqualTo(Reason.INVALID_TOKEN);
		assertThat(m.author()).isEqualTo(this.bob);
	}

	@Test
	void shouldRefuseADamagedOrRevokedToken() {
		String address = this.tokens.replyAddress(1, 10);
		String damaged = address.replaceFirst("\\+(.)", "+" + (address.charAt(4) == 'a' ? "b" : "a"));

		assertThat(identify("alice@example.org", damaged).refusal().reason()).isEqualTo(Reason.INVALID_TOKEN);
		given(this.epochs.current(1)).willReturn(1L);
		assertThat(identify("alice@example.org", address).refusal().reason()).isEqualTo(Reason.INVALID_TOKEN);
	}

	@Test
	void shouldRefuseAnExpiredToken() {
		MailTokenKeys keys = mock(MailTokenKeys.class);
		given(keys.obtain(anyInt())).willReturn(new byte[32]);
		String old = tokens(Clock.fixed(MailFixtures.NOW.minus(Duration.ofDays(400)), ZoneOffset.UTC), keys)
			.replyAddress(1, 10);

		assertThat(identify("alice@example.org", old).refusal().reason()).isEqualTo(Reason.EXPIRED_TOKEN);
	}

	@Test
	void shouldRefuseMonitoringParticipantsAndLateReplies() {
		assertThat(identify("mona@example.org", this.tokens.replyAddress(3, 10)).refusal().reason())
			.isEqualTo(Reason.MONITORING_CANNOT_POST);
		IntakeMail late = identify("alice@example.org", this.tokens.replyAddress(1, 11));
		assertThat(late.refusal().reason()).isEqualTo(Reason.DISCUSSION_CLOSED);
		assertThat(late.discussion()).isEqualTo(this.closed);
	}

	@Test
	void shouldNeverAttributeAMailWithoutTokenWhateverItsFromAndInReplyTo() {
		given(this.notifications.find(77)).willReturn(Optional
			.of(new Notification(77, 1, "COMMENT_PUBLISHED", "comment:5", 10L, "s", "b", MailFixtures.NOW, null)));
		String answered = MailFixtures.MESSAGE_IDS.notification(77).replaceAll("[<>]", "");

		IntakeMail m = this.identification.identify(MailFixtures.intake(answering("alice@example.org", answered)));

		assertThat(m.author()).isNull();
		assertThat(m.isUnproven()).isTrue();
		assertThat(m.unproven()).contains("no reply token");
		assertThat(m.refusal()).isNull();
		assertThat(m.discussion()).as("In-Reply-To threads: the coordinator of its discussion sees it")
			.isEqualTo(this.open);
	}

	@Test
	void shouldNotBelieveAGuessedNotificationId() {
		given(this.notifications.find(77)).willReturn(Optional
			.of(new Notification(77, 1, "COMMENT_PUBLISHED", "comment:5", 10L, "s", "b", MailFixtures.NOW, null)));

		IntakeMail m = this.identification
			.identify(MailFixtures.intake(answering("alice@example.org", "n-77@ecs.localhost")));

		assertThat(m.refusal().reason()).isEqualTo(Reason.INVALID_TOKEN);
		assertThat(m.discussion()).isNull();
		assertThat(m.isUnproven()).isFalse();
	}

	@Test
	void shouldHoldAReplyWithAValidTokenWhenOurServerSaysDmarcFailed() {
		IntakeMail m = this.identification.identify(MailFixtures.intake(authenticated(this.tokens.replyAddress(1, 10),
				"mx.ecs.localhost; spf=fail smtp.mailfrom=evil.example; dmarc=fail header.from=example.org")));

		assertThat(m.author()).isNull();
		assertThat(m.refusal()).isNull();
		assertThat(m.discussion()).isEqualTo(this.open);
		assertThat(m.unproven()).startsWith("sender not authenticated").contains("dmarc=fail");
	}

	@Test
	void shouldBelieveNoVerdictOfAServerNotOurs() {
		IntakeMail m = this.identification.identify(MailFixtures.intake(
				authenticated(this.tokens.replyAddress(1, 10), "evil.example; dmarc=fail header.from=example.org")));

		assertThat(m.author()).isEqualTo(this.alice);
		assertThat(m.isUnproven()).isFalse();
	}

	@Test
	void shouldHoldAReplyWithoutAlignedPassWhenTheOperatorRequiresOne() {
		MailboxSettings strict = bind(Map.of("ecs.mailbox.require-authenticated-sender", "true",
				"ecs.mailbox.trusted-authserv-ids", "mx.ecs.localhost"));
		SenderIdentification requiring = new SenderIdentification(this.tokens, this.participants, this.discussions,
				new DiscussionAccess(this.discussions), this.notifications, MailFixtures.MESSAGE_IDS,
				new SenderAuthentication(strict.trustedAuthservIds()), strict);
		String to = this.tokens.replyAddress(1, 10);

		assertThat(requiring.identify(MailFixtures.intake(MailFixtures.mail("alice@example.org", List.of(to), "Hi")))
			.unproven()).startsWith("sender not authenticated");
		assertThat(requiring
			.identify(MailFixtures.intake(authenticated(to, "mx.ecs.localhost; dkim=pass header.d=example.org")))
			.author()).isEqualTo(this.alice);
	}

	private static MailboxSettings bind(Map<String, String> properties) {
		MockEnvironment env = new MockEnvironment();
		properties.forEach(env::setProperty);
		return new Binder(ConfigurationPropertySources.get(env)).bindOrCreate("ecs.mailbox",
				Bindable.of(MailboxSettings.class));
	}

	private static InboundMail authenticated(String to, String results) {
		return new InboundMail("a@x", "a@x", new InboundMail.MailAddress("alice@example.org", null), List.of(to),
				List.of(), List.of(), "Re", MailFixtures.NOW, null, List.of(), "We agree.", null, false, List.of(),
				Map.of("authentication-results", List.of(results)), "text/plain", List.of(), List.of());
	}

	private static InboundMail answering(String from, String inReplyTo) {
		return new InboundMail("r@x", "r@x", new InboundMail.MailAddress(from, null), List.of("ecs@ecs.localhost"),
				List.of(), List.of(), "Re", MailFixtures.NOW, inReplyTo, List.of("d-10@ecs.localhost", inReplyTo),
				"Yes.", null, false, List.of(), java.util.Map.of(), "text/plain", List.of(), List.of());
	}

	@Test
	void shouldRefuseMailThatAnswersNothingOfOurs() {
		assertThat(identify("alice@example.org", "ecs@ecs.localhost").refusal().reason())
			.isEqualTo(Reason.INVALID_TOKEN);
		assertThat(identify("stranger@elsewhere.example", "ecs@ecs.localhost").refusal().reason())
			.isEqualTo(Reason.UNKNOWN_SENDER);
	}

	private IntakeMail identify(String from, String to) {
		return this.identification.identify(MailFixtures.intake(MailFixtures.mail(from, List.of(to), "Hello")));
	}

}
