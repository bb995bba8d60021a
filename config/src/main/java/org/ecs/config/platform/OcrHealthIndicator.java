package org.ecs.config.platform;

import java.util.List;

import org.ecs.routes.fax.OcrAvailability;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Fax OCR as a component of {@code /actuator/health}: UP with Tesseract, WAITING without
 * it (faxes wait in their queue, ECS itself serves on, so the whole stays UP).
 */
@Component("ocrHealthIndicator")
@ConditionalOnProperty(name = "ecs.fax.enabled", havingValue = "true", matchIfMissing = true)
class OcrHealthIndicator extends AbstractHealthIndicator {

	/** Tesseract is missing; faxes wait for it. Not DOWN: the rest of ECS serves on. */
	static final Status WAITING = new Status("WAITING");

	private final OcrAvailability ocr;

	private final List<String> packages = OsPackages.load().of("ocr");

	OcrHealthIndicator(OcrAvailability ocr) {
		this.ocr = ocr;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		builder.withDetail("tessdata", this.ocr.tessdata().toString());
		if (this.ocr.available()) {
			builder.up();
			if (!this.ocr.missingModels().isEmpty()) {
				builder.withDetail("missingModels", this.ocr.missingModels());
			}
		}
		else {
			builder.status(WAITING)
				.withDetail("waitingFaxes", this.ocr.waitingFaxes())
				.withDetail("install", "apt-get install -y --no-install-recommends " + String.join(" ", this.packages));
		}
	}

}
