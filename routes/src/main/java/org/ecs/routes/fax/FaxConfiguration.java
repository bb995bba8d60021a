package org.ecs.routes.fax;

import java.util.Properties;

import jakarta.mail.Session;
import org.ecs.gateways.fax.FaxBridgeProperties;
import org.ecs.gateways.fax.FaxDeliveryReportParser;
import org.ecs.gateways.fax.FaxDeliveryReportProperties;
import org.ecs.gateways.fax.FaxDocumentProperties;
import org.ecs.gateways.fax.FaxNumbers;
import org.ecs.gateways.fax.FaxOutboundMail;
import org.ecs.gateways.fax.FaxOutboundProperties;
import org.ecs.gateways.fax.ReceivedFaxParser;
import org.ecs.ocr.code.ReplyCodes;
import org.ecs.ocr.page.PageImageReader;
import org.ecs.ocr.tesseract.OcrEngine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The fax gateway's stateless parts, configured once from the fax settings. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "ecs.fax.enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties({ FaxSettings.class, OcrSettings.class })
class FaxConfiguration {

	/** Fax mails are only composed in it; sending uses the application's mail sender. */
	static final Session COMPOSING = Session.getInstance(new Properties());

	/** Fax pages come from anyone who dials the number: bound what one fax may cost. */
	private static final int MAX_PAGES = 50;

	private static final long MAX_PIXELS_PER_PAGE = 1728L * 2400 * 2;

	@Bean
	FaxReplySheetKey faxReplySheetKey(FaxSettings settings, @Value("${ecs.sandbox.enabled:false}") boolean sandbox) {
		return FaxReplySheetKey.of(settings.replySheetKey(), sandbox);
	}

	@Bean
	FaxNumbers faxNumbers(FaxSettings settings) {
		return new FaxNumbers(settings.defaultRegion());
	}

	@Bean
	ReceivedFaxParser receivedFaxParser(FaxSettings settings, FaxNumbers numbers) {
		return new ReceivedFaxParser(new FaxBridgeProperties(null, settings.zone(), null), numbers);
	}

	@Bean
	FaxDeliveryReportParser faxDeliveryReportParser(FaxNumbers numbers) {
		return new FaxDeliveryReportParser(FaxDeliveryReportProperties.defaults(), numbers);
	}

	@Bean
	FaxOutboundMail faxOutboundMail(FaxSettings settings, FaxNumbers numbers) {
		return new FaxOutboundMail(new FaxOutboundProperties(settings.gatewayAddress(), settings.plusInAddress(),
				settings.from(), null, null), numbers);
	}

	@Bean
	FaxRendering faxRendering(FaxSettings settings) {
		return new FaxRendering(
				new FaxDocumentProperties(settings.replyFaxNumber(), settings.organisation(), null, null, 0));
	}

	@Bean
	PageImageReader faxPageReader() {
		return new PageImageReader(MAX_PAGES, MAX_PIXELS_PER_PAGE);
	}

	@Bean
	ReplyCodes replyCodes() {
		return new ReplyCodes();
	}

	@Bean(destroyMethod = "close")
	OcrEngine faxOcrEngine(FaxSettings settings, OcrSettings ocr) {
		return new OcrEngine(OcrEngine.Settings.defaults()
			.withThreads(Math.max(1, settings.ocrThreads()))
			.withTessdata(ocr.tessdata()));
	}

}
