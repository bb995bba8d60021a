package org.ecs.ocr.tesseract;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.font.TextAttribute;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;

import org.ecs.ocr.page.PageImage;
import org.ecs.ocr.page.PageImageReader;

/**
 * Renders lines of text as a typed page at 300 dpi, so OCR can be tested in languages the
 * corpus has no ground truth for.
 */
final class TypedPage {

	private static final List<String> FAMILIES = List.of("DejaVu Sans", "Liberation Sans", "Droid Sans Fallback",
			"Noto Sans CJK SC", "Noto Sans", "SansSerif");

	private TypedPage() {
	}

	static PageImage render(int number, List<String> lines, boolean rightToLeft) {
		String all = String.join("", lines);
		Font font = fontFor(all).deriveFont(Map.of(TextAttribute.SIZE, 44f));
		BufferedImage image = new BufferedImage(2480, 400 + 90 * lines.size(), BufferedImage.TYPE_BYTE_GRAY);
		Graphics2D g = image.createGraphics();
		try {
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, image.getWidth(), image.getHeight());
			g.setColor(Color.BLACK);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setFont(font);
			int y = 200;
			for (String line : lines) {
				int width = g.getFontMetrics().stringWidth(line);
				int x = rightToLeft ? image.getWidth() - 200 - width : 200;
				g.drawString(line, x, y);
				y += 90;
			}
		}
		finally {
			g.dispose();
		}
		return new PageImage(number, image, 300, 300);
	}

	/**
	 * A page with two blocks of lines side by side, and a line across the page under
	 * them: columns of text when both blocks are long, a form of labels and values when
	 * the lines are short and few.
	 */
	static PageImage renderColumns(List<String> left, List<String> right, int rightX, String footer) {
		Font font = fontFor(String.join("", left) + String.join("", right)).deriveFont(Map.of(TextAttribute.SIZE, 44f));
		int rows = Math.max(left.size(), right.size());
		// a whole A4 page, since layout analysis judges blocks against the page
		BufferedImage image = new BufferedImage(2480, 3508, BufferedImage.TYPE_BYTE_GRAY);
		Graphics2D g = image.createGraphics();
		try {
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, image.getWidth(), image.getHeight());
			g.setColor(Color.BLACK);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setFont(font);
			if (footer != null) {
				g.drawString(footer, 200, 300 + 90 * rows);
			}
			for (int i = 0; i < rows; i++) {
				int y = 200 + 90 * i;
				if (i < left.size()) {
					g.drawString(left.get(i), 200, y);
				}
				if (i < right.size()) {
					g.drawString(right.get(i), rightX, y);
				}
			}
		}
		finally {
			g.dispose();
		}
		return new PageImage(1, image, 300, 300);
	}

	/**
	 * The page as a "normal" fax receives it, 204x98 dpi and bilevel, then stretched back
	 * to square pixels the way {@link PageImageReader} does for received faxes.
	 */
	static PageImage faxed(PageImage page) {
		int width = (int) Math.round(page.width() * 204.0 / page.xDpi());
		int height = (int) Math.round(page.height() * 98.0 / page.yDpi());
		BufferedImage sampled = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
		Graphics2D g = sampled.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
		g.drawImage(page.image(), 0, 0, width, height, null);
		g.dispose();
		BufferedImage bilevel = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY);
		Graphics2D b = bilevel.createGraphics();
		b.drawImage(sampled, 0, 0, null);
		b.dispose();
		return PageImageReader.squarePixels(new PageImage(page.number(), bilevel, 204, 98));
	}

	private static Font fontFor(String text) {
		List<String> installed = List
			.of(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
		for (String family : FAMILIES) {
			if (installed.contains(family) || family.equals("SansSerif")) {
				Font font = new Font(family, Font.PLAIN, 44);
				if (font.canDisplayUpTo(text) == -1) {
					return font;
				}
			}
		}
		return new Font(Font.SANS_SERIF, Font.PLAIN, 44);
	}

}
