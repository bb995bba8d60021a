package org.ecs.gateways.fax;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.plugins.tiff.BaselineTIFFTagSet;
import javax.imageio.plugins.tiff.TIFFDirectory;
import javax.imageio.plugins.tiff.TIFFField;
import javax.imageio.plugins.tiff.TIFFTag;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Pages as a fax machine sends them: 1728 pixels across, black and white only, at one of
 * the two fax resolutions, in a multi-page TIFF compressed with CCITT T.4 or T.6, written
 * with the JDK's own TIFF writer.
 */
public final class FaxTiff {

	/** More pages than any fax a person sends back; an upload beyond it is refused. */
	public static final int MAX_PAGES = 50;

	private static final int THRESHOLD = 128;

	private FaxTiff() {
	}

	/** The CCITT compressions fax TIFFs use. */
	public enum Compression {

		/** Group 3, as received from the line by most fax modems. */
		T4("CCITT T.4"),

		/** Group 4, smaller; HylaFAX stores pages received with MMR this way. */
		T6("CCITT T.6");

		private final String imageIoName;

		Compression(String imageIoName) {
			this.imageIoName = imageIoName;
		}

	}

	/**
	 * Converts an uploaded page image or document to fax pages.
	 * @param upload a PDF, PNG, JPEG or TIFF (recognised by content, the type is a hint)
	 * @param contentType the type the upload claimed, may be null
	 * @param resolution the fax resolution
	 * @return bilevel pages, 1728 pixels wide
	 * @throws IOException if the upload is none of these or cannot be read
	 */
	public static List<BufferedImage> pages(byte[] upload, String contentType, FaxResolution resolution)
			throws IOException {
		if (isPdf(upload, contentType)) {
			return pdfPages(upload, resolution);
		}
		List<BufferedImage> pages = new ArrayList<>();
		for (BufferedImage image : images(upload)) {
			pages.add(toFaxPage(image, resolution));
		}
		return pages;
	}

	/**
	 * Scales an image of a whole page, square pixels assumed, to a fax page and
	 * thresholds it.
	 * @param page the page image
	 * @param resolution the fax resolution
	 * @return a bilevel image 1728 pixels wide
	 */
	public static BufferedImage toFaxPage(BufferedImage page, FaxResolution resolution) {
		double scaleX = (double) FaxResolution.LINE_PIXELS / page.getWidth();
		double scaleY = scaleX * resolution.verticalDpi() / resolution.horizontalDpi();
		int height = Math.max(1, (int) Math.round(page.getHeight() * scaleY));
		BufferedImage grey = new BufferedImage(FaxResolution.LINE_PIXELS, height, BufferedImage.TYPE_BYTE_GRAY);
		Graphics2D g = grey.createGraphics();
		try {
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, grey.getWidth(), height);
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			g.drawImage(page, 0, 0, FaxResolution.LINE_PIXELS, height, null);
		}
		finally {
			g.dispose();
		}
		return threshold(grey);
	}

	// as a fax machine scans paper: true size at 204 dpi, centred on the 215 mm line (an
	// A4
	// page is 1686 pixels, a Letter page 1734 loses 3 at each edge)
	private static BufferedImage placeOnLine(BufferedImage renderedAtHorizontalDpi, FaxResolution resolution) {
		int width = renderedAtHorizontalDpi.getWidth();
		int height = Math.max(1, (int) Math.round(
				(double) renderedAtHorizontalDpi.getHeight() * resolution.verticalDpi() / resolution.horizontalDpi()));
		BufferedImage grey = new BufferedImage(FaxResolution.LINE_PIXELS, height, BufferedImage.TYPE_BYTE_GRAY);
		Graphics2D g = grey.createGraphics();
		try {
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, grey.getWidth(), height);
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			g.drawImage(renderedAtHorizontalDpi, (FaxResolution.LINE_PIXELS - width) / 2, 0, width, height, null);
		}
		finally {
			g.dispose();
		}
		return threshold(grey);
	}

	/**
	 * Thresholds a grey image to black and white, as a fax machine's scanner does.
	 * @param grey an 8-bit grey image
	 * @return the bilevel image
	 */
	public static BufferedImage threshold(BufferedImage grey) {
		BufferedImage bilevel = new BufferedImage(grey.getWidth(), grey.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
		var in = grey.getRaster();
		var out = bilevel.getRaster();
		int width = grey.getWidth();
		int[] row = new int[width];
		for (int y = 0; y < grey.getHeight(); y++) {
			in.getSamples(0, y, width, 1, 0, row);
			for (int x = 0; x < width; x++) {
				row[x] = (row[x] < THRESHOLD) ? 0 : 1;
			}
			out.setSamples(0, y, width, 1, 0, row);
		}
		return bilevel;
	}

	/**
	 * Writes bilevel pages as one multi-page TIFF with the fax resolution in its tags.
	 * @param pages bilevel pages ({@link BufferedImage#TYPE_BYTE_BINARY})
	 * @param resolution the resolution they were made at
	 * @param compression T.4 or T.6
	 * @return the TIFF
	 * @throws IOException if the JDK's TIFF writer fails
	 */
	public static byte[] write(List<BufferedImage> pages, FaxResolution resolution, Compression compression)
			throws IOException {
		if (pages.isEmpty()) {
			throw new IllegalArgumentException("A fax has at least one page");
		}
		ImageWriter writer = jdkTiffWriter();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
			writer.setOutput(out);
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionType(compression.imageIoName);
			writer.prepareWriteSequence(null);
			for (BufferedImage page : pages) {
				if (page.getType() != BufferedImage.TYPE_BYTE_BINARY) {
					throw new IllegalArgumentException(
							"CCITT compression needs bilevel pages, got type " + page.getType());
				}
				IIOMetadata metadata = writer.getDefaultImageMetadata(new ImageTypeSpecifier(page), param);
				writer.writeToSequence(new IIOImage(page, null, withResolution(metadata, resolution)), param);
			}
			writer.endWriteSequence();
		}
		finally {
			writer.dispose();
		}
		return bytes.toByteArray();
	}

	private static IIOMetadata withResolution(IIOMetadata metadata, FaxResolution resolution) throws IOException {
		TIFFDirectory directory = TIFFDirectory.createFromMetadata(metadata);
		BaselineTIFFTagSet tags = BaselineTIFFTagSet.getInstance();
		directory.addTIFFField(new TIFFField(tags.getTag(BaselineTIFFTagSet.TAG_X_RESOLUTION), TIFFTag.TIFF_RATIONAL, 1,
				new long[][] { { resolution.horizontalDpi(), 1 } }));
		directory.addTIFFField(new TIFFField(tags.getTag(BaselineTIFFTagSet.TAG_Y_RESOLUTION), TIFFTag.TIFF_RATIONAL, 1,
				new long[][] { { resolution.verticalDpi(), 1 } }));
		directory.addTIFFField(new TIFFField(tags.getTag(BaselineTIFFTagSet.TAG_RESOLUTION_UNIT),
				BaselineTIFFTagSet.RESOLUTION_UNIT_INCH));
		return directory.getAsMetadata();
	}

	// jai-imageio (on the classpath through Tika) registers a TIFF writer too, whose
	// metadata
	// TIFFDirectory does not understand; the JDK's is the one the resolution tags are set
	// for
	private static ImageWriter jdkTiffWriter() {
		Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("tiff");
		ImageWriter first = null;
		while (writers.hasNext()) {
			ImageWriter writer = writers.next();
			if (writer.getClass().getName().startsWith("com.sun.imageio.plugins.tiff.")) {
				return writer;
			}
			first = (first != null) ? first : writer;
		}
		if (first == null) {
			throw new IllegalStateException("No TIFF writer in this JVM");
		}
		return first;
	}

	private static boolean isPdf(byte[] upload, String contentType) {
		boolean magic = upload.length > 4 && upload[0] == '%' && upload[1] == 'P' && upload[2] == 'D'
				&& upload[3] == 'F';
		return magic || (contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("application/pdf"));
	}

	private static List<BufferedImage> pdfPages(byte[] pdf, FaxResolution resolution) throws IOException {
		List<BufferedImage> pages = new ArrayList<>();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			if (document.getNumberOfPages() > MAX_PAGES) {
				throw new IOException(
						"A fax of " + document.getNumberOfPages() + " pages is refused (max " + MAX_PAGES + ")");
			}
			PDFRenderer renderer = new PDFRenderer(document);
			for (int i = 0; i < document.getNumberOfPages(); i++) {
				pages.add(placeOnLine(renderer.renderImageWithDPI(i, resolution.horizontalDpi(), ImageType.GRAY),
						resolution));
			}
		}
		return pages;
	}

	private static List<BufferedImage> images(byte[] upload) throws IOException {
		List<BufferedImage> images = new ArrayList<>();
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
			if (!readers.hasNext()) {
				throw new IOException("Not a PDF, PNG, JPEG or TIFF upload");
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(in);
				int count = reader.getNumImages(true);
				if (count > MAX_PAGES) {
					throw new IOException("A fax of " + count + " pages is refused (max " + MAX_PAGES + ")");
				}
				for (int i = 0; i < count; i++) {
					images.add(reader.read(i));
				}
			}
			finally {
				reader.dispose();
			}
		}
		return images;
	}

}
