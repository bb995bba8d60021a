package org.ecs.routes.fax;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.ecs.gateways.fax.FaxDocumentRenderer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Takes what ECS printed on its own reply sheet out of the OCR text of a faxed-back sheet
 * (the header, the instructions, the reference, the return number), so that the
 * coordinator starts from the expert's words. Lines are compared letter by letter with
 * some tolerance, since OCR garbles printed text too; a line that is only close to the
 * boilerplate is kept, never lost: the page image is beside the text for checking.
 */
@Component
@ConditionalOnProperty(name = "ecs.fax.enabled", havingValue = "true", matchIfMissing = true)
class ReplySheetText {

	/** How alike (0-1) a line must be to a printed one to be taken for it. */
	static final double ALIKE = 0.8;

	private static final Pattern PRINTED_PREFIX = Pattern.compile("^deadlineforcomments");

	private static final Pattern REFERENCE = Pattern.compile("^(?:reference)?ecs(?:[d0]\\d+)?p\\d+$");

	private static final Pattern PAGE_OF = Pattern.compile("^page\\d+of\\d+$");

	private final FaxSettings settings;

	ReplySheetText(FaxSettings settings) {
		this.settings = settings;
	}

	FaxIntake strip(FaxIntake fax) {
		if (!FaxIntake.QR.equals(fax.routedBy()) || fax.text().isEmpty()) {
			return fax;
		}
		List<String> printed = new ArrayList<>(FaxDocumentRenderer.REPLY_SHEET_PRINT);
		printed.add(this.settings.organisation());
		printed.add(this.settings.replyFaxNumber());
		if (fax.discussion() != null) {
			// a sheet sent with a network message names no discussion
			printed.add(fax.discussion().title());
		}
		printed.add("To: " + fax.author().displayName());
		printed.add("From: " + fax.author().displayName());
		List<String> printedKeys = printed.stream().map(ReplySheetText::key).toList();
		List<String> kept = new ArrayList<>();
		int removed = 0;
		for (String line : fax.text().split("\n", -1)) {
			if (isPrinted(key(line), printedKeys)) {
				removed++;
			}
			else {
				kept.add(line);
			}
		}
		Map<String, String> facts = new LinkedHashMap<>();
		facts.put("fax.replySheetLinesRemoved", String.valueOf(removed));
		return fax.recognised(FaxRecognition.tidy(String.join("\n", kept)), facts);
	}

	private static boolean isPrinted(String line, List<String> printed) {
		if (line.isEmpty()) {
			return false;
		}
		if (PRINTED_PREFIX.matcher(line).find() || REFERENCE.matcher(line).matches()
				|| PAGE_OF.matcher(line).matches()) {
			return true;
		}
		return printed.stream().anyMatch((p) -> !p.isEmpty() && (similarity(line, p) >= ALIKE || partOf(line, p)));
	}

	/**
	 * OCR breaks a long printed line in two where the page is skewed: each part is alike
	 * a stretch of the printed line. Short parts are kept, they could be anything.
	 */
	static boolean partOf(String line, String printed) {
		if (line.length() < 8 || line.length() >= printed.length()) {
			return false;
		}
		for (int start = 0; start + line.length() <= printed.length(); start++) {
			if (similarity(line, printed.substring(start, start + line.length())) >= ALIKE) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Letters and digits only, lower case: what survives OCR of punctuation and spacing.
	 */
	static String key(String text) {
		return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{Nd}]", "");
	}

	/** 1 minus the edit distance over the longer length. */
	static double similarity(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int substitution = previous[j - 1] + ((a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return 1.0 - (double) previous[b.length()] / Math.max(1, Math.max(a.length(), b.length()));
	}

}
