package org.ecs.gateways.fax;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads the mail of a fax-to-email bridge into a {@link ReceivedFax}, trying the
 * configured {@link FaxBridgeFormat}s in order. A mail that no format recognises is
 * reported with each format's reason, never guessed at.
 */
public final class ReceivedFaxParser {

	private static final List<String> FIELDS = List.of("number", "tsi", "callerId", "pages", "received");

	private static final Set<String> PAGE_EXTENSIONS = Set.of("tif", "tiff", "pdf", "ps");

	private final List<FormatAndPatterns> formats;

	private final FaxBridgeProperties properties;

	private final FaxNumbers numbers;

	public ReceivedFaxParser(FaxBridgeProperties properties, FaxNumbers numbers) {
		this.properties = properties;
		this.numbers = numbers;
		this.formats = properties.formats()
			.stream()
			.map((format) -> new FormatAndPatterns(format,
					new MailPatterns(format.name(), format.fromPattern(), format.subjectPattern(),
							format.headerPatterns(), format.bodyPatterns(), FIELDS)))
			.toList();
	}

	/**
	 * Reads one bridge mail.
	 * @param mail the mail's subject, sender, headers, text and attachments
	 * @return the received fax, or why the mail is not one
	 */
	public FaxParseResult<ReceivedFax> parse(FaxBridgeMail mail) {
		List<String> reasons = new ArrayList<>();
		for (FormatAndPatterns candidate : this.formats) {
			MailPatterns patterns = candidate.patterns();
			Optional<String> refusal = patterns.refusal(mail);
			if (refusal.isPresent()) {
				reasons.add(patterns.name() + ": " + refusal.get());
				continue;
			}
			Map<String, String> fields = patterns.extract(mail);
			Optional<String> senderRaw = Stream.of("number", "callerId", "tsi")
				.map(fields::get)
				.filter((value) -> value != null)
				.findFirst();
			if (senderRaw.isEmpty()) {
				reasons.add(patterns.name() + ": no sender number, caller id or station id");
				continue;
			}
			List<FaxAttachment> pages = mail.attachments().stream().filter(this::isPage).toList();
			if (pages.isEmpty()) {
				reasons.add(patterns.name() + ": no page attachment among " + mail.attachments());
				continue;
			}
			return new FaxParseResult.Recognised<>(toFax(candidate.format(), fields, senderRaw.get(), mail, pages));
		}
		return new FaxParseResult.Unrecognised<>(String.join("; ", reasons));
	}

	private ReceivedFax toFax(FaxBridgeFormat format, Map<String, String> fields, String senderRaw, FaxBridgeMail mail,
			List<FaxAttachment> pages) {
		Optional<String> senderNumber = Stream.of("number", "callerId", "tsi")
			.map(fields::get)
			.filter((value) -> value != null)
			.map(this.numbers::toE164)
			.flatMap(Optional::stream)
			.findFirst();
		OptionalInt statedPages = pageCount(fields.get("pages"));
		var received = MailDates.parse(fields.get("received"), format.receivedFormat(), this.properties.zone())
			.or(() -> MailDates.rfc1123(mail.headers().get("Date")));
		return new ReceivedFax(format.name(), senderRaw, senderNumber, Optional.ofNullable(fields.get("tsi")),
				Optional.ofNullable(fields.get("callerId")), statedPages, received, pages);
	}

	static OptionalInt pageCount(String stated) {
		if (stated == null) {
			return OptionalInt.empty();
		}
		String digits = stated.replaceAll("\\D", "");
		// a fax of a million pages is a garbled field, not a count
		return (!digits.isEmpty() && digits.length() <= 5) ? OptionalInt.of(Integer.parseInt(digits))
				: OptionalInt.empty();
	}

	private boolean isPage(FaxAttachment attachment) {
		return this.properties.pageTypes().contains(attachment.baseType())
				|| PAGE_EXTENSIONS.contains(attachment.extension());
	}

	private record FormatAndPatterns(FaxBridgeFormat format, MailPatterns patterns) {
	}

}
