package org.ecs.ocr.page;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PageImageReaderTest {

	private final PageImageReader reader = new PageImageReader();

	@Test
	void shouldReadPngWhenMediaTypeIsGiven() throws Exception {
		byte[] png = encode(page(850, 1100), "png");

		List<PageImage> pages = this.reader.read(png, "image/png");

		assertThat(pages).singleElement().satisfies((page) -> {
			assertThat(page.width()).isEqualTo(850);
			assertThat(page.number()).isEqualTo(1);
			assertThat(page.hasSquarePixels()).isTrue();
			// no resolution in the file: assumed to be as wide as a sheet of paper
			assertThat(page.xDpi()).isBetween(100, 105);
		});
	}

	@Test
	void shouldSniffJpegWhenMediaTypeIsUnknown() throws Exception {
		byte[] jpeg = encode(page(400, 500), "jpeg");

		assertThat(this.reader.read(jpeg, "application/octet-stream")).hasSize(1);
		assertThat(this.reader.read(jpeg, null)).hasSize(1);
	}

	@Test
	void shouldStretchPageWhenPixelsAreTwiceAsTallAsWide() {
		PageImage normalFax = new PageImage(1, page(1728, 1100), 204, 98);

		PageImage square = PageImageReader.squarePixels(normalFax);

		assertThat(square.width()).isEqualTo(1728);
		assertThat(square.height()).isEqualTo(Math.round(1100 * 204 / 98f));
		assertThat(square.xDpi()).isEqualTo(204);
		assertThat(square.yDpi()).isEqualTo(204);
	}

	@Test
	void shouldFailCleanlyWhenTiffIsTruncated() throws Exception {
		byte[] tiff = encode(page(300, 300), "tiff");
		byte[] truncated = Arrays.copyOf(tiff, 60);

		assertThatExceptionOfType(PageReadException.class).isThrownBy(() -> this.reader.read(truncated, "image/tiff"));
	}

	@Test
	void shouldFailCleanlyWhenTiffHeaderIsFollowedByGarbage() {
		byte[] garbage = new byte[4096];
		garbage[0] = 'I';
		garbage[1] = 'I';
		garbage[2] = 42;
		garbage[4] = 8;
		for (int i = 8; i < garbage.length; i++) {
			garbage[i] = (byte) (i * 31);
		}

		assertThatExceptionOfType(PageReadException.class).isThrownBy(() -> this.reader.read(garbage, "image/tiff"));
	}

	@Test
	void shouldFailCleanlyWhenBytesAreNotAnImage() {
		byte[] text = "Dear colleagues, please find my comments".getBytes(StandardCharsets.UTF_8);

		assertThatExceptionOfType(PageReadException.class).isThrownBy(() -> this.reader.read(text, null));
		assertThatExceptionOfType(PageReadException.class).isThrownBy(() -> this.reader.read(text, "text/plain"));
		assertThatExceptionOfType(PageReadException.class).isThrownBy(() -> this.reader.read(new byte[0], null));
	}

	@Test
	void shouldRefusePageWhenItHasTooManyPixels() throws Exception {
		byte[] png = encode(page(400, 500), "png");

		assertThatExceptionOfType(PageReadException.class)
			.isThrownBy(() -> new PageImageReader(10, 1000).read(png, "image/png"))
			.withMessageContaining("pixels");
	}

	@Test
	void shouldRenderOnlyPagesWithoutTextLayerWhenReadingPdf() throws Exception {
		byte[] pdf = pdfWithTextPageAndScannedPage();

		List<PdfPage> pages = this.reader.readPdf(pdf);

		assertThat(pages).hasSize(2);
		assertThat(pages.get(0).needsOcr()).isFalse();
		assertThat(pages.get(0).text()).contains("Comments on the draft agenda");
		assertThat(pages.get(1).needsOcr()).isTrue();
		assertThat(pages.get(1).scan()).get().satisfies((scan) -> {
			assertThat(scan.number()).isEqualTo(2);
			assertThat(scan.xDpi()).isEqualTo(PageImageReader.PDF_RENDER_DPI);
			assertThat(scan.width()).isBetween(1650, 1660);
		});
		assertThat(this.reader.read(pdf, "application/pdf")).extracting(PageImage::number).containsExactly(2);
	}

	@Test
	void shouldTrustTextLayerOnlyWhenItHoldsEnoughLettersOrDigits() {
		assertThat(PageImageReader.hasUsableText("")).isFalse();
		assertThat(PageImageReader.hasUsableText("  12 / . - ")).isFalse();
		assertThat(PageImageReader.hasUsableText("Comments on the draft agenda")).isTrue();
	}

	@Test
	void shouldFailCleanlyWhenPdfIsCorrupt() {
		byte[] pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage".getBytes(StandardCharsets.US_ASCII);

		assertThatExceptionOfType(PageReadException.class).isThrownBy(() -> this.reader.read(pdf, null));
	}

	static BufferedImage page(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, width, height);
		g.setColor(Color.BLACK);
		g.drawString("Page", width / 4, height / 4);
		g.dispose();
		return image;
	}

	static byte[] encode(BufferedImage image, String format) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		assertThat(ImageIO.write(image, format, out)).isTrue();
		return out.toByteArray();
	}

	static byte[] pdfWithTextPageAndScannedPage() throws IOException {
		try (PDDocument document = new PDDocument()) {
			PDPage typed = new PDPage(PDRectangle.A4);
			document.addPage(typed);
			try (PDPageContentStream content = new PDPageContentStream(document, typed)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
				content.newLineAtOffset(72, 700);
				content.showText("Comments on the draft agenda of the technical meeting");
				content.endText();
			}
			PDPage scanned = new PDPage(PDRectangle.A4);
			document.addPage(scanned);
			PDImageXObject image = LosslessFactory.createFromImage(document, page(850, 1100));
			try (PDPageContentStream content = new PDPageContentStream(document, scanned)) {
				content.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
	}

}
