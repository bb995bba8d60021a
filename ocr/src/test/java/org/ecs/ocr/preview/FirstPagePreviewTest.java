package org.ecs.ocr.preview;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FirstPagePreviewTest {

	final FirstPagePreview preview = new FirstPagePreview();

	@Test
	void shouldRenderThePdfsFirstPageAsASmallPng() throws IOException {
		byte[] pdf;
		try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			doc.addPage(new PDPage(PDRectangle.A4));
			doc.addPage(new PDPage(PDRectangle.A4));
			doc.save(out);
			pdf = out.toByteArray();
		}
		byte[] png = this.preview.render(pdf, "application/pdf").orElseThrow();
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		assertThat(image.getWidth()).isBetween(FirstPagePreview.WIDTH - 2, FirstPagePreview.WIDTH);
		assertThat(image.getHeight()).isGreaterThan(image.getWidth());
	}

	@Test
	void shouldScaleAScanAndGiveNothingForOtherFormatsOrBrokenFiles() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(1700, 2200, BufferedImage.TYPE_BYTE_GRAY), "png", out);
		assertThat(ImageIO
			.read(new ByteArrayInputStream(this.preview.render(out.toByteArray(), "image/png").orElseThrow()))
			.getWidth()).isEqualTo(FirstPagePreview.WIDTH);
		assertThat(this.preview.render("plain".getBytes(), "text/plain")).isEmpty();
		assertThat(this.preview.render("%PDF-1.4 broken".getBytes(), "application/pdf")).isEmpty();
	}

}
