package org.ecs.ocr.cleanup;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PageLayoutTest {

	@Test
	void shouldLevelAPageFedAskewByUpToFiveDegrees() {
		BufferedImage level = PageCleanupTest.lines(1700, 2200);

		for (double angle : new double[] { 5.0, -4.5, 1.5 }) {
			BufferedImage straightened = PageLayout.level(PageCleanup.rotate(level, angle));

			assertThat(PageCleanup.skewAngle(straightened)).as("fed at %s degrees", angle).isCloseTo(0.0, within(0.2));
		}
	}

	@Test
	void shouldLeaveALevelPageAsItIs() {
		BufferedImage level = PageCleanupTest.lines(1700, 2200);

		assertThat(PageLayout.level(level)).isSameAs(level);
	}

	@Test
	void shouldTakeABandOfWholeLinesAroundTheMiddleOfTheInk() {
		// lines of 14 rows every 50 rows from row 100 to 2100
		BufferedImage page = PageCleanupTest.lines(1700, 2200);

		int[] band = PageLayout.textBand(page, 200);

		assertThat(band[1] - band[0]).isBetween(200, 250);
		assertThat((band[0] + band[1]) / 2).isBetween(1000, 1200);
		// its edges fall between lines, not through one
		assertThat(Math.floorMod(band[0] - 100, 50)).isGreaterThanOrEqualTo(14);
		assertThat(Math.floorMod(band[1] - 100, 50)).isGreaterThanOrEqualTo(14);
	}

	@Test
	void shouldTakeTheWholePageWhenTheBandWouldBeTaller() {
		BufferedImage page = PageCleanupTest.lines(400, 300);

		assertThat(PageLayout.textBand(page, 500)).containsExactly(0, 300);
	}

	@Test
	void shouldSayASingleColumnOfTextHasNoColumnsWithoutAskingOcr() {
		BufferedImage page = text(new int[][] { { 150, 1550 } });

		assertThat(PageLayout.mayHaveColumns(page, 200, 0.15)).isFalse();
	}

	@Test
	void shouldSayColumnsMayStandSideBySideWhenAGutterRunsDownThePage() {
		BufferedImage page = text(new int[][] { { 150, 820 }, { 880, 1550 } });

		assertThat(PageLayout.mayHaveColumns(page, 200, 0.15)).isTrue();
	}

	/** Lines of words of random length, 12 pt at 200 dpi, in columns from x to x. */
	private static BufferedImage text(int[][] columns) {
		BufferedImage page = new BufferedImage(1700, 2200, BufferedImage.TYPE_BYTE_GRAY);
		Graphics2D g = page.createGraphics();
		Random random = new Random(7);
		try {
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, page.getWidth(), page.getHeight());
			g.setColor(Color.BLACK);
			g.setFont(new Font(Font.SERIF, Font.PLAIN, 33));
			for (int[] column : columns) {
				for (int y = 200; y < 1900; y += 50) {
					StringBuilder line = new StringBuilder();
					while (g.getFontMetrics().stringWidth(line + "mmmmmmmm") < column[1] - column[0]) {
						line.append("abcdefghijklmnopqrstuvwxyz", 0, 1 + random.nextInt(9)).append(' ');
					}
					g.drawString(line.toString().strip(), column[0], y);
				}
			}
		}
		finally {
			g.dispose();
		}
		return page;
	}

}
