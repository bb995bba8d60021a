package org.ecs.ocr.page;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.ecs.ocr.SharedCorpus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Bound to the shared corpus: skipped with the reason on a clone without it. */
class FaxCorpusIT {

	private Path fax;

	private final PageImageReader reader = new PageImageReader();

	@BeforeEach
	void corpus() {
		this.fax = SharedCorpus.require("fax");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "libtiffnet_fax_samples_no_gt/CCITT_1.TIF, 1728, 2376, 200",
			"libtiffnet_fax_samples_no_gt/CCITT_2.TIF, 1728, 2376, 200",
			"libtiffnet_fax_samples_no_gt/CCITT_3.TIF, 1728, 2376, 200",
			"libtiffnet_fax_samples_no_gt/CCITT_4.TIF, 1728, 2376, 200",
			"libtiffnet_fax_samples_no_gt/CCITT_5.TIF, 1728, 2376, 200",
			"libtiffnet_fax_samples_no_gt/CCITT_6.TIF, 1728, 2376, 200",
			"libtiffnet_fax_samples_no_gt/CCITT_7.TIF, 1728, 2376, 200",
			"libtiffnet_fax_samples_no_gt/CCITT_8.TIF, 1728, 2376, 200",
			// 204x98 dpi "normal" fax: lines stretched by 204/98 to square pixels
			"libtiffnet_fax_samples_no_gt/fax2d.tif, 1728, 2252, 204",
			"libtiffnet_fax_samples_no_gt/g3test.tif, 1728, 2296, 204",
			"tesseract_test/8087_054.3B.tif, 2560, 3300, 300", "tesseract_test/8071_093.3B.tif, 3312, 2550, 300",
			"tesseract_test/phototest.tif, 640, 480, 200", "tesseract_test/eurotext.tif, 1024, 800, 300" })
	void shouldDecodeFaxTiffWithSquarePixelsWhenReadFromCorpus(String file, int width, int height, int dpi)
			throws Exception {
		List<PageImage> pages = this.reader.read(Files.readAllBytes(this.fax.resolve(file)), "image/tiff");

		assertThat(pages).singleElement().satisfies((page) -> {
			assertThat(page.width()).isEqualTo(width);
			assertThat(page.height()).isEqualTo(height);
			assertThat(page.xDpi()).isEqualTo(dpi);
			assertThat(page.hasSquarePixels()).isTrue();
			assertThat(inkShare(page)).as("share of black pixels").isBetween(0.005, 0.5);
		});
	}

	@Test
	void shouldCoverEveryTiffWhenCorpusGrows() throws IOException {
		try (Stream<Path> files = Files.walk(this.fax)) {
			assertThat(files.filter((p) -> p.toString().toLowerCase(Locale.ROOT).endsWith(".tif"))).hasSize(14);
		}
	}

	@Test
	void shouldReadEveryFunsdScanWhenItHasNoResolution() throws IOException {
		try (Stream<Path> files = Files.list(this.fax.resolve("funsd/images"))) {
			List<Path> images = files.toList();
			assertThat(images).hasSize(31);
			for (Path image : images) {
				try {
					List<PageImage> pages = this.reader.read(Files.readAllBytes(image), null);
					assertThat(pages).singleElement().satisfies((page) -> assertThat(page.xDpi()).isBetween(85, 105));
				}
				catch (PageReadException ex) {
					throw new AssertionError(image + ": " + ex.getMessage(), ex);
				}
			}
		}
	}

	private static double inkShare(PageImage page) {
		byte[] pixels = (byte[]) page.grey().getRaster().getDataElements(0, 0, page.width(), page.height(), null);
		long dark = 0;
		for (byte pixel : pixels) {
			if ((pixel & 0xFF) < 128) {
				dark++;
			}
		}
		return (double) dark / pixels.length;
	}

}
