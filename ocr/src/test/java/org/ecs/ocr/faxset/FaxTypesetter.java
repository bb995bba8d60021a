package org.ecs.ocr.faxset;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Typesets a text on an A4 sheet as a word processor prints it, at the fax's 204x196 dpi
 * (taken as square): left-aligned, or right-aligned for Arabic; a sheet in landscape for
 * a page that will be faxed sideways.
 */
final class FaxTypesetter {

	/** An A4 sheet at fax resolution: 1728 pixels is the width of a fax line. */
	static final int WIDTH = 1728;

	static final int HEIGHT = 2292;

	private static final int DPI = 196;

	private static final int MARGIN = 150;

	private static final int TOP = 230;

	/**
	 * @param page the sheet, upright, 8-bit grey
	 * @param truth the text as typeset: one line per printed line, a blank line between
	 * paragraphs
	 */
	record Typeset(BufferedImage page, String truth) {
	}

	private FaxTypesetter() {
	}

	static Typeset typeset(String text, String language, int variant, int rotation) {
		boolean landscape = rotation == 90 || rotation == 270;
		BufferedImage page = new BufferedImage(landscape ? HEIGHT : WIDTH, landscape ? WIDTH : HEIGHT,
				BufferedImage.TYPE_BYTE_GRAY);
		float points = 11 + variant % 3;
		Font font = font(language, variant, text).deriveFont(points * DPI / 72f);
		boolean rightToLeft = language.equals("ar");
		boolean anyBreak = language.equals("zh");
		Graphics2D g = page.createGraphics();
		List<String> printed = new ArrayList<>();
		try {
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, page.getWidth(), page.getHeight());
			g.setColor(Color.BLACK);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
			g.setFont(font);
			FontMetrics metrics = g.getFontMetrics();
			int lineHeight = Math.round(metrics.getHeight() * 1.25f);
			int width = page.getWidth() - 2 * MARGIN;
			int y = TOP + metrics.getAscent();
			for (String paragraph : text.split("\\R")) {
				List<String> lines = paragraph.isBlank() ? List.of("")
						: wrap(paragraph.strip(), metrics, width, anyBreak);
				for (String line : lines) {
					if (y > page.getHeight() - MARGIN) {
						throw new IllegalStateException("Text too long for one page: " + text);
					}
					int x = rightToLeft ? page.getWidth() - MARGIN - metrics.stringWidth(line) : MARGIN;
					g.drawString(line, x, y);
					printed.add(line);
					y += lineHeight;
				}
			}
		}
		finally {
			g.dispose();
		}
		return new Typeset(page, String.join("\n", printed));
	}

	private static List<String> wrap(String paragraph, FontMetrics metrics, int width, boolean anyBreak) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		List<String> pieces = anyBreak ? paragraph.codePoints().mapToObj(Character::toString).toList()
				: List.of(paragraph.split(" "));
		String gap = anyBreak ? "" : " ";
		for (String piece : pieces) {
			String longer = line.isEmpty() ? piece : line + gap + piece;
			if (!line.isEmpty() && metrics.stringWidth(longer) > width && !closesLine(piece)) {
				lines.add(line.toString());
				line.setLength(0);
				line.append(piece);
			}
			else {
				line.setLength(0);
				line.append(longer);
			}
		}
		if (!line.isEmpty()) {
			lines.add(line.toString());
		}
		return lines;
	}

	/** Chinese punctuation never starts a line. */
	private static boolean closesLine(String piece) {
		return piece.length() == 1 && "，。、：；！？）".contains(piece);
	}

	private static Font font(String language, int variant, String text) {
		List<String> families = switch (language) {
			// Java's logical font: DejaVu Sans for the Latin letters, Droid Sans Fallback
			// (which has none) for the Han characters
			case "zh" -> List.of("SansSerif");
			case "ar" -> List.of("DejaVu Sans");
			default -> (variant % 2 == 0) ? List.of("DejaVu Serif", "DejaVu Sans") : List.of("DejaVu Sans");
		};
		for (String family : families) {
			Font font = new Font(family, Font.PLAIN, 12);
			if (font.getFamily().equals(family) && font.canDisplayUpTo(text.replaceAll("\\s", "")) == -1) {
				return font;
			}
		}
		throw new IllegalStateException("No installed font shows the " + language
				+ " texts: install fonts-dejavu-core and fonts-droid-fallback");
	}

}
