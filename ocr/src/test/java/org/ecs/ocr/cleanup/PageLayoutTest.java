package org.ecs.ocr.cleanup;

import java.awt.image.BufferedImage;

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

}
