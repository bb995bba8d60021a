package org.ecs.gateways.fax;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.convert.ApplicationConversionService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fax configuration records bind from Spring Boot properties as the config module
 * will bind them (plain constructor binding, no annotations in this framework-free
 * package).
 */
class FaxPropertiesBindingTest {

	@Test
	void shouldBindBridgeFormatsFromPropertiesWhenTheyAreConfigured() {
		Binder binder = binder(Map.of("ecs.fax.bridge.zone", "Europe/Vienna", "ecs.fax.bridge.formats[0].name", "pbx",
				"ecs.fax.bridge.formats[0].subject-pattern", "^\\[FAX\\] (?<number>\\S+)",
				"ecs.fax.bridge.formats[0].header-patterns.[X-Fax-Pages]", "(?<pages>\\d+)",
				"ecs.fax.bridge.formats[0].body-patterns[0]", "(?m)^Caller: (?<callerId>.+)$"));

		FaxBridgeProperties properties = binder.bind("ecs.fax.bridge", FaxBridgeProperties.class).get();

		assertThat(properties.zone()).isEqualTo(ZoneId.of("Europe/Vienna"));
		assertThat(properties.formats()).singleElement().satisfies((format) -> {
			assertThat(format.name()).isEqualTo("pbx");
			assertThat(format.headerPatterns()).containsEntry("X-Fax-Pages", "(?<pages>\\d+)");
			assertThat(format.bodyPatterns()).containsExactly("(?m)^Caller: (?<callerId>.+)$");
		});
		assertThat(properties.pageTypes()).contains("image/tiff", "application/pdf");
	}

	@Test
	void shouldBindOutboundDocumentAndDeliverySettingsWithDefaultsForWhatIsLeftOut() {
		Binder binder = binder(Map.of("ecs.fax.outbound.address-template", "{number}@fax.example.org",
				"ecs.fax.outbound.plus-in-address", "false", "ecs.fax.outbound.from-address", "ecs@example.org",
				"ecs.fax.document.reply-fax-number", "+41 22 555 01 99", "ecs.fax.document.fonts[0].file",
				"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "ecs.fax.document.fonts[0].family", "DejaVu Sans",
				"ecs.fax.document.fonts[0].weight", "400", "ecs.fax.delivery.notification-id-pattern",
				"REF-(?<id>\\d+)"));

		FaxOutboundProperties outbound = binder.bind("ecs.fax.outbound", FaxOutboundProperties.class).get();
		FaxDocumentProperties document = binder.bind("ecs.fax.document", FaxDocumentProperties.class).get();
		FaxDeliveryReportProperties delivery = binder.bind("ecs.fax.delivery", FaxDeliveryReportProperties.class).get();

		assertThat(outbound.plusInAddress()).isFalse();
		assertThat(outbound.bodyText()).isEmpty();
		assertThat(document.fonts()).singleElement()
			.satisfies((font) -> assertThat(font.file())
				.isEqualTo(Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")));
		assertThat(document.replyLines()).isEqualTo(13);
		assertThat(delivery.notificationIdPattern()).isEqualTo("REF-(?<id>\\d+)");
		assertThat(delivery.formats()).extracting(FaxDeliveryReportFormat::name)
			.containsExactly("hylafax", "commercial");
	}

	private static Binder binder(Map<String, String> properties) {
		return new Binder(java.util.List.of(new MapConfigurationPropertySource(properties)), null,
				ApplicationConversionService.getSharedInstance());
	}

}
