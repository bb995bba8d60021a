package org.ecs.routes.fax;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where fax OCR finds Tesseract's models, and how often ECS looks again while they are
 * missing.
 *
 * @param tessdata the folder holding {@code *.traineddata}; empty for Debian's folder
 * (then {@code $TESSDATA_PREFIX})
 * @param recheck how often ECS looks for Tesseract again while it is missing; faxes wait
 * in their queue meanwhile and are read once it is there
 */
@ConfigurationProperties("ecs.ocr")
@Validated
public record OcrSettings(Path tessdata, @DefaultValue("30s") Duration recheck) {

	public OcrSettings {
		if (recheck.isNegative() || recheck.isZero()) {
			throw new IllegalArgumentException("ecs.ocr.recheck must be positive, not " + recheck);
		}
	}

}
