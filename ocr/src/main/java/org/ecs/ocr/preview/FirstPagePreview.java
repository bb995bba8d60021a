package org.ecs.ocr.preview;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * A small PNG of a document's first page, for lists and document pages: PDFs rendered by
 * PDFBox, scans (TIFF, PNG, JPEG) scaled. Other formats have no preview.
 */
public class FirstPagePreview {

	/** Width of the preview in pixels. */
	public static final int WIDTH = 420;

	/**
	 * @return the PNG bytes, or empty when the format has no preview or the file cannot
	 * be rendered
	 */
	public Optional<byte[]> render(byte[] bytes, String mediaType) {
		try {
			BufferedImage page = switch (mediaType) {
				case "application/pdf" -> firstPdfPage(bytes);
				case "image/tiff", "image/png", "image/jpeg" -> ImageIO.read(new ByteArrayInputStream(bytes));
				default -> null;
			};
			if (page == null) {
				return Optional.empty();
			}
			ByteArrayOutputStream png = new ByteArrayOutputStream();
			ImageIO.write(scaled(page), "png", png);
			return Optional.of(png.toByteArray());
		}
		catch (IOException | RuntimeException ex) {
			// an unreadable first page leaves the document without a preview, nothing
			// more
			return Optional.empty();
		}
	}

	private static BufferedImage firstPdfPage(byte[] bytes) throws IOException {
		try (PDDocument pdf = Loader.loadPDF(bytes)) {
			if (pdf.getNumberOfPages() == 0) {
				return null;
			}
			float widthPoints = pdf.getPage(0).getMediaBox().getWidth();
			float dpi = (widthPoints > 0) ? Math.min(150f, WIDTH * 72f / widthPoints) : 50f;
			return new PDFRenderer(pdf).renderImageWithDPI(0, dpi, ImageType.RGB);
		}
	}

	private static BufferedImage scaled(BufferedImage source) {
		if (source.getWidth() <= WIDTH) {
			return source;
		}
		int height = Math.max(1, (int) ((long) source.getHeight() * WIDTH / source.getWidth()));
		BufferedImage out = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = out.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
		g.drawImage(source, 0, 0, WIDTH, height, null);
		g.dispose();
		return out;
	}

}
