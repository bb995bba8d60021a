package org.ecs.web.inbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;

import org.ecs.core.discussion.DiscussionAccess.Refusal;
import org.ecs.core.notification.Notification;
import org.ecs.core.notification.Wording;
import org.ecs.web.i18n.Bundles;
import org.ecs.web.i18n.Languages;
import org.ecs.web.inbox.NotificationWording.Worded;
import org.junit.jupiter.api.Test;

import org.springframework.context.MessageSource;
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

	@Test
	void shouldWordEveryNoticeEcsWritesInEveryLanguageFromItsStoredWording() {
		MessageSource icu = Bundles.messages();
		for (String key : Wording.KEYS) {
			for (String language : Languages.names().keySet()) {
				Locale locale = Locale.forLanguageTag(language);
				Wording.Worded worded = Wording.of(key, "A1", "A2", "A3", "A4", "A5", "A6", "A7").in(icu, locale);
				assertThat(worded.subject()).as(key + " in " + language).isNotBlank().doesNotContain("notice.", "{");
				assertThat(worded.body()).as(key + " in " + language).doesNotContain("notice.", "{");
			}
		}
	}

	@Test
	void shouldWordACertificateReminderInTheReadersLanguageNotTheLanguageItWasMadeIn() {
		Wording reminder = Wording.of("certificate.renewal", "2027-01-02 10:00 UTC",
				"https://ecs.example.org/settings/certificate");
		MessageSource icu = Bundles.messages();

		Wording.Worded french = Wording.fromJson(reminder.toJson()).orElseThrow().in(icu, Locale.FRENCH);
		Wording.Worded english = reminder.in(icu, Locale.ENGLISH);

		assertThat(french.subject()).isEqualTo("Votre certificat ECS expire bientôt");
		assertThat(french.body()).startsWith("Votre certificat client ECS est valable jusqu’au 2027-01-02 10:00 UTC.")
			.contains("https://ecs.example.org/settings/certificate");
		assertThat(english.subject()).isEqualTo("Your ECS certificate runs out soon");
	}

	@Test
	void shouldWordADocumentNoticeInTheReadersLanguageFromItsArgumentsNotItsStoredEnglish() {
		Wording wording = Wording.of("document.language", "CTBT/PC-61/1", Wording.language("fr"),
				"Programme and budget", "en, fr", "https://ecs.example.org/documents/3");
		Notification n = new Notification(7, 1, "MESSAGE", "notice:x", null,
				"New language version (French): CTBT/PC-61/1", "stored", NOW, null,
				Wording.fromJson(wording.toJson()).orElseThrow());
		MessageSource icu = Bundles.messages();

		Worded french = NotificationWording.of(n, icu, Locale.FRENCH);
		Worded arabic = NotificationWording.of(n, icu, Locale.forLanguageTag("ar"));
		Worded english = NotificationWording.of(n, icu, Locale.ENGLISH);

		assertThat(french.subject()).isEqualTo("Nouvelle version linguistique (Français) : CTBT/PC-61/1");
		assertThat(french.body()).isEqualTo(
				"CTBT/PC-61/1\nProgramme and budget\nLangues disponibles : en, fr\n\nhttps://ecs.example.org/documents/3");
		assertThat(arabic.subject()).startsWith("نسخة لغوية جديدة (").endsWith("): CTBT/PC-61/1");
		assertThat(english.subject()).as("the English wording says what was stored")
			.isEqualTo("New language version (French): CTBT/PC-61/1");
	}

	@Test
	void shouldWordARejectedDocumentAndAnAnnouncementWithTheirTranslatedParts() {
		MessageSource icu = Bundles.messages();
		Wording rejected = Wording.of("document.rejected", "CTBT/WGB-60/WP.8", Wording.language("en"), "Report",
				"report.pdf", "Not a paper of this working group.", "https://x/documents/8");
		Wording announcement = Wording
			.of("announcement", "Noble gas", "Alice Full", Wording.key("notice.on.PAPER", "CTBT/PC-61/1"), "Cora",
					Wording.time(java.time.LocalDateTime.parse("2026-12-12T17:00")))
			.withTail("Please comment on section 2.");

		Wording.Worded french = Wording.fromJson(rejected.toJson()).orElseThrow().in(icu, Locale.FRENCH);
		Wording.Worded spanish = Wording.fromJson(announcement.toJson())
			.orElseThrow()
			.in(icu, Locale.forLanguageTag("es"));

		assertThat(french.subject()).isEqualTo("Non publié : CTBT/WGB-60/WP.8 (Anglais)");
		assertThat(french.body()).contains("Fichier : report.pdf (Anglais)",
				"Motif : Not a paper of this working group.", "Le fichier est conservé pour le secrétariat");
		assertThat(spanish.subject()).isEqualTo("Nuevo debate: Noble gas");
		assertThat(spanish.body())
			.startsWith("Alice Full abrió un debate sobre el documento CTBT/PC-61/1: «Noble gas».")
			.contains("Coordinación: Cora.", "diciembre de 2026")
			.endsWith("\n\nPlease comment on section 2.");
	}

	@Test
	void shouldWordTheEditNoticeInThePagesLanguageNotTheOneSavedWhenItWasWritten() {
		Notification n = new Notification(7, 1, Notification.CONTRIBUTION_EDITED, "edited:4", 3L,
				"Votre commentaire dans « Draft » a été modifié avant publication", "stored in French", NOW, null,
				Wording.of("edited", "Draft", "Cora Coordinator").withTail("The text."));

		Worded arabic = NotificationWording.of(n, Bundles.messages(), Locale.forLanguageTag("ar"));

		assertThat(arabic.subject()).isEqualTo("عُدّل تعليقك في «Draft» قبل نشره");
		assertThat(arabic.body()).startsWith("عدّل Cora Coordinator").endsWith("النص كما نُشر:\n\nThe text.");
	}

	@Test
	void shouldWordEcsOwnRefusalOfAContributionAndKeepACoordinatorsReason() {
		Wording own = Wording.of("rejected", "Draft", Wording.key("refusal.CLOSED")).withTail("my words");
		Wording coordinators = Wording.of("rejected", "Draft", "Hors sujet").withTail("my words");

		Wording.Worded russian = own.in(Bundles.messages(), Locale.forLanguageTag("ru"));
		Wording.Worded french = coordinators.in(Bundles.messages(), Locale.FRENCH);

		assertThat(russian.subject()).isEqualTo("Ваш вклад в обсуждение «Draft» не опубликован");
		assertThat(russian.body())
			.startsWith("Причина: " + this.messages.getMessage("refusal.CLOSED", null, Locale.forLanguageTag("ru")))
			.endsWith("Ваш текст:\n\nmy words");
		assertThat(french.body()).isEqualTo("Motif : Hors sujet\n\nVotre texte :\n\nmy words");
	}

	@Test
	void shouldShowAsStoredARowWhoseWordingThisVersionCannotRead() {
		assertThat(Wording.fromJson("{\"key\":\"something.new\",\"args\":[]}")).isEmpty();
		assertThat(Wording.fromJson("not json")).isEmpty();
		assertThat(Wording.fromJson(null)).isEmpty();
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
