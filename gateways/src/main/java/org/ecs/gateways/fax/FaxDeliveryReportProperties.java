package org.ecs.gateways.fax;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Configuration of delivery reports ({@code ecs.fax.delivery.*}).
 *
 * @param formats the formats tried in order
 * @param notificationIdPattern finds the ECS notification id, in a group named
 * {@code id}, when neither a format's {@code notificationId} group nor our own
 * {@code X-ECS-Notification-Id} header (kept by some gateways) gives it: in the subject,
 * then In-Reply-To and References (our Message-ID carries it), then the body (reports
 * often quote the fax mail)
 */
public record FaxDeliveryReportProperties(List<FaxDeliveryReportFormat> formats, String notificationIdPattern) {

	public FaxDeliveryReportProperties {
		formats = (formats != null && !formats.isEmpty()) ? List.copyOf(formats)
				: List.of(FaxDeliveryReportFormat.hylafax(), FaxDeliveryReportFormat.commercial());
		notificationIdPattern = (notificationIdPattern != null && !notificationIdPattern.isBlank())
				? notificationIdPattern : "ECS-N-(?<id>[A-Za-z0-9][A-Za-z0-9_-]{0,99})";
		if (!Pattern.compile(notificationIdPattern).pattern().contains("(?<id>")) {
			throw new IllegalArgumentException("The notification id pattern needs a group named id");
		}
	}

	/** HylaFAX then the commercial style, ids as {@link FaxOutboundMail} writes them. */
	public static FaxDeliveryReportProperties defaults() {
		return new FaxDeliveryReportProperties(null, null);
	}

}
