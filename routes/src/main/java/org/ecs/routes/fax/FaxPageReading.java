package org.ecs.routes.fax;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.ecs.core.review.PageReading;
import org.ecs.ocr.page.PageImage;
import org.ecs.ocr.tesseract.OcrEngine;
import org.ecs.ocr.tesseract.OcrException;
import org.ecs.ocr.tesseract.OcrProgressListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * A fax page read again in the language the coordinator chose: turned upright and its
 * header line left out as at intake, but read in that language whatever the page seems to
 * be written in.
 */
@Component
@ConditionalOnProperty(name = "ecs.fax.enabled", havingValue = "true", matchIfMissing = true)
class FaxPageReading implements PageReading {

	private static final Logger log = LoggerFactory.getLogger(FaxPageReading.class);

	/** The page images kept for review have square pixels at the fax line's 204 dpi. */
	private static final int PAGE_DPI = 204;

	private final OcrEngine engine;

	FaxPageReading(OcrEngine faxOcrEngine) {
		this.engine = faxOcrEngine;
	}

	@Override
	public Optional<String> read(byte[] pageImage, String language) {
		if (!FaxRecognition.LANGUAGES.contains(language) || !this.engine.isAvailable(List.of(language))) {
			return Optional.empty();
		}
		try {
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(pageImage));
			if (image == null) {
				return Optional.empty();
			}
			String text = this.engine
				.recogniseFindingLanguage(List.of(new PageImage(1, image, PAGE_DPI, PAGE_DPI)), List.of(language),
						OcrProgressListener.NONE)
				.pages()
				.get(0)
				.text();
			return Optional.of(FaxRecognition.tidy(text));
		}
		catch (IOException | OcrException ex) {
			log.warn("Could not read a fax page again in {}: {}", language, ex.getMessage());
			return Optional.empty();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		}
	}

}
