package org.ecs.ocr.tesseract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.ecs.ocr.SharedCorpus;
import org.ecs.ocr.cleanup.PageCleanup;
import org.ecs.ocr.page.PageImage;
import org.ecs.ocr.page.PageImageReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class OcrEngineIT {

	private static OcrEngine engine;

	@BeforeAll
	static void start() {
		engine = new OcrEngine();
	}

	@AfterAll
	static void stop() {
		engine.close();
	}

	static List<Arguments> languages() {
		return List.of(
				Arguments.of("en", 0.02, 0.04,
						List.of("The delegation of Norway supports the second option,",
								"provided that the deadline is moved to 15 March 2027.")),
				Arguments.of("fr", 0.02, 0.04,
						List.of("La délégation française approuve le projet de décision,",
								"à condition que la réunion ait lieu à Genève en été.")),
				Arguments.of("es", 0.02, 0.04,
						List.of("La delegación de España está de acuerdo con la propuesta,",
								"pero señala que el año próximo habrá más reuniones.")),
				Arguments.of("ru", 0.02, 0.04,
						List.of("Делегация Российской Федерации поддерживает проект,",
								"если срок представления докладов будет продлён.")),
				Arguments.of("ar", 0.05, 0.06,
						List.of("يؤيد وفد مصر مشروع القرار المقترح", "ويطلب تمديد الموعد النهائي لتقديم التقارير")),
				Arguments.of("zh", 0.05, 0.08, List.of("中国代表团支持关于技术会议的决定草案", "并建议将报告提交的截止日期延长一个月")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("languages")
	void shouldReadTypedPageWhenRecognisingInItsLanguage(String language, double maxCer, double maxFaxedCer,
			List<String> lines) throws Exception {
		PageImage page = TypedPage.render(1, lines, language.equals("ar"));

		OcrResult result = engine.recognise(List.of(page), List.of(language), OcrProgressListener.NONE);

		String text = result.pages().get(0).text();
		assertThat(TextScore.characterErrorRate(String.join("\n", lines), text)).as(text).isLessThan(maxCer);
		assertThat(result.pages().get(0).meanConfidence()).isGreaterThan(60);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("languages")
	void shouldReadFaxedPageWhenRecognisingInItsLanguage(String language, double maxCer, double maxFaxedCer,
			List<String> lines) throws Exception {
		PageImage faxed = TypedPage.faxed(TypedPage.render(1, lines, language.equals("ar")));

		OcrResult result = engine.recognise(List.of(new PageCleanup().clean(faxed)), List.of(language),
				OcrProgressListener.NONE);

		String text = result.pages().get(0).text();
		assertThat(TextScore.characterErrorRate(String.join("\n", lines), text)).as(text).isLessThan(maxFaxedCer);
	}

	@Test
	void shouldReportEveryPageAndKeepOrderWhenRecognisingSeveralPagesInParallel() throws Exception {
		List<PageImage> pages = List.of(TypedPage.render(1, List.of("First page of the fax"), false),
				TypedPage.render(2, List.of("Second page of the fax"), false),
				TypedPage.render(3, List.of("Third page of the fax"), false));
		Set<Integer> progress = ConcurrentHashMap.newKeySet();
		Set<String> threads = ConcurrentHashMap.newKeySet();

		OcrResult result = engine.recognise(pages, List.of("en"), (page, done, total) -> {
			progress.add(done);
			threads.add(Thread.currentThread().getName());
			assertThat(total).isEqualTo(3);
		});

		assertThat(progress).containsExactlyInAnyOrder(1, 2, 3);
		assertThat(threads).allMatch((name) -> name.startsWith("ocr-"));
		assertThat(result.pages()).extracting(OcrPage::number).containsExactly(1, 2, 3);
		assertThat(result.pages().get(1).text()).contains("Second page");
		assertThat(result.text()).contains("First page").contains("\f");
	}

	@Test
	void shouldGiveWordsWithConfidenceAndBoxWhenRecognising() throws Exception {
		PageImage page = TypedPage.render(1, List.of("Reply to ECS-D-1234 before Friday"), false);

		OcrPage read = engine.recognise(List.of(page), List.of("en"), OcrProgressListener.NONE).pages().get(0);

		assertThat(read.words()).extracting(OcrWord::text).contains("Reply", "ECS-D-1234", "Friday");
		assertThat(read.words()).allSatisfy((word) -> {
			assertThat(word.confidence()).isBetween(0f, 100f);
			assertThat(word.x()).isBetween(150, page.width());
			assertThat(word.y()).isBetween(100, 250);
			assertThat(word.width()).isPositive();
			assertThat(word.height()).isBetween(20, 80);
		});
	}

	@Test
	void shouldKeepColumnsApartWhenPageHasTwoColumnsOfText() throws Exception {
		List<String> left = List.of("alpha one", "alpha two", "alpha three", "alpha four", "alpha five", "alpha six",
				"alpha seven", "alpha eight", "alpha nine", "alpha ten");
		List<String> right = List.of("omega one", "omega two", "omega three", "omega four", "omega five", "omega six",
				"omega seven", "omega eight", "omega nine", "omega ten");
		PageImage page = TypedPage.renderColumns(left, right, 1300, null);

		String text = engine.recognise(List.of(page), List.of("en"), OcrProgressListener.NONE).text();

		assertThat(text.indexOf("alpha ten")).isPositive().isLessThan(text.indexOf("omega one"));
	}

	@Test
	void shouldReadAcrossThePageWhenFormPairsLabelsWithValues() throws Exception {
		List<String> labels = List.of("To:", "From:", "Fax:", "Date:");
		List<String> values = List.of("Technical Secretariat", "Dr. Maria Silva", "+41 22 555 0199", "12 May 2027");
		PageImage page = TypedPage.renderColumns(labels, values, 520,
				"Please find below our comments on the draft agenda of the technical meeting.");

		String text = engine.recognise(List.of(page), List.of("en"), OcrProgressListener.NONE).text();

		assertThat(text).contains("From: Dr. Maria Silva").contains("Date: 12 May 2027");
	}

	@Test
	void shouldReadBothLanguagesWhenPageMixesThem() throws Exception {
		PageImage page = TypedPage.render(1, List.of("Comments on the draft agenda", "Observations sur le projet"),
				false);

		OcrResult result = engine.recognise(List.of(page), List.of("en", "fr"), OcrProgressListener.NONE);

		assertThat(result.languages()).isEqualTo("eng+fra");
		assertThat(result.text()).contains("Comments on the draft agenda").contains("Observations sur le projet");
	}

	@Test
	void shouldReadCorpusPageWhenItIsABilevelTiff() throws Exception {
		Path corpus = SharedCorpus.require("fax").resolve("tesseract_test");
		PageImage page = new PageImageReader().read(Files.readAllBytes(corpus.resolve("phototest.tif")), "image/tiff")
			.get(0);
		String truth = Files.readString(corpus.resolve("phototest.txt"));

		OcrResult result = engine.recognise(List.of(new PageCleanup().clean(page)), List.of("en"),
				OcrProgressListener.NONE);

		assertThat(TextScore.characterErrorRate(truth, result.text())).isLessThan(0.03);
	}

	@Test
	void shouldSayUnavailableWithoutCrashingWhenTessdataIsMissing(@TempDir Path empty) throws Exception {
		try (OcrEngine missing = new OcrEngine(OcrEngine.Settings.defaults().withTessdata(empty.resolve("nowhere")))) {
			assertThat(missing.isAvailable()).isFalse();
			assertThat(missing.isAvailable(List.of("en"))).isFalse();
			assertThatExceptionOfType(OcrException.class).isThrownBy(() -> missing
				.recognise(List.of(TypedPage.render(1, List.of("x"), false)), List.of("en"), OcrProgressListener.NONE));
		}
	}

	@Test
	void shouldSayUnavailableWhenLanguageModelIsMissing(@TempDir Path onlyEnglish) throws Exception {
		Files.copy(OcrEngine.DEBIAN_TESSDATA.resolve("eng.traineddata"), onlyEnglish.resolve("eng.traineddata"));
		try (OcrEngine english = new OcrEngine(OcrEngine.Settings.defaults().withTessdata(onlyEnglish))) {
			assertThat(english.isAvailable()).isTrue();
			assertThat(english.isAvailable(List.of("en"))).isTrue();
			assertThat(english.isAvailable(List.of("en", "ru"))).isFalse();
			assertThatExceptionOfType(OcrException.class).isThrownBy(() -> english
				.recognise(List.of(TypedPage.render(1, List.of("x"), false)), List.of("ru"), OcrProgressListener.NONE));
		}
	}

}
