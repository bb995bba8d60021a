package org.ecs.ocr.cleanup;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

import org.ecs.ocr.cleanup.PageCleanup.Binarisation;
import org.ecs.ocr.cleanup.PageCleanup.Steps;
import org.ecs.ocr.page.PageImage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PageCleanupTest {

	@Test
	void shouldPlaceOtsuThresholdBetweenInkAndPaperWhenHistogramIsBimodal() {
		BufferedImage page = blank(200, 200, 200);
		fill(page, 20, 20, 80, 80, 60);

		int threshold = Thresholds.otsu(Grey.of(page));

		assertThat(threshold).isBetween(61, 200);
	}

	@Test
	void shouldMeasureSkewWhenLinesRunAtAnAngle() {
		BufferedImage level = lines(1700, 2200);

		assertThat(PageCleanup.skewAngle(level)).isCloseTo(0.0, within(0.15));
		assertThat(PageCleanup.skewAngle(PageCleanup.rotate(level, 2.0))).isCloseTo(2.0, within(0.15));
		assertThat(PageCleanup.skewAngle(PageCleanup.rotate(level, -3.5))).isCloseTo(-3.5, within(0.15));
	}

	@Test
	void shouldLevelPageWhenDeskewIsOn() {
		PageImage skewed = new PageImage(1, PageCleanup.rotate(lines(1700, 2200), 3.0), 200, 200);

		PageImage cleaned = new PageCleanup(Steps.none().withDeskew(true)).clean(skewed);

		assertThat(PageCleanup.skewAngle(cleaned.image())).isCloseTo(0.0, within(0.2));
	}

	@Test
	void shouldEnlargePageWhenBelowMinimumResolution() {
		PageImage page = new PageImage(3, blank(754, 1000, 255), 91, 91);

		PageImage cleaned = new PageCleanup(Steps.none().withUpscale(250, 300)).clean(page);

		assertThat(cleaned.xDpi()).isEqualTo(300);
		assertThat(cleaned.width()).isEqualTo(Math.round(754 * 300 / 91f));
		assertThat(cleaned.number()).isEqualTo(3);
	}

	@Test
	void shouldLeavePageAloneWhenNoStepIsOn() {
		BufferedImage image = lines(400, 400);

		PageImage cleaned = new PageCleanup(Steps.none()).clean(new PageImage(1, image, 300, 300));

		assertThat(cleaned.image()).isSameAs(image);
	}

	@Test
	void shouldRemoveSpecksButKeepStrokesWhenDespeckling() {
		BufferedImage page = blank(300, 300, 255);
		fill(page, 50, 50, 1, 1, 0);
		fill(page, 100, 100, 40, 6, 0);

		PageImage cleaned = new PageCleanup(Steps.none().withBinarisation(Binarisation.OTSU).withDespeckle(true))
			.clean(new PageImage(1, page, 300, 300));

		assertThat(cleaned.image().getRaster().getSample(50, 50, 0)).isEqualTo(255);
		assertThat(cleaned.image().getRaster().getSample(110, 102, 0)).isEqualTo(0);
	}

	@Test
	void shouldBlackenTextAndWhitenShadowWhenSauvolaMeetsUnevenBackground() {
		BufferedImage page = blank(600, 300, 255);
		for (int x = 0; x < 600; x++) {
			// paper going from white to mid grey, as under a scanner lid's shadow
			fill(page, x, 0, 1, 300, 255 - x / 5);
		}
		fill(page, 500, 100, 30, 4, 40);

		PageImage cleaned = new PageCleanup(Steps.none().withBinarisation(Binarisation.SAUVOLA))
			.clean(new PageImage(1, page, 300, 300));

		assertThat(cleaned.image().getRaster().getSample(510, 101, 0)).isZero();
		assertThat(cleaned.image().getRaster().getSample(560, 250, 0)).isEqualTo(255);
	}

	@Test
	void shouldWhitenDarkEdgeBandsWhenRemovingBorders() {
		BufferedImage page = lines(800, 800);
		fill(page, 0, 0, 12, 800, 0);

		PageImage cleaned = new PageCleanup(Steps.none().withRemoveBorders(true))
			.clean(new PageImage(1, page, 200, 200));

		assertThat(cleaned.image().getRaster().getSample(5, 400, 0)).isEqualTo(255);
		assertThat(cleaned.image().getRaster().getSample(320, 107, 0)).isLessThan(128);
	}

	static BufferedImage blank(int width, int height, int grey) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
		fill(image, 0, 0, width, height, grey);
		return image;
	}

	static void fill(BufferedImage image, int x, int y, int width, int height, int grey) {
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(grey, grey, grey));
		g.fillRect(x, y, width, height);
		g.dispose();
	}

	/** A page of text-like lines: short dark dashes in rows, like words on lines. */
	static BufferedImage lines(int width, int height) {
		BufferedImage page = blank(width, height, 255);
		for (int y = 100; y < height - 100; y += 50) {
			for (int x = 100; x < width - 150; x += 70) {
				fill(page, x, y, 50, 14, 0);
			}
		}
		return page;
	}

}
