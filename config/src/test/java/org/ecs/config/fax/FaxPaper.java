package org.ecs.config.fax;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.util.List;
import java.util.Random;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.ecs.gateways.fax.FaxResolution;
import org.ecs.gateways.fax.FaxTiff;

/**
 * What fax machines and a pen do to paper, for the tests: ECS's fax goes out at 204x98
 * dpi and is printed, the expert writes on the reply sheet (typed text stands in for
 * handwriting) and feeds it back slightly askew, to be sent again at 204x98 dpi. Each
 * pass thresholds to black and white and adds line noise. Seeded, so a failure repeats.
 * (The idea of the gateways module's test FaxDegrader, whose test classes are not on this
 * module's classpath.)
 */
final class FaxPaper {

	private static final double SKEW_DEGREES = 0.7;

	private static final double SPECKLE = 0.002;

	private final Random random = new Random(7);

	/**
	 * The last page of a fax PDF (its reply sheet) with the comment written on its ruled
	 * lines, as the bridge receives it: bilevel, 1728 pixels wide, 204x98 dpi.
	 */
	BufferedImage replySheetWithComment(byte[] pdf, List<String> commentLines) throws IOException {
		BufferedImage original;
		try (PDDocument document = Loader.loadPDF(pdf)) {
			int last = document.getNumberOfPages() - 1;
			float widthInches = document.getPage(last).getCropBox().getWidth() / 72f;
			original = new PDFRenderer(document).renderImageWithDPI(last, FaxResolution.LINE_PIXELS / widthInches,
					ImageType.GRAY);
		}
		BufferedImage printed = squarePixels(speckle(FaxTiff.toFaxPage(original, FaxResolution.NORMAL)));
		writeOnRuledLines(printed, commentLines);
		return send(printed);
	}

	/** A plain sheet with typed lines, as a fax machine sends it (204x98 dpi). */
	BufferedImage typedPage(List<String> lines) {
		BufferedImage page = blankA4();
		Graphics2D g = pen(page);
		try {
			int y = 260;
			for (String line : lines) {
				g.drawString(line, 150, y);
				y += 80;
			}
		}
		finally {
			g.dispose();
		}
		return send(page);
	}

	private BufferedImage send(BufferedImage squarePage) {
		return speckle(FaxTiff.toFaxPage(rotate(squarePage, SKEW_DEGREES), FaxResolution.NORMAL));
	}

	/** The rows of the page's lower half that are mostly ink: the reply sheet's rules. */
	private static void writeOnRuledLines(BufferedImage page, List<String> lines) {
		int width = page.getWidth();
		int written = 0;
		int lastRule = -100;
		Graphics2D g = pen(page);
		try {
			for (int y = page.getHeight() / 3; y < page.getHeight() && written < lines.size(); y++) {
				int ink = 0;
				for (int x = 0; x < width; x++) {
					if ((page.getRaster().getSample(x, y, 0) & 0xFF) < 128) {
						ink++;
					}
				}
				if (ink > width * 0.6 && y - lastRule > 40) {
					// written as people write: on the line, just above the rule
					g.drawString(lines.get(written++), 150, y - 14);
					lastRule = y;
				}
			}
		}
		finally {
			g.dispose();
		}
		if (written < lines.size()) {
			throw new IllegalStateException("Found rules for only " + written + " of " + lines.size() + " lines");
		}
	}

	private static Graphics2D pen(BufferedImage page) {
		Graphics2D g = page.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setColor(Color.BLACK);
		g.setFont(new Font("DejaVu Sans", Font.PLAIN, 40));
		return g;
	}

	private static BufferedImage blankA4() {
		BufferedImage page = new BufferedImage(FaxResolution.LINE_PIXELS, 2339, BufferedImage.TYPE_BYTE_GRAY);
		Graphics2D g = page.createGraphics();
		try {
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, page.getWidth(), page.getHeight());
		}
		finally {
			g.dispose();
		}
		return page;
	}

	/** A 204x98 page stretched to 204x196, as the paper it was printed on. */
	private static BufferedImage squarePixels(BufferedImage normal) {
		BufferedImage square = new BufferedImage(normal.getWidth(), normal.getHeight() * 2,
				BufferedImage.TYPE_BYTE_GRAY);
		Graphics2D g = square.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
			g.drawImage(normal, 0, 0, square.getWidth(), square.getHeight(), null);
		}
		finally {
			g.dispose();
		}
		return square;
	}

	private static BufferedImage rotate(BufferedImage page, double degrees) {
		BufferedImage rotated = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
		Graphics2D g = rotated.createGraphics();
		try {
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, rotated.getWidth(), rotated.getHeight());
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			g.rotate(Math.toRadians(degrees), page.getWidth() / 2.0, page.getHeight() / 2.0);
			g.drawImage(page, 0, 0, null);
		}
		finally {
			g.dispose();
		}
		return rotated;
	}

	// flipped pixels everywhere, and now and then a line hit by noise on the telephone
	// line
	private BufferedImage speckle(BufferedImage bilevel) {
		WritableRaster raster = bilevel.getRaster();
		int flips = (int) (bilevel.getWidth() * (long) bilevel.getHeight() * SPECKLE);
		for (int i = 0; i < flips; i++) {
			int x = this.random.nextInt(bilevel.getWidth());
			int y = this.random.nextInt(bilevel.getHeight());
			raster.setSample(x, y, 0, 1 - raster.getSample(x, y, 0));
		}
		for (int streak = 0; streak < 2; streak++) {
			int y = this.random.nextInt(bilevel.getHeight());
			for (int x = 0; x < bilevel.getWidth(); x++) {
				if (this.random.nextInt(4) == 0) {
					raster.setSample(x, y, 0, 0);
				}
			}
		}
		return bilevel;
	}

}
