package org.ecs.ocr.code;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.Random;

/**
 * Does to a page what a fax transmission does: 204x98 dpi bilevel sampling, line noise,
 * and the skew of a sheet fed crooked, so tests can check what survives.
 */
final class FaxLine {

	private final Random random;

	FaxLine(long seed) {
		this.random = new Random(seed);
	}

	/**
	 * @param page a 200 dpi grey page
	 * @param skewDegrees how crooked the sheet went through the feeder
	 * @param noise share of pixels flipped by line noise
	 * @return the page as received and stretched back to square pixels, still 200 dpi-ish
	 */
	BufferedImage transmit(BufferedImage page, double skewDegrees, double noise) {
		BufferedImage fed = rotate(page, skewDegrees);
		// 1728 dots across, 98 lines per inch down: each line averages two 200 dpi rows
		int width = 1728;
		int lines = (int) Math.round(fed.getHeight() * 98.0 / 200);
		BufferedImage sampled = scale(fed, width, lines);
		BufferedImage bilevel = new BufferedImage(width, lines, BufferedImage.TYPE_BYTE_GRAY);
		for (int y = 0; y < lines; y++) {
			boolean dropout = this.random.nextDouble() < noise * 2;
			for (int x = 0; x < width; x++) {
				boolean black = (sampled.getRaster().getSample(x, y, 0) < 128);
				if (this.random.nextDouble() < noise || (dropout && this.random.nextDouble() < 0.3)) {
					black = !black;
				}
				bilevel.getRaster().setSample(x, y, 0, black ? 0 : 255);
			}
		}
		// the receiver doubles each line, as a fax printer or viewer does
		BufferedImage received = new BufferedImage(width, lines * 2, BufferedImage.TYPE_BYTE_GRAY);
		for (int y = 0; y < lines * 2; y++) {
			for (int x = 0; x < width; x++) {
				received.getRaster().setSample(x, y, 0, bilevel.getRaster().getSample(x, y / 2, 0));
			}
		}
		return received;
	}

	static BufferedImage scale(BufferedImage image, int width, int height) {
		BufferedImage scaled = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
		Graphics2D g = scaled.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
		g.drawImage(image, 0, 0, width, height, null);
		g.dispose();
		return scaled;
	}

	static BufferedImage rotate(BufferedImage image, double degrees) {
		BufferedImage rotated = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
		Graphics2D g = rotated.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, image.getWidth(), image.getHeight());
		g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
		g.drawImage(image, AffineTransform.getRotateInstance(Math.toRadians(degrees), image.getWidth() / 2.0,
				image.getHeight() / 2.0), null);
		g.dispose();
		return rotated;
	}

	/**
	 * An A4 reply sheet at 200 dpi: some typed lines and the code in the bottom right
	 * corner, as the outbound fax renders it.
	 */
	static BufferedImage replySheet(BufferedImage code) {
		BufferedImage page = new BufferedImage(1654, 2339, BufferedImage.TYPE_BYTE_GRAY);
		Graphics2D g = page.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, page.getWidth(), page.getHeight());
		g.setColor(Color.BLACK);
		g.setFont(new java.awt.Font(java.awt.Font.SERIF, java.awt.Font.PLAIN, 36));
		g.drawString("Reply sheet - write your comments below and fax this page back", 120, 200);
		for (int y = 400; y < 1900; y += 120) {
			g.drawLine(120, y, 1530, y);
		}
		g.drawImage(code, page.getWidth() - code.getWidth() - 120, page.getHeight() - code.getHeight() - 120, null);
		g.dispose();
		return page;
	}

}
