package org.ecs.gateways.fax;

import java.time.ZoneId;
import java.util.List;

/**
 * Configuration of the fax-to-email bridge side ({@code ecs.fax.bridge.*}).
 *
 * @param formats the formats tried in order; the first that recognises a mail wins
 * @param zone the bridge's clock for stated received times without an offset (HylaFAX
 * writes local time)
 * @param pageTypes MIME types of attachments that are fax pages; an attachment named
 * {@code .tif}, {@code .tiff}, {@code .pdf} or {@code .ps} counts whatever its type
 */
public record FaxBridgeProperties(List<FaxBridgeFormat> formats, ZoneId zone, List<String> pageTypes) {

	public FaxBridgeProperties {
		formats = (formats != null && !formats.isEmpty()) ? List.copyOf(formats)
				: List.of(FaxBridgeFormat.hylafax(), FaxBridgeFormat.commercial());
		zone = (zone != null) ? zone : ZoneId.of("UTC");
		pageTypes = (pageTypes != null && !pageTypes.isEmpty()) ? List.copyOf(pageTypes) : List.of("image/tiff",
				"image/tif", "application/pdf", "application/postscript", "image/png", "image/jpeg");
	}

	/** HylaFAX then the commercial style, UTC. */
	public static FaxBridgeProperties defaults() {
		return new FaxBridgeProperties(null, null, null);
	}

}
