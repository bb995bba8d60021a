package org.ecs.routes.fax;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.ecs.gateways.fax.FaxContent;
import org.ecs.gateways.fax.FaxDocument;
import org.ecs.gateways.fax.FaxDocumentProperties;
import org.ecs.gateways.fax.FaxFont;
import org.ecs.gateways.fax.RenderedFax;
import org.ecs.gateways.fax.ReplySheetCode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FaxRenderingTest {

	static final FaxDocument DOCUMENT = new FaxDocument(
			"Calibration", Optional.empty(), "Expert", List.of(new FaxContent.Comment("Alice",
					Instant.parse("2026-11-25T10:00:00Z").atZone(ZoneId.of("UTC")), "We agree.")),
			ReplySheetCode.issue(4, 12, FaxReplySheetKey.DEVELOPMENT));

	@Test
	void shouldFailEachFaxWithTheMissingFontAndItsPackageInsteadOfStartUp() {
		FaxRendering rendering = new FaxRendering(new FaxDocumentProperties("+43 1 1", null,
				List.of(new FaxFont(Path.of("/nonexistent/Missing.ttf"), "Missing", 400, "fonts-missing")), null, 0));

		assertThatThrownBy(() -> rendering.render(DOCUMENT)).isInstanceOf(FaxRendering.FaxUnavailableException.class)
			.hasMessageContaining("Missing.ttf")
			.hasMessageContaining("fonts-missing");
		assertThatThrownBy(() -> rendering.render(DOCUMENT)).isInstanceOf(FaxRendering.FaxUnavailableException.class);
	}

	@Test
	void shouldRenderWithDebiansFonts() {
		RenderedFax fax = new FaxRendering(FaxDocumentProperties.withReplyNumber("+43 1 1")).render(DOCUMENT);

		assertThat(fax.pageCount()).isEqualTo(2);
		assertThat(new String(fax.pdf(), 0, 5)).isEqualTo("%PDF-");
	}

}
