package org.ecs.config.platform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OsPackagesTest {

	@Test
	void shouldReadTheShippedListWithEveryOcrModelAndTheTestOnlyBrowser() {
		OsPackages packages = OsPackages.load();
		assertThat(packages.of("ocr")).contains("tesseract-ocr", "tesseract-ocr-osd", "tesseract-ocr-eng",
				"tesseract-ocr-fra", "tesseract-ocr-spa", "tesseract-ocr-rus", "tesseract-ocr-ara",
				"tesseract-ocr-chi-sim");
		assertThat(packages.of("fax-pdf")).containsExactly("fonts-dejavu-core", "fonts-droid-fallback");
		assertThat(packages.of("video")).containsExactly("ffmpeg");
		assertThat(packages.all()).filteredOn(OsPackages.OsPackage::testOnly)
			.extracting(OsPackages.OsPackage::name)
			.containsExactlyInAnyOrder("chromium", "chromium-driver", "libnss3-tools");
	}

	@Test
	void shouldRefuseALineWithoutItsFeatureOrWhen() {
		assertThatThrownBy(() -> OsPackages.parse("tesseract-ocr ocr\n")).hasMessageContaining("run|test");
		assertThatThrownBy(() -> OsPackages.parse("# only a comment\n").of("ocr")).hasMessageContaining("No package");
	}

}
