package org.ecs.gateways.mail;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Properties;

import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import org.ecs.gateways.mail.NotificationMailComposer.Comment;
import org.ecs.gateways.mail.NotificationMailComposer.Discussion;
import org.ecs.gateways.mail.NotificationMailComposer.Notification;
import org.ecs.gateways.mail.NotificationMailComposer.Recipient;

import static org.assertj.core.api.Assertions.assertThat;

class NotificationMailComposerTest {

	static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);

	static final MessageIds IDS = new MessageIds("a test key of thirty-two bytes or more".getBytes(), "ecs.org");

	static NotificationMailComposer composer(Session session) throws Exception {
		return new NotificationMailComposer(session, new InternetAddress("notify@ecs.org", "ECS"), IDS,
				ZoneId.of("Europe/Vienna"), CLOCK);
	}

	static Notification notification(Locale language, String text) {
		return new Notification(new Recipient("Ann Expert", "ann@state.example", language),
				new Discussion(42, "Draft report on verification", Instant.parse("2026-12-01T17:00:00Z")),
				new Comment("Bob <Chair>", text, Instant.parse("2026-11-25T09:00:00Z")), 1001, "reply+tok@ecs.org",
				"bounce+vtok@ecs.org", "<d-42.ecs.org>", "https://ecs.org", null);
	}

	private static String raw(MimeMessage message) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		message.writeTo(out);
		return out.toString(java.nio.charset.StandardCharsets.UTF_8);
	}

	@Test
	void shouldThreadPerDiscussionAndSuppressAutoRepliesWhenComposed() throws Exception {
		MimeMessage message = composer(Session.getInstance(new Properties()))
			.compose(notification(Locale.ENGLISH, "See para 3"));
		assertThat(message.getMessageID()).isEqualTo(IDS.notification(1001)).matches("<n-1001\\.[0-9a-f]{32}@ecs.org>");
		assertThat(message.getHeader("In-Reply-To", null)).isEqualTo(IDS.discussionRoot(42));
		assertThat(message.getHeader("References", null)).isEqualTo(IDS.discussionRoot(42));
		assertThat(message.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
		assertThat(message.getHeader("X-Auto-Response-Suppress", null)).isEqualTo("All");
		assertThat(message.getHeader("Thread-Index", null)).hasSize(36);
		assertThat(message.getReplyTo()[0].toString()).isEqualTo("reply+tok@ecs.org");
		assertThat(message.getSubject()).isEqualTo("[ECS] Draft report on verification");
		assertThat(((org.eclipse.angus.mail.smtp.SMTPMessage) message).getEnvelopeFrom())
			.isEqualTo("bounce+vtok@ecs.org");
	}

	@Test
	void shouldEscapeCommentWhenItContainsHtml() throws Exception {
		InboundMail parsed = new MimeMailParser().parse(raw(composer(Session.getInstance(new Properties()))
			.compose(notification(Locale.ENGLISH, "<script>alert(1)</script> & more")))
			.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(parsed.html()).contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; more")
			.doesNotContain("<script>");
		assertThat(parsed.text()).contains("<script>alert(1)</script> & more").contains("Bob <Chair>");
	}

	@Test
	void shouldWriteRightToLeftArabicAndFallBackToEnglishWhenLanguageIsUnknown() throws Exception {
		NotificationMailComposer composer = composer(Session.getInstance(new Properties()));
		InboundMail arabic = new MimeMailParser()
			.parse(raw(composer.compose(notification(Locale.forLanguageTag("ar"), "نص")))
				.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(arabic.html()).contains("dir=\"rtl\"").contains("علّق");
		InboundMail fallback = new MimeMailParser()
			.parse(raw(composer.compose(notification(Locale.forLanguageTag("sw"), "x")))
				.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(fallback.text()).contains("commented on");
		InboundMail chinese = new MimeMailParser().parse(raw(composer.compose(notification(Locale.CHINESE, "x")))
			.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(chinese.text()).contains("发表了评论");
	}

}
