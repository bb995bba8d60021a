package org.ecs.gateways.mail;

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

import org.ecs.gateways.mail.RejectionMailComposer.Reason;
import org.ecs.gateways.mail.RejectionMailComposer.Rejection;

import static org.assertj.core.api.Assertions.assertThat;

class RejectionMailComposerTest {

	private final RejectionMailComposer composer;

	RejectionMailComposerTest() throws Exception {
		this.composer = new RejectionMailComposer(Session.getInstance(new Properties()),
				new InternetAddress("notify@ecs.org"), NotificationMailComposerTest.IDS, ZoneId.of("UTC"),
				Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC));
	}

	private static InboundMail original() {
		return new MimeMailParser().parse(("Message-ID: <m1@state.example>\r\nReferences: <d-42@ecs.org>\r\n"
				+ "From: Ann <ann@state.example>\r\nSubject: Re: [ECS] Draft\r\n\r\nlate\r\n")
			.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void shouldAnswerTheirMailAndSayWhyWhenDiscussionIsClosed() throws Exception {
		MimeMessage message = this.composer.compose(new Rejection(original(), Reason.DISCUSSION_CLOSED, Locale.ENGLISH,
				"Draft", Instant.parse("2026-11-20T17:00:00Z"), List.of()));
		assertThat(message.getHeader("In-Reply-To", null)).isEqualTo("<m1@state.example>");
		assertThat(message.getHeader("References", null)).isEqualTo("<d-42@ecs.org> <m1@state.example>");
		assertThat(message.getHeader("Auto-Submitted", null)).isEqualTo("auto-replied");
		assertThat(message.getAllRecipients()[0].toString()).contains("ann@state.example");
		assertThat((String) message.getContent()).contains("\"Draft\" closed on").contains("stays readable");
	}

	@Test
	void shouldExplainEveryReasonInFrenchWhenAsked() throws Exception {
		for (Reason reason : Reason.values()) {
			MimeMessage message = this.composer
				.compose(new Rejection(original(), reason, Locale.FRENCH, "Projet", null, List.of("x.exe")));
			assertThat((String) message.getContent()).startsWith("Bonjour").doesNotContain("{");
		}
	}

	@Test
	void shouldExplainEveryReasonInEachUnLanguageWhenAsked() throws Exception {
		java.util.Map<String, String> greetings = java.util.Map.of("es", "Buenos días", "ru", "Здравствуйте", "ar",
				"مرحبًا", "zh", "您好");
		for (var language : greetings.entrySet()) {
			for (Reason reason : Reason.values()) {
				MimeMessage message = this.composer.compose(new Rejection(original(), reason,
						Locale.forLanguageTag(language.getKey()), "Projet", null, List.of("x.exe")));
				assertThat((String) message.getContent()).as(language.getKey() + " " + reason)
					.startsWith(language.getValue())
					.doesNotContain("{");
			}
		}
	}

}
