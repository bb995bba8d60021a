package org.ecs.routes.fax;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import org.ecs.core.comment.Comment;
import org.ecs.core.comment.CommentStore;
import org.ecs.core.discussion.Discussions;
import org.ecs.core.notice.Addressee;
import org.ecs.core.notice.Notice;
import org.ecs.core.notice.NoticeKind;
import org.ecs.core.notice.Notices;
import org.ecs.core.notification.DeliveryRecord;
import org.ecs.core.notification.DeliveryStatus;
import org.ecs.core.notification.Notification;
import org.ecs.core.notification.Notifications;
import org.ecs.core.notification.Wording;
import org.ecs.core.notification.OutboundDelivery;
import org.ecs.core.participant.Channel;
import org.ecs.core.participant.ParticipantDirectory;
import org.ecs.gateways.fax.FaxContent;
import org.ecs.gateways.fax.FaxDocument;
import org.ecs.gateways.fax.FaxDocumentProperties;
import org.ecs.gateways.fax.FaxFont;
import org.ecs.gateways.fax.FaxNumbers;
import org.ecs.gateways.fax.FaxOutboundMail;
import org.ecs.gateways.fax.FaxOutboundProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mail.javamail.JavaMailSender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

class FaxNotifierTest {

	static final String NUMBER = "+254201234567";

	final Notifications notifications = mock(Notifications.class);

	final ParticipantDirectory participants = mock(ParticipantDirectory.class);

	final Discussions discussions = mock(Discussions.class);

	final CommentStore comments = mock(CommentStore.class);

	final JavaMailSender sender = mock(JavaMailSender.class);

	final Notices notices = mock(Notices.class);

	final StaticMessageSource messages = new StaticMessageSource();

	final FaxOutboundMail outbound = new FaxOutboundMail(
			new FaxOutboundProperties("{number}@fax.ecs.localhost", true, "ECS <fax@ecs.localhost>", null, null),
			new FaxNumbers("AT"));

	final Notification notification = new Notification(7, 17, "COMMENT_PUBLISHED", "comment:3", 42L, "New comment",
			"Alice wrote", Instant.parse("2026-11-25T10:00:00Z"), null);

	@BeforeEach
	void setUp() {
		// pending or not is read from the stubbed delivery status
		given(this.notifications.isPending(org.mockito.ArgumentMatchers.anyLong(), org.mockito.ArgumentMatchers.any()))
			.willCallRealMethod();
		given(this.notifications.delivery(7, Channel.FAX))
			.willReturn(Optional.of(new DeliveryRecord(7, Channel.FAX, DeliveryStatus.QUEUED, 0, null, Instant.now())));
		given(this.notifications.find(7)).willReturn(Optional.of(this.notification));
		given(this.participants.findById(17)).willReturn(Optional.of(FaxFixtures.expert(17, NUMBER)));
		given(this.participants.findById(anyLong())).willReturn(Optional.of(FaxFixtures.expert(17, NUMBER)));
		given(this.discussions.findById(42)).willReturn(Optional.of(FaxFixtures.discussion(42)));
		given(this.comments.find(3)).willReturn(Optional.of(new Comment(3, 42, 5, "Alice", "AUT", "We agree.",
				Channel.WEB, Instant.parse("2026-11-25T09:00:00Z"), null, null, null, null, Instant.now())));
	}

	@Test
	void shouldFaxTheCommentWithAReplySheetForRecipientAndDiscussion() throws Exception {
		FaxNotifier notifier = notifier(FaxDocumentProperties.withReplyNumber("+43 1 1"));

		FaxDocument document = notifier.document(this.notification, FaxFixtures.expert(17, NUMBER));
		assertThat(document.discussionTitle()).isEqualTo("Discussion 42");
		assertThat(document.deadline()).isPresent();
		assertThat(document.contents()).singleElement()
			.isInstanceOfSatisfying(FaxContent.Comment.class, (c) -> assertThat(c.author()).isEqualTo("Alice (AUT)"));
		assertThat(document.replyCode().discussionId()).isEqualTo(42);
		assertThat(document.replyCode().participantId()).isEqualTo(17);
		assertThat(document.replyCode().isAuthentic(FaxReplySheetKey.DEVELOPMENT)).isTrue();

		notifier.send(new OutboundDelivery(7, 17, Channel.FAX), 1);

		ArgumentCaptor<MimeMessage> mail = ArgumentCaptor.forClass(MimeMessage.class);
		verify(this.sender).send(mail.capture());
		assertThat(mail.getValue().getAllRecipients()[0].toString()).isEqualTo(NUMBER + "@fax.ecs.localhost");
		verify(this.notifications).recordAttempt(7, Channel.FAX, DeliveryStatus.SENT, null);
	}

	@Test
	void shouldFaxANetworkMessageFromItsSenderWithAReplySheetNamingOnlyTheRecipient() {
		UUID id = UUID.randomUUID();
		given(this.notices.find(id)).willReturn(Optional.of(new Notice(id, NoticeKind.MESSAGE, 4, "Sam Secretariat",
				null, "Room change", "Meet in room C.", List.of(Addressee.state("KEN")), Instant.now(), null, null)));
		Notification message = new Notification(8, 17, "MESSAGE", Notification.noticeKey(id), null, "Room change",
				"Meet in room C.", Instant.parse("2026-11-25T10:00:00Z"), null);

		FaxDocument document = notifier(FaxDocumentProperties.withReplyNumber("+43 1 1")).document(message,
				FaxFixtures.expert(17, NUMBER));

		assertThat(document.contents()).singleElement().isInstanceOfSatisfying(FaxContent.NetworkMessage.class, (m) -> {
			assertThat(m.sender()).isEqualTo("Sam Secretariat");
			assertThat(m.subject()).isEqualTo("Room change");
		});
		assertThat(document.deadline()).isEmpty();
		assertThat(document.replyCode().namesDiscussion()).isFalse();
		assertThat(document.replyCode().participantId()).isEqualTo(17);
		assertThat(document.replyCode().reference()).isEqualTo("ECS-P-17");
	}

	@Test
	void shouldFaxWhatEcsWroteInTheRecipientsLanguageAndWhatPeopleWroteAsIs() {
		this.messages.addMessage("notice.document.new.subject", Locale.FRENCH, "Nouveau document : {0}");
		this.messages.addMessage("notice.document.new.body", Locale.FRENCH, "{0}\n{2}\nLangues disponibles : {3}");
		this.messages.addMessage("notice.document.new.subject", Locale.ENGLISH, "New document: {0}");
		this.messages.addMessage("notice.document.new.body", Locale.ENGLISH, "{0}\n{2}\nLanguages available: {3}");
		UUID id = UUID.randomUUID();
		given(this.notices.find(id)).willReturn(
				Optional.of(new Notice(id, NoticeKind.MESSAGE, 4, "Sam Secretariat", null, "New document: CTBT/PC-61/1",
						"English", List.of(Addressee.everyone()), Instant.now(), null, null)));
		Notification document = new Notification(8, 17, "MESSAGE", Notification.noticeKey(id), null,
				"New document: CTBT/PC-61/1", "CTBT/PC-61/1\nBudget\nLanguages available: en, fr",
				Instant.parse("2026-11-25T10:00:00Z"), null,
				Wording.of("document.new", "CTBT/PC-61/1", Wording.language("fr"), "Budget", "en, fr", "https://x"));
		var french = FaxFixtures.expert(17, NUMBER);
		french = new org.ecs.core.participant.Participant(17, french.username(), french.displayName(), null, NUMBER,
				"KEN", "fr", french.level(), french.roles(), french.channels(), true);

		FaxContent content = notifier(FaxDocumentProperties.withReplyNumber("+43 1 1")).document(document, french)
			.contents()
			.get(0);
		FaxContent english = notifier(FaxDocumentProperties.withReplyNumber("+43 1 1"))
			.document(document, FaxFixtures.expert(17, NUMBER))
			.contents()
			.get(0);

		assertThat(content).isInstanceOfSatisfying(FaxContent.NetworkMessage.class, (m) -> {
			assertThat(m.subject()).isEqualTo("Nouveau document : CTBT/PC-61/1");
			assertThat(m.text()).isEqualTo("CTBT/PC-61/1\nBudget\nLangues disponibles : en, fr");
		});
		assertThat(english).isInstanceOfSatisfying(FaxContent.NetworkMessage.class,
				(m) -> assertThat(m.subject()).isEqualTo("New document: CTBT/PC-61/1"));
	}

	@Test
	void shouldFaxAnAnnouncementWithAReplySheetForTheNewDiscussion() {
		UUID id = UUID.randomUUID();
		given(this.notices.find(id)).willReturn(
				Optional.of(new Notice(id, NoticeKind.ANNOUNCEMENT, 5, "Alice", 42L, "New discussion: Discussion 42",
						"Alice launched a discussion.", List.of(Addressee.discussion(42)), Instant.now(), null, null)));
		Notification announcement = new Notification(9, 17, "ANNOUNCEMENT", Notification.noticeKey(id), 42L,
				"New discussion: Discussion 42", "Alice launched a discussion.", Instant.parse("2026-11-25T10:00:00Z"),
				null);

		FaxDocument document = notifier(FaxDocumentProperties.withReplyNumber("+43 1 1")).document(announcement,
				FaxFixtures.expert(17, NUMBER));

		assertThat(document.contents()).singleElement()
			.isInstanceOfSatisfying(FaxContent.Announcement.class, (a) -> assertThat(a.author()).isEqualTo("Alice"));
		assertThat(document.deadline()).isPresent();
		assertThat(document.replyCode().discussionId()).isEqualTo(42);
		assertThat(document.replyCode().reference()).isEqualTo("ECS-D-42 / P-17");
	}

	@Test
	void shouldRecordAndRethrowWhenFontsAreMissingSoTheBrokerRetriesThenDeadLetters() {
		FaxNotifier notifier = notifier(new FaxDocumentProperties("+43 1 1", null,
				List.of(new FaxFont(Path.of("/nonexistent/x.ttf"), "X", 400, "fonts-x")), null, 0));

		assertThatThrownBy(() -> notifier.send(new OutboundDelivery(7, 17, Channel.FAX), 1))
			.isInstanceOf(FaxRendering.FaxUnavailableException.class);
		verify(this.notifications).recordRetry(eq(7L), eq(Channel.FAX),
				org.mockito.ArgumentMatchers.contains("fonts-x"), any(java.time.Instant.class));
		verify(this.sender, never()).send(any(MimeMessage.class));

		// the broker's last attempt: failed for good, and the broker dead-letters it
		assertThatThrownBy(() -> notifier.send(new OutboundDelivery(7, 17, Channel.FAX), 25))
			.isInstanceOf(FaxRendering.FaxUnavailableException.class);
		verify(this.notifications).recordAttempt(eq(7L), eq(Channel.FAX), eq(DeliveryStatus.FAILED),
				org.mockito.ArgumentMatchers.contains("fonts-x"));
	}

	@Test
	void shouldNotFaxAgainWhatWasSent() throws Exception {
		given(this.notifications.delivery(7, Channel.FAX))
			.willReturn(Optional.of(new DeliveryRecord(7, Channel.FAX, DeliveryStatus.SENT, 1, null, Instant.now())));

		notifier(FaxDocumentProperties.withReplyNumber("+43 1 1")).send(new OutboundDelivery(7, 17, Channel.FAX), 1);

		verify(this.sender, never()).send(any(MimeMessage.class));
		verify(this.notifications, never()).recordAttempt(anyLong(), any(), any(), isNull());
	}

	private FaxNotifier notifier(FaxDocumentProperties properties) {
		return new FaxNotifier(this.notifications, this.participants, this.discussions, this.comments,
				new FaxRendering(properties), this.outbound, FaxReplySheetKey.of("", true), this.sender,
				FaxRecognitionTest.SETTINGS, this.notices,
				new org.ecs.routes.messaging.DeliveryRetries(this.notifications,
						org.ecs.routes.messaging.RetrySettings.defaults(), java.time.Clock.systemUTC()),
				this.messages);
	}

}
