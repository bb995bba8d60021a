package org.ecs.ocr.cleanup;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

/**
 * What the ink of a page says before any OCR, from its row and column profiles at about
 * 100 dpi: whether a sending fax machine's header line sits alone across the top, and
 * whether the text runs across the page or up and down it (a page faxed sideways). Cheap:
 * a few milliseconds a page, against the second or so that Tesseract's orientation
 * detection takes, which also misreads sideways Arabic and Chinese pages.
 */
public final class PageLayout {

	/** A fax header line starts within this share of the page height from the top... */
	private static final double HEADER_START = 0.025;

	/** ...ends within this share... */
	private static final double HEADER_END = 0.045;

	/** ...and is followed by at least this share of blank rows. */
	private static final double HEADER_GAP = 0.006;

	/** A row or column with less ink than this share of the fullest one is blank. */
	private static final double BLANK = 0.03;

	/**
	 * Lines of text make the profile across them this much peakier than the profile along
	 * them.
	 */
	private static final double LINES_MARGIN = 1.2;

	/** The narrowest gap between columns: about three spaces of ordinary print. */
	private static final double GUTTER_INCHES = 0.15;

	private PageLayout() {
	}

	/**
	 * @param grey a page with square pixels, 8-bit grey
	 * @return the rows from 0 to this (exclusive) hold a line alone across the top of the
	 * page, as fax machines print; 0 when there is none
	 */
	public static int headerRows(BufferedImage grey) {
		Grey page = Grey.of(grey);
		int[] rows = rowInk(page, Thresholds.otsu(page));
		int blank = blankLevel(rows);
		int height = rows.length;
		int start = 0;
		while (start < height && rows[start] <= blank) {
			start++;
		}
		if (start > height * HEADER_START) {
			return 0;
		}
		int end = start;
		while (end < height && rows[end] > blank) {
			end++;
		}
		// a speck or a burst of line noise may cross the gap under the line
		int window = (int) Math.ceil(height * HEADER_GAP);
		int blankInWindow = 0;
		for (int y = end; y < Math.min(height, end + window); y++) {
			if (rows[y] <= blank) {
				blankInWindow++;
			}
		}
		boolean thinLine = end - start >= 4 && end <= height * HEADER_END;
		return (thinLine && blankInWindow >= window * 0.8) ? Math.min(height, end + 2) : 0;
	}

	/**
	 * @param grey a page with square pixels, 8-bit grey, without a header line across it
	 * @return 90 when the text runs up and down the page (lines are columns), else 0;
	 * which way up it reads is for OCR to tell
	 */
	public static int quarterTurn(BufferedImage grey) {
		Grey page = Grey.of(grey);
		int step = Math.max(1, page.width() / 850);
		int threshold = Thresholds.otsu(page);
		int[] rows = new int[page.height() / step + 1];
		int[] columns = new int[page.width() / step + 1];
		byte[] pixels = page.pixels();
		for (int y = 0; y < page.height(); y += step) {
			for (int x = 0; x < page.width(); x += step) {
				if ((pixels[y * page.width() + x] & 0xFF) < threshold) {
					rows[y / step]++;
					columns[x / step]++;
				}
			}
		}
		double acrossRows = peakiness(rows);
		double acrossColumns = peakiness(columns);
		return (acrossColumns > acrossRows * LINES_MARGIN) ? 90 : 0;
	}

	/**
	 * Whether columns of text may stand side by side on a page: only where a blank strip
	 * at least {@value #GUTTER_INCHES} inch wide runs down the page, between ink on both
	 * sides, for a share of its height. Lines of a single column of text cross every such
	 * strip, so for them this says no without any OCR; a yes asks Tesseract's layout
	 * analysis, which is dearer.
	 * @param grey a page with square pixels, 8-bit grey, its lines across
	 * @param dpi its resolution
	 * @param minHeight the share of the page height the strip must run down
	 * @return false when the page certainly has no columns side by side
	 */
	public static boolean mayHaveColumns(BufferedImage grey, int dpi, double minHeight) {
		Grey page = Grey.of(grey);
		int threshold = Thresholds.otsu(page);
		int step = Math.max(1, page.width() / 850);
		int columns = page.width() / step;
		int rows = page.height() / step;
		// ink per row up to each column: ink[y][x] = inked samples in columns [0, x)
		int[][] ink = new int[rows][columns + 1];
		byte[] pixels = page.pixels();
		for (int y = 0; y < rows; y++) {
			int offset = y * step * page.width();
			int[] row = ink[y];
			for (int x = 0; x < columns; x++) {
				row[x + 1] = row[x] + (((pixels[offset + x * step] & 0xFF) < threshold) ? 1 : 0);
			}
		}
		int gutter = Math.max(2, (int) Math.round(GUTTER_INCHES * dpi / step));
		int tall = (int) Math.ceil(minHeight * rows);
		for (int x = columns / 8; x + gutter <= columns - columns / 8; x++) {
			int run = 0;
			int inkedBothSides = 0;
			for (int y = 0; y < rows; y++) {
				int[] row = ink[y];
				if (row[x + gutter] - row[x] > 0) {
					run = 0;
					inkedBothSides = 0;
					continue;
				}
				run++;
				if (row[x] > 0 && row[columns] - row[x + gutter] > 0) {
					inkedBothSides++;
				}
				if (run >= tall && inkedBothSides * 2 >= tall) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * @param grey a page with square pixels, 8-bit grey, its lines across
	 * @param rows how many rows the band should have
	 * @return the first row and the row after the last of a band of about that height
	 * around the middle of the page's ink, its edges moved out to the nearest blank rows
	 * (by at most a quarter of its height) so that it cuts no line of text in two
	 */
	public static int[] textBand(BufferedImage grey, int rows) {
		Grey page = Grey.of(grey);
		int[] ink = rowInk(page, Thresholds.otsu(page));
		int blank = blankLevel(ink);
		int height = ink.length;
		if (rows >= height) {
			return new int[] { 0, height };
		}
		long total = 0;
		for (int value : ink) {
			total += (value > blank) ? value : 0;
		}
		int middle = height / 2;
		long sum = 0;
		for (int y = 0; y < height && total > 0; y++) {
			sum += (ink[y] > blank) ? ink[y] : 0;
			if (sum * 2 >= total) {
				middle = y;
				break;
			}
		}
		int top = Math.max(0, Math.min(height - rows, middle - rows / 2));
		int bottom = top + rows;
		int reach = rows / 4;
		for (int moved = 0; top > 0 && ink[top] > blank && moved < reach; moved++) {
			top--;
		}
		for (int moved = 0; bottom < height && ink[bottom - 1] > blank && moved < reach; moved++) {
			bottom++;
		}
		return new int[] { top, bottom };
	}

	/**
	 * Straightens a page fed slightly askew (fax machines and scanners turn a sheet by a
	 * few degrees), by the angle that makes its rows of ink sharpest.
	 * @param grey a page with square pixels, 8-bit grey, its lines across
	 * @return the page turned level, or the page itself when it is level within a quarter
	 * of a degree or no angle up to five degrees makes it so
	 */
	public static BufferedImage level(BufferedImage grey) {
		double angle = PageCleanup.skewAngle(grey);
		return (Math.abs(angle) >= PageCleanup.MIN_SKEW) ? PageCleanup.rotate(grey, -angle) : grey;
	}

	/**
	 * @param grey a page
	 * @param degrees 90, 180 or 270, clockwise
	 * @return the page turned, as a new image
	 */
	public static BufferedImage turn(BufferedImage grey, int degrees) {
		int quarters = Math.floorMod(degrees / 90, 4);
		if (quarters == 0) {
			return grey;
		}
		boolean swap = quarters % 2 == 1;
		int width = swap ? grey.getHeight() : grey.getWidth();
		int height = swap ? grey.getWidth() : grey.getHeight();
		BufferedImage turned = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
		Graphics2D g = turned.createGraphics();
		try {
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, width, height);
			AffineTransform turn = new AffineTransform();
			turn.translate(width / 2.0, height / 2.0);
			turn.quadrantRotate(quarters);
			turn.translate(-grey.getWidth() / 2.0, -grey.getHeight() / 2.0);
			g.drawImage(grey, turn, null);
		}
		finally {
			g.dispose();
		}
		return turned;
	}

	/**
	 * @param grey a page
	 * @param rows rows from the top to paint white
	 * @return a copy of the page without them
	 */
	public static BufferedImage withoutTop(BufferedImage grey, int rows) {
		BufferedImage copy = new BufferedImage(grey.getWidth(), grey.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
		Graphics2D g = copy.createGraphics();
		try {
			g.drawImage(grey, 0, 0, null);
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, grey.getWidth(), rows);
		}
		finally {
			g.dispose();
		}
		return copy;
	}

	private static int[] rowInk(Grey page, int threshold) {
		int[] rows = new int[page.height()];
		byte[] pixels = page.pixels();
		int step = Math.max(1, page.width() / 850);
		for (int y = 0; y < page.height(); y++) {
			int offset = y * page.width();
			for (int x = 0; x < page.width(); x += step) {
				if ((pixels[offset + x] & 0xFF) < threshold) {
					rows[y]++;
				}
			}
		}
		return rows;
	}

	/** Specks of line noise put a little ink in every row: below this a row is blank. */
	private static int blankLevel(int[] profile) {
		int max = 0;
		for (int value : profile) {
			max = Math.max(max, value);
		}
		return Math.max(2, (int) (max * BLANK));
	}

	/**
	 * 1 for ink spread evenly, more the more it gathers in a few rows (or columns), as it
	 * does in lines of text seen across them.
	 */
	private static double peakiness(int[] profile) {
		double sum = 0;
		double squares = 0;
		for (int value : profile) {
			sum += value;
			squares += (double) value * value;
		}
		return (sum == 0) ? 1 : profile.length * squares / (sum * sum);
	}

}
