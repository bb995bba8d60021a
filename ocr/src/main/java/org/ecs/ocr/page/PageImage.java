package org.ecs.ocr.page;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Objects;

/**
 * One page ready for recognition: its pixels and their resolution.
 *
 * @param number the page number in the source document, starting at 1
 * @param image the pixels
 * @param xDpi horizontal resolution
 * @param yDpi vertical resolution
 */
public record PageImage(int number, BufferedImage image, int xDpi, int yDpi) {

	public PageImage {
		Objects.requireNonNull(image, "image");
		if (number < 1 || xDpi < 1 || yDpi < 1) {
			throw new IllegalArgumentException("number and resolutions must be positive");
		}
	}

	public int width() {
		return this.image.getWidth();
	}

	public int height() {
		return this.image.getHeight();
	}

	public boolean hasSquarePixels() {
		return this.xDpi == this.yDpi;
	}

	/**
	 * The same page with other pixels, for steps that change the image but not where it
	 * came from.
	 * @param newImage the replacement pixels
	 * @param dpi the resolution of the new pixels (both axes)
	 * @return the new page
	 */
	public PageImage withImage(BufferedImage newImage, int dpi) {
		return new PageImage(this.number, newImage, dpi, dpi);
	}

	/**
	 * The page as 8-bit grey, the one layout every step and Tesseract's raw-bytes API
	 * agree on.
	 * @return this page's image if it is already grey, otherwise a grey copy
	 */
	public BufferedImage grey() {
		return toGrey(this.image);
	}

	public static BufferedImage toGrey(BufferedImage source) {
		if (source.getType() == BufferedImage.TYPE_BYTE_GRAY) {
			return source;
		}
		BufferedImage grey = new BufferedImage(source.getWidth(), source.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
		Graphics2D g = grey.createGraphics();
		try {
			// transparent areas of a PNG are paper, not ink
			g.setColor(java.awt.Color.WHITE);
			g.fillRect(0, 0, source.getWidth(), source.getHeight());
			g.drawImage(source, 0, 0, null);
		}
		finally {
			g.dispose();
		}
		return grey;
	}

}
