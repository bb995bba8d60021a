package org.ecs.gateways.fax;

/**
 * A fax PDF ready for the email-to-fax gateway.
 *
 * @param pdf the PDF
 * @param pageCount its pages, the reply sheet included
 */
public record RenderedFax(byte[] pdf, int pageCount) {

	@Override
	public String toString() {
		return "RenderedFax[" + this.pageCount + " pages, " + this.pdf.length + " bytes]";
	}

}
