package org.ecs.ocr.faxset;

import java.util.List;
import java.util.Map;

import org.ecs.ocr.cleanup.PageCleanup;
import org.ecs.ocr.page.PageImage;
import org.ecs.ocr.page.PageImageReader;
import org.ecs.ocr.tesseract.OcrEngine;
import org.ecs.ocr.tesseract.OcrProgressListener;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * OCR on ECS's own generated faxes (no corpus needed): whole pages in the six languages,
 * sent at normal and fine resolution over a noisy line, read as a received fax is read.
 */
class GeneratedFaxIT {

	/**
	 * Character error rates a little above what Tesseract 5.3 reaches on these pages
	 * (Latin 0.00-0.03, Russian 0.03-0.17, Arabic 0.24-0.27 with the Latin header read as
	 * Arabic, Chinese 0.07-0.08).
	 */
	private static final Map<String, Double> BARS = Map.of("en", 0.05, "fr", 0.05, "es", 0.05, "ru", 0.22, "ar", 0.33,
			"zh", 0.12);

	private static OcrEngine engine;

	@BeforeAll
	static void start() {
		engine = new OcrEngine();
	}

	@AfterAll
	static void stop() {
		engine.close();
	}

	static List<GeneratedFax> uprightPages() {
		return GeneratedFaxes.all().stream().filter((fax) -> fax.rotation() == 0).toList();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("uprightPages")
	void shouldReadUprightFaxWhenRecognisingInItsLanguage(GeneratedFax fax) throws Exception {
		PageImage page = new PageCleanup().clean(new PageImageReader().read(fax.tiff(), "image/tiff").get(0));

		String text = engine.recognise(List.of(page), List.of(fax.language()), OcrProgressListener.NONE)
			.pages()
			.get(0)
			.text();

		double cer = FaxScore.characterErrorRate(fax.truth(), FaxScore.withoutHeader(text, fax.header()));
		System.out.printf("%s CER %.3f%n", fax.name(), cer);
		assertThat(cer).as(text).isLessThan(BARS.get(fax.language()));
	}

	@Test
	void shouldGenerateTheSamePageTwice() {
		assertThat(GeneratedFaxes.page("ru", 2).tiff()).isEqualTo(GeneratedFaxes.page("ru", 2).tiff());
	}

}
