package org.ecs.core.document;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.springframework.stereotype.Component;

/**
 * The file formats a document version may come in, told by their bytes (the detector of
 * the application's one Tika configuration), not by the name or the type the sender
 * claimed: the one list to extend.
 */
@Component
public final class DocumentFormats {

	/** Accepted media types, each with the extension a download is named with. */
	public static final Map<String, String> ACCEPTED = Map.ofEntries(Map.entry("application/pdf", "pdf"),
			Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
			Map.entry("application/msword", "doc"), Map.entry("application/x-tika-msoffice", "doc"),
			Map.entry("application/x-tika-ooxml", "docx"), Map.entry("application/vnd.oasis.opendocument.text", "odt"),
			Map.entry("application/rtf", "rtf"), Map.entry("text/plain", "txt"),
			Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
			Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
			Map.entry("image/tiff", "tif"), Map.entry("image/png", "png"), Map.entry("image/jpeg", "jpg"));

	private final TikaConfig tika;

	public DocumentFormats(TikaConfig tika) {
		this.tika = tika;
	}

	/** The media type the bytes are, without parameters. */
	public String detect(byte[] bytes, String fileName) {
		Metadata metadata = new Metadata();
		if (fileName != null) {
			metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
		}
		try (TikaInputStream in = TikaInputStream.get(bytes)) {
			return this.tika.getDetector().detect(in, metadata).getBaseType().toString();
		}
		catch (IOException ex) {
			return MediaType.OCTET_STREAM.toString();
		}
	}

	/**
	 * The accepted media type of these bytes; empty when they are not a format we take.
	 */
	public Optional<String> accepted(byte[] bytes, String fileName) {
		String type = detect(bytes, fileName);
		return ACCEPTED.containsKey(type) ? Optional.of(type) : Optional.empty();
	}

	/**
	 * A file name safe to keep and to send back in a header: no path, no control or quote
	 * characters, at most 120 characters.
	 */
	public static String safeFileName(String name, String mediaType) {
		String base = (name == null) ? "" : name.replaceAll(".*[/\\\\]", "");
		base = base.replaceAll("[\\p{Cntrl}\"';<>`|*?:]", "_").strip();
		if (base.length() > 120) {
			base = base.substring(base.length() - 120);
		}
		if (base.isEmpty() || base.startsWith(".")) {
			base = "document." + ACCEPTED.getOrDefault(mediaType, "bin");
		}
		return base;
	}

}
