package org.ecs.gateways.fax;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.util.Random;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * What two fax transmissions do to a page: ECS's fax goes out at 204x98 dpi and is
 * printed by the expert's machine, the expert writes on the reply sheet and feeds it
 * back, slightly askew, to be sent again at 204x98 dpi. Each pass thresholds to black and
 * white and adds line noise. Seeded, so a failing test fails the same way twice.
 */
final class FaxDegrader {

	private final Random random;

	private final double skewDegrees;

	private final double speckle;

	FaxDegrader(long seed, double skewDegrees, double speckle) {
		this.random = new Random(seed);
		this.skewDegrees = skewDegrees;
		this.speckle = speckle;
	}

	/** The usual degradation: 0.8 degrees of skew and 0.3% of pixels flipped per pass. */
	static FaxDegrader twoTransmissions() {
		return new FaxDegrader(42, 0.8, 0.003);
	}

	/**
	 * @param pdf a PDF
	 * @param pageIndex the page, from 0
	 * @return the page as received after two transmissions: bilevel, 1728 pixels wide,
	 * 204x98 dpi (pixels twice as tall as wide)
	 * @throws IOException if the PDF cannot be rendered
	 */
	BufferedImage degrade(byte[] pdf, int pageIndex) throws IOException {
		BufferedImage original;
		try (PDDocument document = Loader.loadPDF(pdf)) {
			float widthInches = document.getPage(pageIndex).getCropBox().getWidth() / 72f;
			original = new PDFRenderer(document).renderImageWithDPI(pageIndex, FaxResolution.LINE_PIXELS / widthInches,
					ImageType.GRAY);
		}
		BufferedImage first = speckle(FaxTiff.toFaxPage(original, FaxResolution.NORMAL));
		BufferedImage printedAndRescanned = rotate(squarePixels(first), this.skewDegrees);
		return speckle(FaxTiff.toFaxPage(printedAndRescanned, FaxResolution.NORMAL));
	}

	/**
	 * A 204x98 page stretched to 204x196, as a reader must before decoding it.
	 * @param normal a page at 204x98
	 * @return the page with square pixels, grey
	 */
	static BufferedImage squarePixels(BufferedImage normal) {
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
		int flips = (int) (bilevel.getWidth() * (long) bilevel.getHeight() * this.speckle);
		for (int i = 0; i < flips; i++) {
			int x = this.random.nextInt(bilevel.getWidth());
			int y = this.random.nextInt(bilevel.getHeight());
			raster.setSample(x, y, 0, 1 - raster.getSample(x, y, 0));
		}
		for (int streak = 0; streak < 3; streak++) {
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
