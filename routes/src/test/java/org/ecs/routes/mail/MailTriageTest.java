package org.ecs.routes.mail;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.ecs.core.mailbox.MailTokenKeys;
import org.ecs.core.mailbox.ReplyTokenEpochs;
import org.ecs.core.notification.Notification;
import org.ecs.core.notification.Notifications;
import org.ecs.core.participant.Channel;
import org.ecs.gateways.mail.AutoMailClassifier;
import org.ecs.gateways.mail.InboundMail;
import org.ecs.gateways.mail.MailKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

class MailTriageTest {

	final Notifications notifications = mock(Notifications.class);

	MailTokens tokens;

	MailTriage triage;

	@BeforeEach
	void setUp() {
		MailTokenKeys keys = mock(MailTokenKeys.class);
		given(keys.obtain(anyInt())).willReturn(new byte[32]);
		this.tokens = new MailTokens(MailFixtures.mailSettings(), keys, mock(ReplyTokenEpochs.class),
				Clock.fixed(MailFixtures.NOW, ZoneOffset.UTC));
		this.triage = new MailTriage(new AutoMailClassifier(Set.of("ecs@ecs.localhost"), Set.of()), this.tokens,
				this.notifications, MailFixtures.MESSAGE_IDS);
		given(this.notifications.find(42)).willReturn(Optional
			.of(new Notification(42, 7, "COMMENT_PUBLISHED", "comment:1", 3L, "s", "b", MailFixtures.NOW, null)));
	}

	@Test
	void shouldMarkTheNotificationTheVerpTokenNamesAsBounced() {
		IntakeMail m = this.triage.classify(MailFixtures.intake(dsn(this.tokens.bounceAddress(7, 42), "x@y")));

		assertThat(m.classification().kind()).isEqualTo(MailKind.BOUNCE);
		verify(this.notifications).markBounced(eq(42L), eq(Channel.EMAIL), contains("5.1.1"));
	}

	@Test
	void shouldFallBackOnTheReturnedMessageId() {
		String returned = MailFixtures.MESSAGE_IDS.notification(42).replaceAll("[<>]", "");
		this.triage.classify(MailFixtures.intake(dsn("ecs@ecs.localhost", returned)));

		verify(this.notifications).markBounced(eq(42L), eq(Channel.EMAIL), anyString());
	}

	@Test
	void shouldNotBelieveABounceNamingAGuessedMessageId() {
		IntakeMail m = this.triage.classify(MailFixtures.intake(dsn("ecs@ecs.localhost", "n-42@ecs.localhost")));

		assertThat(m.detail()).contains("names no notification of ours");
		verify(this.notifications, never()).markBounced(anyLong(), any(), anyString());
	}

	@Test
	void shouldLeaveAutoRepliesAndOwnMailAloneAndPassPeopleOn() {
		InboundMail auto = new InboundMail("a@x", "a@x", new InboundMail.MailAddress("alice@example.org", null),
				List.of("ecs@ecs.localhost"), List.of(), List.of(), "Out of office", MailFixtures.NOW, null, List.of(),
				"Away", null, false, List.of(), Map.of("auto-submitted", List.of("auto-replied")), "text/plain",
				List.of(), List.of());

		assertThat(this.triage.classify(MailFixtures.intake(auto)).classification().kind())
			.isEqualTo(MailKind.AUTO_REPLY);
		assertThat(this.triage
			.classify(MailFixtures.intake(MailFixtures.mail("ecs@ecs.localhost", List.of("ecs@ecs.localhost"), "x")))
			.classification()
			.kind()).isEqualTo(MailKind.OWN);
		assertThat(this.triage
			.classify(MailFixtures.intake(MailFixtures.mail("alice@example.org", List.of("ecs@ecs.localhost"), "x")))
			.isHuman()).isTrue();
		verify(this.notifications, never()).markBounced(anyLong(), eq(Channel.EMAIL), anyString());
	}

	private static InboundMail dsn(String to, String originalId) {
		return new InboundMail("dsn@mx", "dsn@mx", new InboundMail.MailAddress("MAILER-DAEMON@mx.example", null),
				List.of(to), List.of(), List.of(), "Undelivered Mail Returned to Sender", MailFixtures.NOW, null,
				List.of(), "Sorry.", null, false, List.of(), Map.of(), "multipart/report",
				List.of(new InboundMail.ReportPart("message/delivery-status",
						"Reporting-MTA: dns; mx.example\n\nFinal-Recipient: rfc822; bob@example.org\nAction: failed\n"
								+ "Status: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 user unknown\n"),
						new InboundMail.ReportPart("text/rfc822-headers", "Message-ID: <" + originalId + ">\n")),
				List.of());
	}

}
