package org.ecs.ocr.cleanup;

/**
 * Decides which pixels are ink.
 */
final class Thresholds {

	private Thresholds() {
	}

	/**
	 * Otsu's threshold: the grey level that best separates the histogram into two
	 * classes.
	 * @param grey the page
	 * @return pixels darker than this are ink
	 */
	static int otsu(Grey grey) {
		long[] histogram = new long[256];
		for (byte pixel : grey.pixels()) {
			histogram[pixel & 0xFF]++;
		}
		long total = grey.pixels().length;
		double sum = 0;
		for (int i = 0; i < 256; i++) {
			sum += (double) i * histogram[i];
		}
		double sumBackground = 0;
		long weightBackground = 0;
		double bestVariance = -1;
		int threshold = 128;
		for (int t = 0; t < 256; t++) {
			weightBackground += histogram[t];
			if (weightBackground == 0) {
				continue;
			}
			long weightForeground = total - weightBackground;
			if (weightForeground == 0) {
				break;
			}
			sumBackground += (double) t * histogram[t];
			double meanBackground = sumBackground / weightBackground;
			double meanForeground = (sum - sumBackground) / weightForeground;
			double between = (double) weightBackground * weightForeground * (meanBackground - meanForeground)
					* (meanBackground - meanForeground);
			if (between > bestVariance) {
				bestVariance = between;
				threshold = t + 1;
			}
		}
		return threshold;
	}

	static boolean[] otsuMask(Grey grey) {
		int threshold = otsu(grey);
		byte[] pixels = grey.pixels();
		boolean[] ink = new boolean[pixels.length];
		for (int i = 0; i < pixels.length; i++) {
			ink[i] = (pixels[i] & 0xFF) < threshold;
		}
		return ink;
	}

	/**
	 * Sauvola's local threshold {@code T = m (1 + k (s / R - 1))} over a window about a
	 * sixth of an inch wide, computed with integral images so the window size costs
	 * nothing.
	 * @param grey the page
	 * @param dpi its resolution
	 * @return which pixels are ink
	 */
	static boolean[] sauvola(Grey grey, int dpi) {
		int width = grey.width();
		int height = grey.height();
		int radius = Math.max(7, dpi / 12);
		double k = 0.34;
		double range = 128;
		long[] sum = new long[(width + 1) * (height + 1)];
		long[] squares = new long[(width + 1) * (height + 1)];
		byte[] pixels = grey.pixels();
		for (int y = 0; y < height; y++) {
			long rowSum = 0;
			long rowSquares = 0;
			for (int x = 0; x < width; x++) {
				int value = pixels[y * width + x] & 0xFF;
				rowSum += value;
				rowSquares += (long) value * value;
				int at = (y + 1) * (width + 1) + x + 1;
				sum[at] = sum[at - width - 1] + rowSum;
				squares[at] = squares[at - width - 1] + rowSquares;
			}
		}
		boolean[] ink = new boolean[pixels.length];
		for (int y = 0; y < height; y++) {
			int top = Math.max(0, y - radius);
			int bottom = Math.min(height, y + radius + 1);
			for (int x = 0; x < width; x++) {
				int left = Math.max(0, x - radius);
				int right = Math.min(width, x + radius + 1);
				long area = (long) (bottom - top) * (right - left);
				long s = sum[bottom * (width + 1) + right] - sum[top * (width + 1) + right]
						- sum[bottom * (width + 1) + left] + sum[top * (width + 1) + left];
				long q = squares[bottom * (width + 1) + right] - squares[top * (width + 1) + right]
						- squares[bottom * (width + 1) + left] + squares[top * (width + 1) + left];
				double mean = (double) s / area;
				double deviation = Math.sqrt(Math.max(0, (double) q / area - mean * mean));
				double threshold = mean * (1 + k * (deviation / range - 1));
				ink[y * width + x] = (pixels[y * width + x] & 0xFF) <= threshold;
			}
		}
		return ink;
	}

	/**
	 * Whitens rows and columns along the page edges that are mostly ink: the black bands
	 * a scanner lid or a fax feeder leaves, which Tesseract otherwise reads as runs of
	 * {@code |} and {@code I}.
	 * @param grey the page, changed in place
	 * @param ink the ink mask, changed in place
	 */
	static void clearEdgeBands(Grey grey, boolean[] ink) {
		int width = grey.width();
		int height = grey.height();
		int maxRows = height / 25;
		int maxColumns = width / 25;
		for (int y = 0; y < maxRows && rowInk(ink, width, y) > 0.5; y++) {
			clearRow(grey, ink, y);
		}
		for (int y = height - 1; y >= height - maxRows && rowInk(ink, width, y) > 0.5; y--) {
			clearRow(grey, ink, y);
		}
		for (int x = 0; x < maxColumns && columnInk(ink, width, height, x) > 0.5; x++) {
			clearColumn(grey, ink, x);
		}
		for (int x = width - 1; x >= width - maxColumns && columnInk(ink, width, height, x) > 0.5; x--) {
			clearColumn(grey, ink, x);
		}
	}

	private static double rowInk(boolean[] ink, int width, int y) {
		int count = 0;
		for (int x = 0; x < width; x++) {
			if (ink[y * width + x]) {
				count++;
			}
		}
		return (double) count / width;
	}

	private static double columnInk(boolean[] ink, int width, int height, int x) {
		int count = 0;
		for (int y = 0; y < height; y++) {
			if (ink[y * width + x]) {
				count++;
			}
		}
		return (double) count / height;
	}

	private static void clearRow(Grey grey, boolean[] ink, int y) {
		for (int x = 0; x < grey.width(); x++) {
			ink[y * grey.width() + x] = false;
			grey.pixels()[y * grey.width() + x] = (byte) 255;
		}
	}

	private static void clearColumn(Grey grey, boolean[] ink, int x) {
		for (int y = 0; y < grey.height(); y++) {
			ink[y * grey.width() + x] = false;
			grey.pixels()[y * grey.width() + x] = (byte) 255;
		}
	}

}
