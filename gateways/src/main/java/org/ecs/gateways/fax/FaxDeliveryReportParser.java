package org.ecs.gateways.fax;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads an email-to-fax gateway's delivery report, trying the configured
 * {@link FaxDeliveryReportFormat}s in order. A mail that no format recognises, or whose
 * outcome is neither success nor failure (a "requeued" notice), is reported unrecognised
 * with the reasons.
 */
public final class FaxDeliveryReportParser {

	private static final List<String> FIELDS = List.of("number", "pages", "reason", "outcome", "notificationId");

	private final List<Format> formats;

	private final Pattern notificationId;

	private final FaxNumbers numbers;

	public FaxDeliveryReportParser(FaxDeliveryReportProperties properties, FaxNumbers numbers) {
		this.numbers = numbers;
		this.notificationId = Pattern.compile(properties.notificationIdPattern());
		this.formats = properties.formats()
			.stream()
			.map((format) -> new Format(format,
					new MailPatterns(format.name(), format.fromPattern(), format.subjectPattern(),
							format.headerPatterns(), format.bodyPatterns(), FIELDS),
					Pattern.compile(format.failurePattern()), Pattern.compile(format.successPattern())))
			.toList();
	}

	/**
	 * Reads one report.
	 * @param mail the report's subject, sender, headers and text
	 * @return the report, or why the mail is not one
	 */
	public FaxParseResult<FaxDeliveryReport> parse(FaxBridgeMail mail) {
		List<String> reasons = new ArrayList<>();
		for (Format format : this.formats) {
			Optional<String> refusal = format.patterns().refusal(mail);
			if (refusal.isPresent()) {
				reasons.add(format.patterns().name() + ": " + refusal.get());
				continue;
			}
			Map<String, String> fields = format.patterns().extract(mail);
			Optional<FaxDeliveryReport.Outcome> outcome = outcome(format, fields, mail);
			if (outcome.isEmpty()) {
				reasons.add(format.patterns().name() + ": neither delivered nor failed");
				continue;
			}
			String numberRaw = fields.getOrDefault("number", "");
			return new FaxParseResult.Recognised<>(new FaxDeliveryReport(format.patterns().name(), outcome.get(),
					notificationId(fields, mail), numberRaw, this.numbers.toE164(numberRaw),
					ReceivedFaxParser.pageCount(fields.get("pages")), Optional.ofNullable(fields.get("reason"))));
		}
		return new FaxParseResult.Unrecognised<>(String.join("; ", reasons));
	}

	private static Optional<FaxDeliveryReport.Outcome> outcome(Format format, Map<String, String> fields,
			FaxBridgeMail mail) {
		List<String> places = (fields.get("outcome") != null) ? List.of(fields.get("outcome"))
				: List.of(mail.subject(), mail.textBody());
		for (String text : places) {
			if (format.failure().matcher(text).find()) {
				return Optional.of(FaxDeliveryReport.Outcome.FAILED);
			}
			if (format.success().matcher(text).find()) {
				return Optional.of(FaxDeliveryReport.Outcome.DELIVERED);
			}
		}
		return Optional.empty();
	}

	private Optional<String> notificationId(Map<String, String> fields, FaxBridgeMail mail) {
		if (fields.get("notificationId") != null) {
			return Optional.of(fields.get("notificationId"));
		}
		String ours = mail.headers().get(FaxOutboundMail.NOTIFICATION_HEADER);
		if (ours != null && !ours.isBlank()) {
			return Optional.of(ours.strip());
		}
		return Stream
			.of(mail.subject(), mail.headers().get("In-Reply-To"), mail.headers().get("References"), mail.textBody())
			.filter((text) -> text != null)
			.map(this.notificationId::matcher)
			.filter(Matcher::find)
			.map((matcher) -> matcher.group("id"))
			.findFirst();
	}

	private record Format(FaxDeliveryReportFormat format, MailPatterns patterns, Pattern failure, Pattern success) {
	}

}
