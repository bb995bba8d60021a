package org.ecs.routes.fax;

import org.ecs.gateways.fax.FaxDocument;
import org.ecs.gateways.fax.FaxDocumentProperties;
import org.ecs.gateways.fax.FaxDocumentRenderer;
import org.ecs.gateways.fax.RenderedFax;

/**
 * The fax renderer, built on first use. The renderer refuses to exist without its fonts
 * (a fax without its Arabic or Chinese glyphs is one the expert cannot read); ECS still
 * starts, and each fax delivery fails with that message, is recorded and dead-lettered,
 * so an administrator sees why and can replay once the fonts are installed.
 */
class FaxRendering {

	private final FaxDocumentProperties properties;

	private volatile FaxDocumentRenderer renderer;

	FaxRendering(FaxDocumentProperties properties) {
		this.properties = properties;
	}

	RenderedFax render(FaxDocument document) {
		return renderer().render(document);
	}

	private FaxDocumentRenderer renderer() {
		FaxDocumentRenderer current = this.renderer;
		if (current == null) {
			try {
				current = new FaxDocumentRenderer(this.properties);
			}
			catch (IllegalStateException ex) {
				throw new FaxUnavailableException("Cannot render faxes: " + ex.getMessage(), ex);
			}
			this.renderer = current;
		}
		return current;
	}

	/** Faxes cannot be rendered here until an administrator fixes the machine. */
	static class FaxUnavailableException extends RuntimeException {

		FaxUnavailableException(String message, Throwable cause) {
			super(message, cause);
		}

	}

}
