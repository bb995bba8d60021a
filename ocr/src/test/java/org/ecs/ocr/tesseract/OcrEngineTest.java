package org.ecs.ocr.tesseract;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class OcrEngineTest {

	@Test
	void shouldUseConfiguredTessdataWhenOneIsGiven() {
		assertThat(OcrEngine.resolveTessdata(Path.of("/opt/models"))).isEqualTo(Path.of("/opt/models"));
	}

	@Test
	void shouldFallBackToAFolderWhenNoneIsConfigured() {
		assertThat(OcrEngine.resolveTessdata(null)).isNotNull();
	}

	@Test
	void shouldRejectSettingsWhenThreadCountIsNotPositive() {
		assertThatIllegalArgumentException().isThrownBy(() -> OcrEngine.Settings.defaults().withThreads(0));
	}

	@Test
	void shouldUseEveryCoreAndAutomaticLayoutWhenDefaults() {
		OcrEngine.Settings settings = OcrEngine.Settings.defaults();

		assertThat(settings.threads()).isEqualTo(Runtime.getRuntime().availableProcessors());
		assertThat(settings.pageSegmentationMode()).isEqualTo(OcrEngine.AUTO_LAYOUT);
	}

}
