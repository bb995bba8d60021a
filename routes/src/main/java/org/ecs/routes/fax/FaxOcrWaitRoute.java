package org.ecs.routes.fax;

import org.apache.camel.builder.RouteBuilder;
import org.ecs.routes.messaging.Queues;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Faxes that wait for OCR: a timer looks for Tesseract again while it is missing; once it
 * is there the release route (started then, not before) hands the waiting faxes back to
 * the intake, which reads them.
 */
@Component
@ConditionalOnProperty(name = "ecs.fax.enabled", havingValue = "true", matchIfMissing = true)
class FaxOcrWaitRoute extends RouteBuilder {

	private final OcrAvailability ocr;

	private final OcrSettings settings;

	FaxOcrWaitRoute(OcrAvailability ocr, OcrSettings settings) {
		this.ocr = ocr;
		this.settings = settings;
	}

	@Override
	public void configure() {
		from("timer:" + FaxQueues.OCR_CHECK_ROUTE + "?delay=0&period=" + this.settings.recheck().toMillis())
			.routeId(FaxQueues.OCR_CHECK_ROUTE)
			.process((exchange) -> this.ocr.check());

		from(Queues.queue(FaxQueues.WAITING_FOR_OCR)).routeId(FaxQueues.OCR_RELEASE_ROUTE)
			.autoStartup(false)
			.to(Queues.queue(FaxQueues.RECEIVED));
	}

}
