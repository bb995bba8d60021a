package org.ecs.routes.fax;

import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.jms.ConnectionFactory;
import org.apache.camel.CamelContext;
import org.apache.camel.ServiceStatus;
import org.ecs.ocr.tesseract.OcrEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jms.InvalidDestinationException;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.stereotype.Component;

/**
 * Whether fax OCR can run on this machine, looked at again every {@code ecs.ocr.recheck}
 * while it cannot. Without Tesseract a received fax is not read without its text: it
 * waits on {@code ecs.fax.waiting-ocr} (not a dead letter, nothing is lost), and once
 * Tesseract is there the waiting faxes go back to the intake and are read.
 */
@Component
@ConditionalOnProperty(name = "ecs.fax.enabled", havingValue = "true", matchIfMissing = true)
public class OcrAvailability {

	private static final Logger log = LoggerFactory.getLogger(OcrAvailability.class);

	/** The six languages ECS works in, and the Debian package of each one's model. */
	private static final Map<String, String> MODEL_PACKAGES = Map.of("en", "tesseract-ocr-eng", "fr",
			"tesseract-ocr-fra", "es", "tesseract-ocr-spa", "ru", "tesseract-ocr-rus", "ar", "tesseract-ocr-ara", "zh",
			"tesseract-ocr-chi-sim");

	private static final List<String> LANGUAGES = List.of("en", "fr", "es", "ru", "ar", "zh");

	private final OcrEngine engine;

	private final CamelContext camel;

	private final JmsTemplate jms;

	private volatile boolean announced;

	OcrAvailability(OcrEngine faxOcrEngine, CamelContext camel, ConnectionFactory connectionFactory) {
		this.engine = faxOcrEngine;
		this.camel = camel;
		this.jms = new JmsTemplate(connectionFactory);
		// loading Tesseract's library and model takes a while: looked for beside the rest
		// of the start, not on its thread (the start-up message and health wait for it)
		Thread probe = new Thread(this.engine::isAvailable, "ecs-ocr-probe");
		probe.setDaemon(true);
		probe.start();
	}

	/**
	 * @return true when Tesseract runs here with at least its English model
	 */
	public boolean available() {
		return this.engine.isAvailable();
	}

	/**
	 * @return the folder Tesseract's models are read from
	 */
	public Path tessdata() {
		return this.engine.tessdata();
	}

	/**
	 * @return the Debian packages of the language models missing while Tesseract runs, by
	 * language (faxes in those languages go to review untranscribed)
	 */
	public Map<String, String> missingModels() {
		Map<String, String> missing = new LinkedHashMap<>();
		if (available()) {
			for (String language : LANGUAGES) {
				if (!this.engine.isAvailable(List.of(language))) {
					missing.put(language, MODEL_PACKAGES.get(language));
				}
			}
		}
		return missing;
	}

	/**
	 * @return how many received faxes wait for OCR
	 */
	public int waitingFaxes() {
		try {
			Integer count = this.jms.browse(FaxQueues.WAITING_FOR_OCR, (session, browser) -> {
				int n = 0;
				for (Enumeration<?> messages = browser.getEnumeration(); messages.hasMoreElements(); messages
					.nextElement()) {
					n++;
				}
				return n;
			});
			return (count != null) ? count : 0;
		}
		catch (InvalidDestinationException ex) {
			// no fax ever waited, so the broker has no such queue yet
			return 0;
		}
	}

	/**
	 * @return whether a fax that arrives now must wait for OCR
	 */
	boolean mustWait() {
		return !available();
	}

	/**
	 * Looks for Tesseract again while it is missing, and hands the waiting faxes back to
	 * the intake once it is there (by starting the route that moves them).
	 */
	void check() throws Exception {
		boolean now = this.engine.recheck();
		ServiceStatus release = this.camel.getRouteController().getRouteStatus(FaxQueues.OCR_RELEASE_ROUTE);
		if (now && release != null && !release.isStarted() && !release.isStarting()) {
			log.info("Fax OCR is available (models in {}): faxes waiting for it are read now", tessdata());
			this.camel.getRouteController().startRoute(FaxQueues.OCR_RELEASE_ROUTE);
			this.announced = false;
		}
		else if (!now && !this.announced) {
			log.warn("Fax OCR waits for Tesseract (no models in {}): received faxes wait in {} until it is "
					+ "installed; looking again every ecs.ocr.recheck", tessdata(), FaxQueues.WAITING_FOR_OCR);
			this.announced = true;
		}
	}

}
