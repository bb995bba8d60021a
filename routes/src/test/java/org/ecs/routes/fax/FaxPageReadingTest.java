package org.ecs.routes.fax;

import java.io.ByteArrayOutputStream;
import javax.imageio.ImageIO;

import org.ecs.ocr.faxset.GeneratedFaxes;
import org.ecs.ocr.page.PageImageReader;
import org.ecs.ocr.tesseract.OcrEngine;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FaxPageReadingTest {

	@Test
	void shouldReadTheKeptPageAgainInTheChosenLanguageUprightAndWithoutItsHeader() throws Exception {
		// a Russian page faxed upside down, as the review console keeps it
		var page = new PageImageReader().read(GeneratedFaxes.page("ru", 3).tiff(), "image/tiff").get(0);
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		ImageIO.write(page.image(), "png", png);
		try (OcrEngine engine = new OcrEngine(OcrEngine.Settings.defaults().withThreads(1))) {
			FaxPageReading reading = new FaxPageReading(engine);

			assertThat(reading.read(png.toByteArray(), "ru"))
				.hasValueSatisfying((text) -> assertThat(text).contains("Ответ на вопросник").doesNotContain("0199"));
			assertThat(reading.read(png.toByteArray(), "en")).hasValueSatisfying(
					(text) -> assertThat(text).as("read as English, whatever the page").doesNotContain("вопросник"));
			assertThat(reading.read(png.toByteArray(), "xx")).isEmpty();
			assertThat(reading.read(new byte[] { 1, 2, 3 }, "ru")).isEmpty();
		}
	}

}
