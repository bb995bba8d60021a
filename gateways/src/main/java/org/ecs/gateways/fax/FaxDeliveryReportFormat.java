package org.ecs.gateways.fax;

import java.util.List;
import java.util.Map;

/**
 * How one email-to-fax gateway reports the fate of a fax. Regular expressions with named
 * groups {@code number}, {@code pages}, {@code reason}, {@code outcome} and
 * {@code notificationId}.
 *
 * @param name a short name
 * @param fromPattern if set, the From address must match for the format to apply
 * @param subjectPattern if set, the Subject must match for the format to apply; its named
 * groups are read too
 * @param headerPatterns header name to a pattern read on that header's value
 * @param bodyPatterns patterns read on the text body, in order
 * @param failurePattern found in the {@code outcome} group, else in the subject, else in
 * the body: the fax failed (looked for before success, as "not delivered" contains
 * "delivered")
 * @param successPattern found there: the fax was delivered
 */
public record FaxDeliveryReportFormat(String name, String fromPattern, String subjectPattern,
		Map<String, String> headerPatterns, List<String> bodyPatterns, String failurePattern, String successPattern) {

	public FaxDeliveryReportFormat {
		headerPatterns = (headerPatterns != null) ? Map.copyOf(headerPatterns) : Map.of();
		bodyPatterns = (bodyPatterns != null) ? List.copyOf(bodyPatterns) : List.of();
		if (failurePattern == null || failurePattern.isBlank() || successPattern == null || successPattern.isBlank()) {
			throw new IllegalArgumentException("Delivery report format '" + name + "' needs both outcome patterns");
		}
	}

	/**
	 * HylaFAX's notify mails: {@code facsimile job <jobtag> to <number> completed} or
	 * {@code ... failed}, with {@code Pages:} and, on failure, the reason after
	 * {@code failed because:}.
	 * @return the format
	 */
	public static FaxDeliveryReportFormat hylafax() {
		return new FaxDeliveryReportFormat("hylafax", "",
				"(?i)^\\s*facsimile job (?<jobInfo>\\S+) to (?<number>.+?)\\s+(?<outcome>completed|failed)\\b",
				Map.of(),
				List.of("(?m)^\\s*Pages:[ \\t]*(?<pages>\\d+)", "(?s)failed because:\\s*\\n\\s*(?<reason>[^\\n]*\\S)",
						"(?m)^\\s*Status:[ \\t]*(?<reason>\\S.*?)\\s*$"),
				"(?i)\\bfailed\\b", "(?i)\\bcompleted\\b");
	}

	/**
	 * The common commercial style: {@code Fax to +41 22 ... delivered} /
	 * {@code Fax to ... failed: busy}, or {@code X-Fax-*} headers, with {@code Pages:}
	 * and {@code Reason:} lines.
	 * @return the format
	 */
	public static FaxDeliveryReportFormat commercial() {
		return new FaxDeliveryReportFormat("commercial", "",
				"(?i)\\bfax\\b(?:.*?\\b(?:to|for)\\s+(?<number>\\+?(?:\\(\\d{1,5}\\)|\\d)(?:[\\s.\\-/]{0,3}(?:\\(\\d{1,5}\\)|\\d)){4,}))?",
				Map.of("X-Fax-Status", "(?<outcome>.+)", "X-Fax-To", "(?<number>.*\\d.*)", "X-Fax-Pages",
						"(?<pages>\\d+)", "X-Fax-Error", "(?<reason>.+)"),
				List.of("(?im)^\\s*(?:reason|error|failure reason):[ \\t]*(?<reason>\\S.*?)\\s*$",
						"(?im)^\\s*(?:pages|pages sent|number of pages):[ \\t]*(?<pages>\\d+)",
						"(?im)^\\s*(?:to|recipient|fax number|destination):[ \\t]*(?<number>\\+?(?:\\(\\d{1,5}\\)|\\d)(?:[\\s.\\-/]{0,3}(?:\\(\\d{1,5}\\)|\\d)){4,})",
						"(?i)\\bfailed:\\s*(?<reason>[^\\n.]+)"),
				"(?i)\\b(?:fail(?:ed|ure)?|not delivered|undeliverable|could not be (?:sent|delivered)|busy|no answer)\\b",
				"(?i)\\b(?:delivered|sent successfully|success(?:ful)?|completed)\\b");
	}

}
