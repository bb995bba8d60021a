package org.ecs.routes.fax;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.ecs.gateways.fax.ReceivedFax;
import org.ecs.ocr.faxset.GeneratedFax;
import org.ecs.ocr.faxset.GeneratedFaxes;
import org.ecs.ocr.page.PageImage;
import org.ecs.ocr.page.PageImageReader;
import org.ecs.ocr.tesseract.OcrEngine;
import org.ecs.ocr.tesseract.OcrPage;
import org.ecs.ocr.tesseract.OcrWord;
import org.ecs.core.contribution.IntakeProgress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

class FaxRecognitionTest {

	static final FaxSettings SETTINGS = new FaxSettings(true, "imap", "127.0.0.1", 3143, "", "", "INBOX",
			java.time.Duration.ofMillis(500), 20, java.time.Duration.ofMinutes(5), "", "+43 1 1", "ECS",
			"{number}@fax.ecs.localhost", true, "ECS <fax@ecs.localhost>", "AT", java.time.ZoneId.of("UTC"), 1, 60, 1,
			1, DataSize.ofMegabytes(5));

	@TempDir
	Path emptyTessdata;

	@Test
	void shouldReadThePagesAndMarkTheWordsTesseractIsUnsureOf() throws Exception {
		try (OcrEngine engine = new OcrEngine(OcrEngine.Settings.defaults().withThreads(1))) {
			IntakeProgress progress = org.mockito.Mockito.mock(IntakeProgress.class);
			FaxIntake read = new FaxRecognition(engine, SETTINGS, progress)
				.recognise(fax(List.of("We support the guidelines.", "xqzjw vvkpl")));

			// coordinators see a long fax being read, page by page, until it is done
			var order = org.mockito.Mockito.inOrder(progress);
			order.verify(progress)
				.start(org.mockito.ArgumentMatchers.startsWith("fax:"),
						org.mockito.ArgumentMatchers.contains("reading the pages"), org.mockito.ArgumentMatchers.eq(1));
			order.verify(progress)
				.advance(org.mockito.ArgumentMatchers.startsWith("fax:"), org.mockito.ArgumentMatchers.anyInt());
			order.verify(progress).finish(org.mockito.ArgumentMatchers.startsWith("fax:"));

			assertThat(read.text()).contains("support the guidelines");
			assertThat(read.facts()).containsKeys("ocr.meanConfidence", "ocr.languages",
					FaxRecognition.LOW_CONFIDENCE_WORDS);
			assertThat(read.facts()).doesNotContainKey(FaxRecognition.UNAVAILABLE);
			assertThat(read.pageTexts()).singleElement().satisfies((page) -> {
				assertThat(page.number()).isEqualTo(1);
				assertThat(page.text()).isEqualTo(read.text());
				assertThat(page.words()).isPositive();
				assertThat(page.meanConfidence()).isBetween(1.0, 100.0);
				assertThat(String.join(" ", page.unsureWords()))
					.isEqualTo(read.facts().get(FaxRecognition.LOW_CONFIDENCE_WORDS));
			});
		}
	}

	@Test
	void shouldReadEachPageInTheLanguageOnItUprightWhenTheSendersAccountSaysEnglish() throws Exception {
		GeneratedFax russian = GeneratedFaxes.page("ru", 3);
		GeneratedFax spanish = GeneratedFaxes.page("es", 0);
		PageImageReader reader = new PageImageReader();
		List<PageImage> pages = List.of(reader.read(russian.tiff(), "image/tiff").get(0),
				new PageImage(2, reader.read(spanish.tiff(), "image/tiff").get(0).image(), 204, 204));
		FaxIntake fax = FaxIntake
			.of(new ReceivedFaxMail("k", "0".repeat(64), null),
					new ReceivedFax("hylafax", "x", Optional.empty(), Optional.empty(), Optional.empty(),
							OptionalInt.empty(), Optional.empty(), List.of()),
					Instant.now())
			.withPages(pages, List.of(), Map.of())
			.routed(null, FaxFixtures.expert(17, "+7 495 555 0199"), FaxIntake.NUMBER);
		try (OcrEngine engine = new OcrEngine(OcrEngine.Settings.defaults().withThreads(2))) {
			FaxIntake read = new FaxRecognition(engine, SETTINGS, org.mockito.Mockito.mock(IntakeProgress.class))
				.recognise(fax);

			assertThat(read.pageTexts()).extracting(FaxIntake.PageText::language).containsExactly("ru", "es");
			assertThat(read.pageTexts()).extracting(FaxIntake.PageText::turned).containsExactly(180, 0);
			assertThat(read.pageTexts().get(0).text()).contains("Ответ на вопросник");
			assertThat(read.pageTexts().get(1).text()).contains("En relación con el proyecto");
			// the sending machine's line is kept apart, out of the text to publish
			assertThat(read.facts().get(FaxRecognition.HEADERS)).contains("1: ").contains("2: ").contains("0199");
			assertThat(read.text()).doesNotContain("0199").doesNotContain("0142");
			assertThat(FaxContributions.pageFacts(read.pageTexts())).containsEntry("ocr.page.1.language", "ru")
				.containsEntry("ocr.page.1.turned", "180")
				.containsEntry("ocr.page.2.language", "es");
		}
	}

	@Test
	void shouldOfferTheSendersLanguageFirstThenTheOthers() {
		assertThat(FaxRecognition.candidates("RU")).containsExactly("ru", "en", "fr", "es", "ar", "zh");
		assertThat(FaxRecognition.candidates(null)).containsExactly("en", "fr", "es", "ru", "ar", "zh");
	}

	@Test
	void shouldKeepEachPagesTextMeanConfidenceAndUnsureWordsOnce() {
		FaxRecognition recognition = new FaxRecognition(null, SETTINGS, null);
		OcrPage page = new OcrPage(2, "We supp0rt  \n\n\n\nthe supp0rt\f", 80,
				List.of(new OcrWord("We", 90, 0, 0, 1, 1), new OcrWord("supp0rt", 40, 0, 0, 1, 1),
						new OcrWord("the", 95, 0, 0, 1, 1), new OcrWord(" supp0rt", 35, 0, 0, 1, 1)),
				java.time.Duration.ZERO);

		FaxIntake.PageText text = recognition.pageText(page);

		assertThat(text.number()).isEqualTo(2);
		assertThat(text.text()).isEqualTo("We supp0rt\n\nthe supp0rt");
		assertThat(text.words()).isEqualTo(4);
		assertThat(text.meanConfidence()).isEqualTo(65.0);
		assertThat(text.unsureWords()).containsExactly("supp0rt");
		assertThat(recognition.pageText(new OcrPage(3, "", 0, List.of(), java.time.Duration.ZERO)))
			.satisfies((blank) -> {
				assertThat(blank.text()).isEmpty();
				assertThat(blank.words()).isZero();
				assertThat(blank.unsureWords()).isEmpty();
			});
	}

	@Test
	void shouldStillSubmitWithoutTextWhenTesseractIsUnavailable() throws Exception {
		try (OcrEngine engine = new OcrEngine(OcrEngine.Settings.defaults().withTessdata(this.emptyTessdata))) {
			FaxIntake read = new FaxRecognition(engine, SETTINGS, org.mockito.Mockito.mock(IntakeProgress.class))
				.recognise(fax(List.of("Anything")));

			assertThat(read.text()).isEmpty();
			assertThat(read.facts().get(FaxRecognition.UNAVAILABLE)).contains("transcribe the pages by hand");
		}
	}

	@Test
	void shouldTidyFormFeedsAndRunsOfBlankLines() {
		assertThat(FaxRecognition.tidy("one  \n\n\n\ntwo\fthree\n")).isEqualTo("one\n\ntwo\nthree");
	}

	private static FaxIntake fax(List<String> lines) {
		return FaxIntake
			.of(new ReceivedFaxMail("k", "0".repeat(64), null),
					new ReceivedFax("hylafax", "x", Optional.empty(), Optional.empty(), Optional.empty(),
							OptionalInt.empty(), Optional.empty(), List.of()),
					Instant.now())
			.withPages(List.of(new PageImage(1, FaxFixtures.typedPage(lines), 204, 204)), List.of(), Map.of());
	}

}
