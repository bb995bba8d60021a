package org.ecs.web.inbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;

import org.ecs.core.discussion.DiscussionAccess.Refusal;
import org.ecs.core.notification.Notification;
import org.ecs.web.inbox.NotificationWording.Worded;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class NotificationWordingTest {

	private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

	private final ResourceBundleMessageSource messages = messages();

	@Test
	void shouldWordANewCommentInTheReadersLanguageWhenStoredInEnglish() {
		Notification n = notification("COMMENT_PUBLISHED", "New comment in \"Draft \"B\" guidelines\"",
				"Bruno Full wrote:\n\nWe agree.\nWith one change.");

		Worded french = NotificationWording.of(n, this.messages, Locale.FRENCH);
		Worded arabic = NotificationWording.of(n, this.messages, Locale.forLanguageTag("ar"));

		assertThat(french).isEqualTo(new Worded("Nouveau commentaire dans « Draft \"B\" guidelines »",
				"Bruno Full a écrit :\n\nWe agree.\nWith one change."));
		assertThat(arabic.subject()).isEqualTo("تعليق جديد في «Draft \"B\" guidelines»");
		assertThat(arabic.body()).startsWith("كتب Bruno Full:").endsWith("We agree.\nWith one change.");
	}

	@Test
	void shouldSayInEnglishWhatWasStoredWhenTheReaderReadsEnglish() {
		Notification comment = notification("COMMENT_PUBLISHED", "New comment in \"Draft\"", "Bruno wrote:\n\nhi");
		Notification rejected = notification("CONTRIBUTION_REJECTED",
				"Your contribution to \"Draft\" was not published", "Reason: Off topic\n\nYour text:\n\nmy words");

		assertThat(NotificationWording.of(comment, this.messages, Locale.ENGLISH))
			.isEqualTo(new Worded(comment.subject(), comment.body()));
		assertThat(NotificationWording.of(rejected, this.messages, Locale.ENGLISH))
			.isEqualTo(new Worded(rejected.subject(), rejected.body()));
	}

	@Test
	void shouldWordANotPublishedNoticeWithEcsOwnReasonTranslatedAndACoordinatorsAsWritten() {
		Notification own = notification("CONTRIBUTION_REJECTED", "Your contribution to \"Draft\" was not published",
				"Reason: " + Refusal.CLOSED.message() + "\n\nYour text:\n\nmy words");
		Notification coordinators = notification("CONTRIBUTION_REJECTED",
				"Your contribution to \"Draft\" was not published", "Reason: Hors sujet\n\nYour text:\n\nmy words");

		Worded spanish = NotificationWording.of(own, this.messages, Locale.forLanguageTag("es"));
		Worded french = NotificationWording.of(coordinators, this.messages, Locale.FRENCH);

		assertThat(spanish.subject()).isEqualTo("Su contribución a «Draft» no se publicó");
		assertThat(spanish.body())
			.startsWith("Motivo: " + this.messages.getMessage("refusal.CLOSED", null, Locale.forLanguageTag("es")))
			.doesNotContain(Refusal.CLOSED.message())
			.endsWith("Su texto:\n\nmy words");
		assertThat(french.body()).isEqualTo("Motif : Hors sujet\n\nVotre texte :\n\nmy words");
	}

	@Test
	void shouldShowAsStoredWhatItCannotWordAgain() {
		Notification older = notification("COMMENT_PUBLISHED", "Comment on Draft", "Bruno: hi");
		Notification message = notification("MESSAGE", "New comment in \"Draft\"", "Bruno wrote:\n\nhi");

		assertThat(NotificationWording.of(older, this.messages, Locale.FRENCH))
			.isEqualTo(new Worded(older.subject(), older.body()));
		assertThat(NotificationWording.of(message, this.messages, Locale.FRENCH))
			.as("a person's own message is theirs, whatever it says")
			.isEqualTo(new Worded(message.subject(), message.body()));
	}

	private static Notification notification(String kind, String subject, String body) {
		return new Notification(7, 1, kind, "comment:1", 3L, subject, body, NOW, null);
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("i18n/messages");
		messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
