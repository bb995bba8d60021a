package org.ecs.gateways.fax;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Configuration of the fax PDF ({@code ecs.fax.document.*}).
 *
 * @param replyFaxNumber the ECS fax number printed on the reply sheet, the one the fax
 * bridge receives on
 * @param organisation the sender named in every page's header
 * @param fonts the font files to embed, tried in order for each character
 * @param dateTimePattern how dates are printed
 * @param replyLines how many ruled lines the reply sheet has for writing
 */
public record FaxDocumentProperties(String replyFaxNumber, String organisation, List<FaxFont> fonts,
		String dateTimePattern, int replyLines) {

	public FaxDocumentProperties {
		if (replyFaxNumber == null || replyFaxNumber.isBlank()) {
			throw new IllegalArgumentException("The reply fax number is required: the reply sheet tells it");
		}
		organisation = (organisation != null && !organisation.isBlank()) ? organisation
				: "ECS - Experts Communication System";
		fonts = (fonts != null && !fonts.isEmpty()) ? List.copyOf(fonts) : FaxFont.debianDefaults();
		dateTimePattern = (dateTimePattern != null && !dateTimePattern.isBlank()) ? dateTimePattern
				: "d MMMM yyyy, HH:mm z";
		replyLines = (replyLines > 0) ? replyLines : 13;
		DateTimeFormatter.ofPattern(dateTimePattern, Locale.ENGLISH);
	}

	/**
	 * The defaults with this reply number.
	 * @param replyFaxNumber the ECS fax number
	 * @return properties with Debian's fonts
	 */
	public static FaxDocumentProperties withReplyNumber(String replyFaxNumber) {
		return new FaxDocumentProperties(replyFaxNumber, null, null, null, 0);
	}

}
