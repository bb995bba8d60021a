package org.ecs.config.platform;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ecs.core.platform.PlatformFeatures;
import org.ecs.core.platform.WaitingFeature;
import org.ecs.gateways.fax.FaxFont;
import org.ecs.routes.fax.OcrAvailability;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Which features wait for operating-system packages on this machine: fax OCR for
 * Tesseract (faxes wait in their queue meanwhile), OCR of a language for its model, fax
 * PDFs for their fonts. Said at start (log and the ready banner), on the review console
 * and the fax sandbox, and in {@code /actuator/health} (OCR).
 */
@Component
class MachineFeatures implements PlatformFeatures {

	private static final Logger log = LoggerFactory.getLogger(MachineFeatures.class);

	private final OsPackages packages = OsPackages.load();

	private final ObjectProvider<OcrAvailability> ocr;

	private final boolean faxEnabled;

	MachineFeatures(ObjectProvider<OcrAvailability> ocr,
			@org.springframework.beans.factory.annotation.Value("${ecs.fax.enabled:true}") boolean faxEnabled) {
		this.ocr = ocr;
		this.faxEnabled = faxEnabled;
	}

	@Override
	public List<WaitingFeature> waiting() {
		List<WaitingFeature> waiting = new ArrayList<>();
		OcrAvailability engine = this.ocr.getIfAvailable();
		if (engine != null) {
			if (!engine.available()) {
				int faxes = engine.waitingFaxes();
				waiting
					.add(new WaitingFeature("ocr", "Fax OCR waits for Tesseract: received faxes wait in their queue ("
							+ faxes + " now) and are read once it is installed", this.packages.of("ocr")));
			}
			else {
				Map<String, String> models = engine.missingModels();
				if (!models.isEmpty()) {
					waiting.add(new WaitingFeature("ocr-languages",
							"OCR of faxes in " + String.join(", ", models.keySet())
									+ " waits for its model: such faxes reach review without a transcription",
							List.copyOf(models.values())));
				}
			}
		}
		if (this.faxEnabled) {
			Set<String> fonts = new LinkedHashSet<>();
			for (FaxFont font : FaxFont.debianDefaults()) {
				if (!Files.isReadable(font.file())) {
					fonts.add(font.debianPackage());
				}
			}
			if (!fonts.isEmpty()) {
				waiting.add(new WaitingFeature("fax-pdf",
						"Faxes out wait for their fonts: each delivery is retried and then kept as a dead letter "
								+ "to replay once they are installed",
						List.copyOf(fonts)));
			}
		}
		return waiting;
	}

	/** Said once at start, before the ready banner repeats it. */
	@EventListener(ApplicationReadyEvent.class)
	@Order(5)
	void tellAtStart() {
		for (WaitingFeature feature : waiting()) {
			log.warn("{}. As root: {}", feature.description(), feature.command());
		}
	}

}
