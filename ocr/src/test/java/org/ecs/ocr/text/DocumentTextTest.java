package org.ecs.ocr.text;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.parser.CompositeParser;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.external.CompositeExternalParser;
import org.apache.tika.parser.ocr.TesseractOCRParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DocumentTextTest {

	private static final TikaConfig TIKA = DocumentText.configuration();

	private final DocumentText documents = new DocumentText(TIKA);

	@AfterEach
	void close() {
		this.documents.close();
	}

	@Test
	void shouldDetectTypeFromBytesWhenNameIsMissingOrWrong() throws Exception {
		byte[] png = png();

		assertThat(this.documents.detect(png, null)).isEqualTo("image/png");
		assertThat(this.documents.detect(png, "reply.pdf")).isEqualTo("image/png");
		assertThat(this.documents.detect(pdf("Hello"), null)).isEqualTo("application/pdf");
		assertThat(this.documents.detect(new byte[] { 'I', 'I', 42, 0, 8, 0, 0, 0 }, null)).isEqualTo("image/tiff");
	}

	@Test
	void shouldExtractTextLayerWhenDocumentIsPdf() throws Exception {
		ExtractedText text = this.documents.extract(pdf("The delegation supports option B"), "comments.pdf");

		assertThat(text.mediaType()).isEqualTo("application/pdf");
		assertThat(text.text()).contains("The delegation supports option B");
		assertThat(text.truncated()).isFalse();
	}

	@Test
	void shouldExtractVisibleTextWhenDocumentIsHtml() throws Exception {
		byte[] html = "<html><head><title>t</title><script>var x = 1;</script></head><body><p>Bonjour &agrave; tous</p></body></html>"
			.getBytes(StandardCharsets.UTF_8);

		ExtractedText text = this.documents.extract(html, "note.html");

		assertThat(text.mediaType()).isEqualTo("text/html");
		assertThat(text.text()).contains("Bonjour à tous").doesNotContain("var x");
	}

	@Test
	void shouldLeaveImagesToOurOcrWhenDocumentIsAnImage() throws Exception {
		ExtractedText text = this.documents.extract(png(), "page.png");

		assertThat(text.mediaType()).isEqualTo("image/png");
		assertThat(text.isBlank()).isTrue();
	}

	@Test
	void shouldLeaveOutParsersThatRunProgramsWhenConfigurationIsMade() {
		List<String> parsers = new ArrayList<>();
		names(TIKA.getParser(), parsers);

		assertThat(parsers)
			.contains("org.apache.tika.parser.pdf.PDFParser", "org.apache.tika.parser.microsoft.ooxml.OOXMLParser")
			.doesNotContain(TesseractOCRParser.class.getName(), CompositeExternalParser.class.getName());
	}

	@Test
	void shouldTruncateTextWhenItExceedsCharacterLimit() throws Exception {
		try (DocumentText small = new DocumentText(TIKA,
				new DocumentText.Limits(1_000_000, 20, Duration.ofSeconds(30)))) {
			ExtractedText text = small.extract("word ".repeat(100).getBytes(StandardCharsets.UTF_8), "a.txt");

			assertThat(text.truncated()).isTrue();
			assertThat(text.text().length()).isLessThanOrEqualTo(20);
		}
	}

	@Test
	void shouldRefuseDocumentWhenItExceedsByteLimit() {
		try (DocumentText small = new DocumentText(TIKA, new DocumentText.Limits(10, 1000, Duration.ofSeconds(30)))) {
			assertThatExceptionOfType(TextExtractionException.class)
				.isThrownBy(() -> small.extract(new byte[11], "big.bin"))
				.withMessageContaining("limit");
		}
	}

	@Test
	void shouldFailCleanlyWhenPdfIsCorrupt() {
		byte[] broken = "%PDF-1.4\n1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj trailer <</Root 1 0 R>>"
			.getBytes(StandardCharsets.US_ASCII);

		assertThatExceptionOfType(TextExtractionException.class)
			.isThrownBy(() -> this.documents.extract(broken, "broken.pdf"));
	}

	private static void names(Parser parser, List<String> names) {
		names.add(parser.getClass().getName());
		if (parser instanceof CompositeParser composite) {
			composite.getAllComponentParsers().forEach((inner) -> names(inner, names));
		}
	}

	private static byte[] png() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(20, 20, BufferedImage.TYPE_BYTE_GRAY), "png", out);
		return out.toByteArray();
	}

	static byte[] pdf(String line) throws IOException {
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
				content.newLineAtOffset(72, 700);
				content.showText(line);
				content.endText();
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
	}

}
