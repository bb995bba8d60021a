package org.ecs.gateways.fax;

import java.util.List;
import java.util.Map;

/**
 * How one fax-to-email bridge writes a received fax. Regular expressions with named
 * groups {@code number} (the sender's number as the bridge states it), {@code tsi} (the
 * station id the sending machine announced), {@code callerId} (the number the telephone
 * network gave), {@code pages} and {@code received}.
 *
 * @param name a short name, reported with every fax read with it
 * @param fromPattern if set, the From address must match for the format to apply
 * @param subjectPattern if set, the Subject must match for the format to apply; its named
 * groups are read too
 * @param headerPatterns header name to a pattern read on that header's value
 * @param bodyPatterns patterns read on the text body, in order
 * @param receivedFormat the {@link java.time.format.DateTimeFormatter} pattern of the
 * {@code received} group; empty for ISO-8601 or RFC 1123 dates
 */
public record FaxBridgeFormat(String name, String fromPattern, String subjectPattern,
		Map<String, String> headerPatterns, List<String> bodyPatterns, String receivedFormat) {

	public FaxBridgeFormat {
		headerPatterns = (headerPatterns != null) ? Map.copyOf(headerPatterns) : Map.of();
		bodyPatterns = (bodyPatterns != null) ? List.copyOf(bodyPatterns) : List.of();
		receivedFormat = (receivedFormat != null) ? receivedFormat : "";
	}

	/**
	 * HylaFAX's {@code faxrcvd}: {@code Subject: Fax received from "<TSI>"} (older
	 * releases: {@code Facsimile received from <TSI>}) and a body of {@code faxinfo}
	 * lines such as {@code Sender:}, {@code Pages:},
	 * {@code Received: 2026:11:25 10:04:12}, {@code CallID1:}; the pages come as a TIFF,
	 * PDF or PostScript attachment.
	 * @return the format
	 */
	public static FaxBridgeFormat hylafax() {
		return new FaxBridgeFormat("hylafax", "", "^\\s*(?:Fax|Facsimile) received from \"?(?<tsi>[^\"]*?)\"?\\s*$",
				Map.of(),
				List.of("(?m)^\\s*Sender:[ \\t]*(?<tsi>\\S.*?)\\s*$", "(?m)^\\s*Pages:[ \\t]*(?<pages>\\d+)",
						"(?m)^\\s*Received:[ \\t]*(?<received>\\d{4}:\\d\\d:\\d\\d \\d\\d:\\d\\d:\\d\\d)",
						"(?m)^\\s*(?:CallID1|CIDNumber):[ \\t]*(?<callerId>\\S.*?)\\s*$"),
				"yyyy:MM:dd HH:mm:ss");
	}

	/**
	 * The common commercial style: the number in the subject
	 * ({@code Fax from +41 22 ...}, {@code New fax message from ...}) or in
	 * {@code X-Fax-*} headers.
	 * @return the format
	 */
	public static FaxBridgeFormat commercial() {
		return new FaxBridgeFormat("commercial", "",
				"(?i)\\bfax\\b(?:.*?\\bfrom\\s+(?:\"?[^\"\\d+]*\"?\\s*)?(?<number>\\+?(?:\\(\\d{1,5}\\)|\\d)(?:[\\s.\\-/]{0,3}(?:\\(\\d{1,5}\\)|\\d)){4,}))?",
				Map.of("X-Fax-From", "(?<number>.*\\d.*)", "X-Fax-CSID", "(?<tsi>.+)", "X-Fax-TSI", "(?<tsi>.+)",
						"X-Fax-Caller-ID", "(?<callerId>.*\\d.*)", "X-Fax-Pages", "(?<pages>\\d+)", "X-Fax-Received",
						"(?<received>.+)"),
				List.of("(?im)^\\s*(?:from|sender|fax number|caller id):[ \\t]*(?<number>\\+?(?:\\(\\d{1,5}\\)|\\d)(?:[\\s.\\-/]{0,3}(?:\\(\\d{1,5}\\)|\\d)){4,})",
						"(?im)^\\s*(?:pages|number of pages):[ \\t]*(?<pages>\\d+)"),
				"");
	}

}
