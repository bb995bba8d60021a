package org.ecs.gateways.fax;

import java.util.Locale;
import java.util.Objects;

/**
 * One attachment of a mail on the fax path: a received page file (TIFF, PDF, PostScript)
 * or a rendered fax to send.
 *
 * @param fileName the name the mail gave it, may be empty
 * @param contentType the MIME type, parameters allowed ({@code image/tiff; name=x.tif})
 * @param bytes the decoded content
 */
public record FaxAttachment(String fileName, String contentType, byte[] bytes) {

	public FaxAttachment {
		fileName = (fileName != null) ? fileName : "";
		contentType = (contentType != null) ? contentType : "application/octet-stream";
		Objects.requireNonNull(bytes, "bytes");
	}

	/** The MIME type without parameters, lower case. */
	public String baseType() {
		int semicolon = this.contentType.indexOf(';');
		String base = (semicolon >= 0) ? this.contentType.substring(0, semicolon) : this.contentType;
		return base.trim().toLowerCase(Locale.ROOT);
	}

	/** The file name's extension without the dot, lower case, or empty. */
	public String extension() {
		int dot = this.fileName.lastIndexOf('.');
		return (dot >= 0) ? this.fileName.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
	}

	@Override
	public String toString() {
		return "FaxAttachment[" + this.fileName + ", " + baseType() + ", " + this.bytes.length + " bytes]";
	}

}
