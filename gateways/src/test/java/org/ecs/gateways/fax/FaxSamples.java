package org.ecs.gateways.fax;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/** Fax documents in the six languages a fax must carry, for the renderer's tests. */
final class FaxSamples {

	static final byte[] KEY = "reply-sheet-test-key-32-bytes!!!".getBytes(StandardCharsets.US_ASCII);

	static final String ENGLISH = "The working group reviews the verification annex.";

	static final String FRENCH = "Le groupe de travail examine l'annexe sur la vérification, élément clé.";

	static final String SPANISH = "El grupo de trabajo examina el anexo; añadir comentarios mañana.";

	static final String RUSSIAN = "Рабочая группа рассматривает приложение о проверке.";

	static final String ARABIC = "يستعرض الفريق العامل مرفق التحقق";

	static final String CHINESE = "工作组审议核查附件";

	static final ZoneId GENEVA = ZoneId.of("Europe/Zurich");

	private FaxSamples() {
	}

	static FaxDocument multilingualComment() {
		ZonedDateTime posted = ZonedDateTime.of(2026, 11, 25, 10, 30, 0, 0, GENEVA);
		return new FaxDocument("Verification annex: seismic stations", Optional.of(posted.plusDays(7)),
				"Dr. Amina Haddad",
				List.of(new FaxContent.Comment("Élodie Müller", posted,
						String.join("\n\n", ENGLISH, FRENCH, SPANISH, RUSSIAN, ARABIC, CHINESE))),
				ReplySheetCode.issue(42, 17, KEY));
	}

	static FaxDocument longAnnouncement(int paragraphs) {
		ZonedDateTime published = ZonedDateTime.of(2026, 11, 20, 9, 0, 0, 0, GENEVA);
		StringBuilder text = new StringBuilder();
		for (int i = 1; i <= paragraphs; i++) {
			text.append("Paragraph ").append(i).append(". ").append(ENGLISH).append(' ').append(FRENCH).append("\n\n");
		}
		return new FaxDocument("Preparatory meeting", Optional.of(published.plusDays(14)), "Experts", List
			.of(new FaxContent.Announcement("Call for comments", "Technical Secretariat", published, text.toString())),
				ReplySheetCode.issue(7, 3, KEY));
	}

}
