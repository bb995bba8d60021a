package org.ecs.core.document;

import java.util.List;

import org.apache.tika.config.TikaConfig;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentSymbolTest {

	@Test
	void shouldReadBodySessionAndNumber() {
		DocumentSymbol s = DocumentSymbol.parse("CTBT/PC-61/1").orElseThrow();
		assertThat(s.symbol()).isEqualTo("CTBT/PC-61/1");
		assertThat(s.series()).isEqualTo("CTBT");
		assertThat(s.body()).isEqualTo("PC");
		assertThat(s.session()).isEqualTo("61");
		assertThat(s.kind()).isNull();
		assertThat(s.number()).isEqualTo("1");
		assertThat(s.parent()).isEmpty();
		assertThat(s.impliedType()).isEqualTo(DocumentType.OFFICIAL);
	}

	@Test
	void shouldReadAConferenceRoomPaper() {
		DocumentSymbol s = DocumentSymbol.parse("CTBT/WGB-60/CRP.3").orElseThrow();
		assertThat(s.body()).isEqualTo("WGB");
		assertThat(s.session()).isEqualTo("60");
		assertThat(s.kind()).isEqualTo("CRP");
		assertThat(s.number()).isEqualTo("3");
		assertThat(s.impliedType()).isEqualTo(DocumentType.CONFERENCE_ROOM_PAPER);
	}

	@Test
	void shouldLinkARevisionToItsParentWhateverTheCaseTyped() {
		DocumentSymbol s = DocumentSymbol.parse(" ctbt / pts / inf.1234 / REV.1 ").orElseThrow();
		assertThat(s.symbol()).isEqualTo("CTBT/PTS/INF.1234/Rev.1");
		assertThat(s.body()).isEqualTo("PTS");
		assertThat(s.session()).isNull();
		assertThat(s.kind()).isEqualTo("INF");
		assertThat(s.number()).isEqualTo("1234");
		assertThat(s.suffix()).contains("Rev.1");
		assertThat(s.parent()).contains("CTBT/PTS/INF.1234");
		assertThat(s.impliedType()).isEqualTo(DocumentType.INFORMATION_NOTE);
	}

	@Test
	void shouldChainSuffixes() {
		DocumentSymbol s = DocumentSymbol.parse("CTBT/PC-61/1/Rev.2/Corr.1").orElseThrow();
		assertThat(s.suffixes()).isEqualTo(List.of("Rev.2", "Corr.1"));
		assertThat(s.parent()).contains("CTBT/PC-61/1/Rev.2");
		assertThat(DocumentSymbol.parse("CTBT/PC-61/1/Add.1").orElseThrow().parent()).contains("CTBT/PC-61/1");
	}

	@Test
	void shouldRefuseWhatIsNotASymbol() {
		assertThat(DocumentSymbol.parse(null)).isEmpty();
		assertThat(DocumentSymbol.parse("")).isEmpty();
		assertThat(DocumentSymbol.parse("CTBT")).isEmpty();
		assertThat(DocumentSymbol.parse("CTBT//1")).isEmpty();
		assertThat(DocumentSymbol.parse("CTBT/PC-61/<script>")).isEmpty();
		assertThat(DocumentSymbol.parse("CTBT/PC-61/Rev.1/1")).isEmpty();
		assertThat(DocumentSymbol.parse("CTBT/" + "A".repeat(120))).isEmpty();
		assertThat(DocumentSymbol.parse("../../etc/passwd")).isEmpty();
		assertThat(DocumentSymbol.parse("and/or")).isEmpty();
	}

	@Test
	void shouldOfferTheReadersLanguageFirst() {
		assertThat(DocumentLanguage.preferredFirst("ru")).containsExactly("ru", "ar", "zh", "en", "fr", "es");
		assertThat(DocumentLanguage.preferredFirst("de")).isEqualTo(DocumentLanguage.ALL);
		assertThat(DocumentLanguage.parse("EN-gb")).contains("en");
		assertThat(DocumentLanguage.parse("de")).isEmpty();
	}

	@Test
	void shouldTellFormatsByTheirBytesNotTheirName() {
		byte[] pdf = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n".getBytes();
		DocumentFormats formats = new DocumentFormats(TikaConfig.getDefaultConfig());
		assertThat(formats.accepted(pdf, "paper.pdf")).contains("application/pdf");
		byte[] exe = new byte[] { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xff, (byte) 0xff };
		assertThat(formats.accepted(exe, "paper.pdf")).isEmpty();
		assertThat(DocumentFormats.safeFileName("../../x\"y;.pdf", "application/pdf")).isEqualTo("x_y_.pdf");
		assertThat(DocumentFormats.safeFileName(".htaccess", "application/pdf")).isEqualTo("document.pdf");
	}

}
