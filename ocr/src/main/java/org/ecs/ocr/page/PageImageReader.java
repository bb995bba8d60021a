package org.ecs.ocr.page;

import java.awt.RenderingHints;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Turns received bytes (multi-page TIFF including CCITT G3/G4 fax, PNG, JPEG, GIF, BMP,
 * PDF) into pages with square pixels, so that 204x98 dpi "normal" fax pages do not reach
 * OCR squashed to half height.
 */
public class PageImageReader {

	/**
	 * Resolution PDF pages are rendered at: what a fine fax carries, and enough for OCR.
	 */
	public static final int PDF_RENDER_DPI = 200;

	private static final int DEFAULT_MAX_PAGES = 500;

	/** Far above an A3 page at 300 dpi, far below what would exhaust the heap. */
	private static final long DEFAULT_MAX_PIXELS = 64L * 1024 * 1024;

	/**
	 * A text layer with fewer letters or digits than this is a scan with a stamp, not
	 * text.
	 */
	private static final int USABLE_TEXT_LAYER_CHARS = 20;

	private final int maxPages;

	private final long maxPixelsPerPage;

	public PageImageReader() {
		this(DEFAULT_MAX_PAGES, DEFAULT_MAX_PIXELS);
	}

	public PageImageReader(int maxPages, long maxPixelsPerPage) {
		this.maxPages = maxPages;
		this.maxPixelsPerPage = maxPixelsPerPage;
	}

	/**
	 * Reads every page that needs OCR.
	 * @param bytes the file
	 * @param mediaType its media type, or {@code null} to sniff it from the bytes
	 * @return the pages with square pixels; for a PDF only the pages without a usable
	 * text layer
	 * @throws PageReadException when the bytes are not a readable image or PDF
	 */
	public List<PageImage> read(byte[] bytes, String mediaType) throws PageReadException {
		if (bytes == null || bytes.length == 0) {
			throw new PageReadException("Empty input");
		}
		String type = (mediaType != null) ? baseType(mediaType) : sniff(bytes);
		if (type.equals("application/octet-stream")) {
			type = sniff(bytes);
		}
		if (type.equals("application/pdf")) {
			List<PageImage> scans = new ArrayList<>();
			for (PdfPage page : readPdf(bytes)) {
				page.scan().ifPresent(scans::add);
			}
			return scans;
		}
		if (!type.startsWith("image/")) {
			throw new PageReadException("Not an image or PDF: " + type);
		}
		return readImages(bytes);
	}

	/**
	 * Reads a PDF page by page, keeping the text layer where it is usable and rendering
	 * the other pages for OCR.
	 * @param bytes the PDF
	 * @return every page in order
	 * @throws PageReadException when the bytes are not a readable PDF
	 */
	public List<PdfPage> readPdf(byte[] bytes) throws PageReadException {
		try (PDDocument document = Loader.loadPDF(bytes)) {
			int count = document.getNumberOfPages();
			if (count > this.maxPages) {
				throw new PageReadException("PDF has " + count + " pages, more than " + this.maxPages);
			}
			PDFTextStripper stripper = new PDFTextStripper();
			PDFRenderer renderer = new PDFRenderer(document);
			List<PdfPage> pages = new ArrayList<>(count);
			for (int i = 0; i < count; i++) {
				stripper.setStartPage(i + 1);
				stripper.setEndPage(i + 1);
				String text = stripper.getText(document).strip();
				Optional<PageImage> scan = Optional.empty();
				if (!hasUsableText(text)) {
					BufferedImage image = renderer.renderImageWithDPI(i, PDF_RENDER_DPI, ImageType.GRAY);
					scan = Optional.of(new PageImage(i + 1, image, PDF_RENDER_DPI, PDF_RENDER_DPI));
				}
				pages.add(new PdfPage(i + 1, text, scan));
			}
			return pages;
		}
		catch (IOException | RuntimeException ex) {
			throw new PageReadException("Unreadable PDF: " + ex.getMessage(), ex);
		}
	}

	static boolean hasUsableText(String text) {
		long letters = text.codePoints().filter(Character::isLetterOrDigit).count();
		return letters >= USABLE_TEXT_LAYER_CHARS;
	}

	private List<PageImage> readImages(byte[] bytes) throws PageReadException {
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
			if (!readers.hasNext()) {
				throw new PageReadException("No image decoder recognises these bytes");
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(in, false, false);
				List<PageImage> pages = new ArrayList<>();
				// counting pages up front would walk a corrupt IFD chain twice; read
				// until the end
				for (int i = 0;; i++) {
					if (!hasImage(reader, i)) {
						break;
					}
					if (i >= this.maxPages) {
						throw new PageReadException("More than " + this.maxPages + " pages");
					}
					long pixels = (long) reader.getWidth(i) * reader.getHeight(i);
					if (pixels > this.maxPixelsPerPage) {
						throw new PageReadException(
								"Page " + (i + 1) + " has " + pixels + " pixels, more than " + this.maxPixelsPerPage);
					}
					BufferedImage image = reader.read(i);
					int[] dpi = resolution(reader.getImageMetadata(i), image);
					pages.add(squarePixels(new PageImage(i + 1, image, dpi[0], dpi[1])));
				}
				if (pages.isEmpty()) {
					throw new PageReadException("The image holds no page");
				}
				return pages;
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			throw new PageReadException("Unreadable image: " + ex.getMessage(), ex);
		}
	}

	private static boolean hasImage(ImageReader reader, int index) throws IOException {
		try {
			reader.getWidth(index);
			return true;
		}
		catch (IndexOutOfBoundsException ex) {
			return false;
		}
	}

	/**
	 * Stretches the lower-resolution axis so that both axes have the higher resolution.
	 * @param page the page as decoded
	 * @return the page with square pixels, grey if it had to be resampled
	 */
	public static PageImage squarePixels(PageImage page) {
		if (page.hasSquarePixels()) {
			return page;
		}
		int dpi = Math.max(page.xDpi(), page.yDpi());
		int width = (int) Math.round((double) page.width() * dpi / page.xDpi());
		int height = (int) Math.round((double) page.height() * dpi / page.yDpi());
		// grey first, so interpolation can smooth the stair-steps of a bilevel fax
		BufferedImage grey = page.grey();
		BufferedImage scaled = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
		Graphics2D g = scaled.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			g.drawImage(grey, 0, 0, width, height, null);
		}
		finally {
			g.dispose();
		}
		return page.withImage(scaled, dpi);
	}

	private static int[] resolution(IIOMetadata metadata, BufferedImage image) {
		Double xMm = null;
		Double yMm = null;
		if (metadata != null && metadata.isStandardMetadataFormatSupported()) {
			Element root = (Element) metadata.getAsTree("javax_imageio_1.0");
			xMm = pixelSize(root, "HorizontalPixelSize");
			yMm = pixelSize(root, "VerticalPixelSize");
		}
		if (xMm == null && yMm == null) {
			// scans without resolution: assume the page is as wide as A4/Letter paper
			int dpi = (int) Math.max(72, Math.min(600, Math.round(image.getWidth() / 8.27)));
			return new int[] { dpi, dpi };
		}
		int x = toDpi((xMm != null) ? xMm : yMm);
		int y = toDpi((yMm != null) ? yMm : xMm);
		return new int[] { x, y };
	}

	private static int toDpi(double millimetresPerPixel) {
		return (int) Math.max(1, Math.round(25.4 / millimetresPerPixel));
	}

	private static Double pixelSize(Element root, String name) {
		NodeList nodes = root.getElementsByTagName(name);
		if (nodes.getLength() == 0) {
			return null;
		}
		try {
			double value = Double.parseDouble(((Element) nodes.item(0)).getAttribute("value"));
			return (value > 0 && Double.isFinite(value)) ? value : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static String baseType(String mediaType) {
		int semicolon = mediaType.indexOf(';');
		String base = (semicolon >= 0) ? mediaType.substring(0, semicolon) : mediaType;
		return base.strip().toLowerCase(Locale.ROOT);
	}

	static String sniff(byte[] b) {
		if (startsWith(b, 0x25, 0x50, 0x44, 0x46)) {
			return "application/pdf";
		}
		if (startsWith(b, 0x49, 0x49, 0x2A, 0x00) || startsWith(b, 0x4D, 0x4D, 0x00, 0x2A)) {
			return "image/tiff";
		}
		if (startsWith(b, 0x89, 0x50, 0x4E, 0x47)) {
			return "image/png";
		}
		if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
			return "image/jpeg";
		}
		if (startsWith(b, 0x47, 0x49, 0x46, 0x38)) {
			return "image/gif";
		}
		if (startsWith(b, 0x42, 0x4D)) {
			return "image/bmp";
		}
		return "application/octet-stream";
	}

	private static boolean startsWith(byte[] bytes, int... prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((bytes[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

}
