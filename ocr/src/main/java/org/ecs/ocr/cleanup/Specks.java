package org.ecs.ocr.cleanup;

/**
 * Removes specks: connected blobs of ink too small to be part of a character, which fax
 * line noise and dust leave behind and Tesseract reads as stray punctuation.
 */
final class Specks {

	private Specks() {
	}

	/**
	 * @param grey the page, specks whitened in place
	 * @param ink the ink mask, specks cleared in place
	 * @param dpi the page resolution, which sets how small a speck is
	 */
	static void remove(Grey grey, boolean[] ink, int dpi) {
		int width = grey.width();
		int height = grey.height();
		// a full stop at 10 pt and 300 dpi is about 4x4 pixels: stay well below that
		double scale = dpi / 300.0;
		int maxArea = (int) Math.max(1, Math.round(3 * scale * scale));
		boolean[] seen = new boolean[ink.length];
		int[] stack = new int[ink.length];
		int[] blob = new int[maxArea + 1];
		for (int start = 0; start < ink.length; start++) {
			if (!ink[start] || seen[start]) {
				continue;
			}
			int size = 0;
			int top = 0;
			stack[top++] = start;
			seen[start] = true;
			while (top > 0) {
				int at = stack[--top];
				if (size <= maxArea) {
					blob[size] = at;
				}
				size++;
				int x = at % width;
				int y = at / width;
				for (int dy = -1; dy <= 1; dy++) {
					for (int dx = -1; dx <= 1; dx++) {
						int nx = x + dx;
						int ny = y + dy;
						if (nx >= 0 && ny >= 0 && nx < width && ny < height) {
							int next = ny * width + nx;
							if (ink[next] && !seen[next]) {
								seen[next] = true;
								stack[top++] = next;
							}
						}
					}
				}
			}
			if (size <= maxArea) {
				for (int i = 0; i < size; i++) {
					ink[blob[i]] = false;
					grey.pixels()[blob[i]] = (byte) 255;
				}
			}
		}
	}

}
