package org.ecs.gateways.mail;

import java.time.Instant;
import java.util.Locale;
import java.util.Properties;

import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.ecs.gateways.mail.NoticeMailComposer.Kind;
import org.ecs.gateways.mail.NoticeMailComposer.Notice;
import org.ecs.gateways.mail.NotificationMailComposer.Discussion;
import org.ecs.gateways.mail.NotificationMailComposer.Recipient;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NoticeMailComposerTest {

	static final Discussion DISCUSSION = new Discussion(42, "Draft report on verification",
			Instant.parse("2026-12-01T17:00:00Z"));

	final NoticeMailComposer composer = composer();

	@Test
	void shouldInviteToReplyToAnAnnouncementThreadedWithTheDiscussion() throws Exception {
		MimeMessage m = this.composer.compose(new Notice(Kind.ANNOUNCEMENT, recipient(Locale.FRENCH), "Alice Expert",
				"New discussion", "Comments on the draft are invited.", null, DISCUSSION, Instant.now(), 7,
				"ecs+tok@ecs.org", "bounce+v@ecs.org", "<d-42.ecs.org>", "https://ecs.org/discussions/42", null));

		assertThat(m.getSubject()).isEqualTo("[ECS] Nouvelle discussion : Draft report on verification");
		assertThat(m.getMessageID()).isEqualTo(NotificationMailComposerTest.IDS.notification(7));
		assertThat(m.getHeader("In-Reply-To", null)).isEqualTo(NotificationMailComposerTest.IDS.discussionRoot(42));
		assertThat(m.getReplyTo()[0].toString()).isEqualTo("ecs+tok@ecs.org");
		assertThat(m.getHeader("Content-Language", null)).isEqualTo("fr");
		String text = part(m, 0);
		assertThat(text).startsWith(ReplyTrimmer.REPLY_ABOVE_MARKER)
			.contains("Alice Expert a lancé une discussion dans ECS")
			.contains("Comments on the draft are invited.")
			.contains("Les contributions sont acceptées jusqu'au");
	}

	@Test
	void shouldSayAMessageIsAnsweredInEcsNotByReplying() throws Exception {
		MimeMessage m = this.composer.compose(new Notice(Kind.MESSAGE, recipient(Locale.forLanguageTag("ar")),
				"Sam <Secretariat>", "Room change", "Meet in room C.", null, null, Instant.now(), 8, null, null, null,
				"https://ecs.org/messages/new?to=person:4", null));

		assertThat(m.getSubject()).isEqualTo("[ECS] Room change");
		assertThat(m.getReplyTo()[0].toString()).isEqualTo("ECS <notify@ecs.org>");
		assertThat(m.getHeader("In-Reply-To")).isNull();
		assertThat(part(m, 0)).contains("أرسل إليك Sam <Secretariat> رسالة").contains("Meet in room C.");
		assertThat(part(m, 1)).contains("dir=\"rtl\"")
			.contains("Sam &lt;Secretariat&gt;")
			.doesNotContain("<Secretariat>");
	}

	@Test
	void shouldGiveTheReasonAndTheAuthorsOwnTextWhenNotPublished() throws Exception {
		MimeMessage m = this.composer.compose(new Notice(Kind.NOT_PUBLISHED, recipient(Locale.forLanguageTag("zh")),
				"ECS", "x", "我们同意第三段。", "Off topic", DISCUSSION, Instant.now(), 9, null, null, "<d-42.ecs.org>",
				"https://ecs.org/discussions/42", null));

		assertThat(m.getSubject()).isEqualTo("[ECS] 未发布：Draft report on verification");
		assertThat(part(m, 0)).contains("给出的理由：Off topic").contains("我们同意第三段。");
	}

	private static Recipient recipient(Locale language) {
		return new Recipient("Ann Expert", "ann@state.example", language);
	}

	private static String part(MimeMessage m, int index) throws Exception {
		return ((Multipart) m.getContent()).getBodyPart(index).getContent().toString();
	}

	private static NoticeMailComposer composer() {
		try {
			return new NoticeMailComposer(NotificationMailComposerTest.composer(Session.getInstance(new Properties())));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
