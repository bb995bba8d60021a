package org.ecs.ocr.reading;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.ecs.ocr.cleanup.PageCleanup;
import org.ecs.ocr.code.ReplyCodes;
import org.ecs.ocr.page.PageImageReader;
import org.ecs.ocr.tesseract.OcrEngine;
import org.ecs.ocr.tesseract.OcrProgressListener;
import org.ecs.ocr.text.DocumentText;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DocumentReaderIT {

	private static final String COMMENT = "We support the proposal in paragraph 4";

	private static final String CODE = "ECS-D-31;R-9";

	private static DocumentText documents;

	private static OcrEngine ocr;

	private static DocumentReader reader;

	@BeforeAll
	static void start() {
		documents = new DocumentText(DocumentText.configuration());
		ocr = new OcrEngine();
		reader = new DocumentReader(documents, new PageImageReader(), new PageCleanup(), ocr, new ReplyCodes());
	}

	@AfterAll
	static void stop() {
		ocr.close();
		documents.close();
	}

	@Test
	void shouldReadTextAndReplyCodeWhenFaxHasCommentPageAndReplySheet() throws Exception {
		byte[] fax = tiff(List.of(typed(COMMENT, null), typed("Reply sheet", CODE)));
		List<Integer> progress = new java.util.concurrent.CopyOnWriteArrayList<>();

		ReadDocument read = reader.read(fax, "fax.tif", List.of("en"), (page, done, total) -> progress.add(done));

		assertThat(read.mediaType()).isEqualTo("image/tiff");
		assertThat(read.pages()).extracting(ReadPage::source).containsOnly(ReadPage.Source.OCR);
		assertThat(read.pages().get(0).text()).contains(COMMENT);
		assertThat(read.replyCode()).contains(CODE);
		assertThat(read.ocrConfidence()).get().satisfies((confidence) -> assertThat(confidence).isGreaterThan(70));
		assertThat(progress).containsExactlyInAnyOrder(1, 2);
	}

	@Test
	void shouldUseTextLayerAndOcrOnlyScannedPageWhenPdfMixesThem() throws Exception {
		byte[] pdf = pdf("Typed comment from the delegation", typed(COMMENT, null));

		ReadDocument read = reader.read(pdf, "reply.pdf", List.of("en"), OcrProgressListener.NONE);

		assertThat(read.pages()).extracting(ReadPage::source)
			.containsExactly(ReadPage.Source.TEXT_LAYER, ReadPage.Source.OCR);
		assertThat(read.text()).contains("Typed comment from the delegation").contains(COMMENT);
	}

	@Test
	void shouldExtractTextWhenFileIsADocument() throws Exception {
		byte[] html = "<html><body><p>Comment by mail</p></body></html>".getBytes(StandardCharsets.UTF_8);

		ReadDocument read = reader.read(html, "comment.html", List.of("en"), OcrProgressListener.NONE);

		assertThat(read.text()).isEqualTo("Comment by mail");
		assertThat(read.replyCode()).isEmpty();
	}

	@Test
	void shouldMarkPagesForTranscriptionAndStillFindCodeWhenOcrIsMissing(@TempDir Path empty) throws Exception {
		byte[] fax = tiff(List.of(typed(COMMENT, CODE)));
		try (OcrEngine missing = new OcrEngine(OcrEngine.Settings.defaults().withTessdata(empty))) {
			DocumentReader withoutOcr = new DocumentReader(documents, new PageImageReader(), new PageCleanup(), missing,
					new ReplyCodes());

			ReadDocument read = withoutOcr.read(fax, null, List.of("fr"), OcrProgressListener.NONE);

			assertThat(read.needsTranscription()).isTrue();
			assertThat(read.text()).isEmpty();
			assertThat(read.replyCode()).contains(CODE);
		}
	}

	@Test
	void shouldFailCleanlyWhenImageIsCorrupt() {
		byte[] broken = { 'I', 'I', 42, 0, 8, 0, 0, 0, 1, 2, 3 };

		assertThatExceptionOfType(DocumentReadException.class)
			.isThrownBy(() -> reader.read(broken, "fax.tif", List.of("en"), OcrProgressListener.NONE));
	}

	/** A typed A4 page at 200 dpi, with a reply code in the corner when one is given. */
	private static BufferedImage typed(String line, String code) {
		BufferedImage page = new BufferedImage(1654, 2339, BufferedImage.TYPE_BYTE_GRAY);
		Graphics2D g = page.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, page.getWidth(), page.getHeight());
		g.setColor(Color.BLACK);
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setFont(new Font(Font.SERIF, Font.PLAIN, 40));
		g.drawString(line, 150, 300);
		if (code != null) {
			g.drawImage(new ReplyCodes().encode(code, 240), 1250, 1950, null);
		}
		g.dispose();
		return page;
	}

	private static byte[] tiff(List<BufferedImage> pages) throws IOException {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
			writer.setOutput(out);
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionType("CCITT T.6");
			writer.prepareWriteSequence(null);
			for (BufferedImage page : pages) {
				BufferedImage bilevel = new BufferedImage(page.getWidth(), page.getHeight(),
						BufferedImage.TYPE_BYTE_BINARY);
				Graphics2D g = bilevel.createGraphics();
				g.drawImage(page, 0, 0, null);
				g.dispose();
				writer.writeToSequence(new IIOImage(bilevel, null, null), param);
			}
			writer.endWriteSequence();
		}
		finally {
			writer.dispose();
		}
		return bytes.toByteArray();
	}

	private static byte[] pdf(String typedLine, BufferedImage scan) throws IOException {
		try (PDDocument document = new PDDocument()) {
			PDPage typed = new PDPage(PDRectangle.A4);
			document.addPage(typed);
			try (PDPageContentStream content = new PDPageContentStream(document, typed)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
				content.newLineAtOffset(72, 700);
				content.showText(typedLine);
				content.endText();
			}
			PDPage scanned = new PDPage(PDRectangle.A4);
			document.addPage(scanned);
			try (PDPageContentStream content = new PDPageContentStream(document, scanned)) {
				content.drawImage(LosslessFactory.createFromImage(document, scan), 0, 0, PDRectangle.A4.getWidth(),
						PDRectangle.A4.getHeight());
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
	}

}
