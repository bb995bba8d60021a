package org.ecs.gateways.mail;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One way a mail client writes the line above quoted or forwarded text, read from
 * {@code quotes/quote-headers.rules}.
 *
 * @param id the rule's name
 * @param languages the languages it is for, {@code *} for any
 * @param pattern what a (joined) line must match, found with
 * {@link java.util.regex.Matcher#find()}
 * @param examples lines it must recognise
 * @param gate what a line needs before the pattern is tried: per group, the alternatives
 * (words found case-insensitively), one of which must occur
 * @param mask the bits of the gate's groups in {@link QuoteHeaderRules#words(String)}
 */
record QuoteHeaderRule(String id, String languages, Pattern pattern, List<String> examples, List<List<String>> gate,
		int mask) {

	/** Whether a text holding the gate groups {@code words} may match. */
	boolean mayMatch(int words) {
		return (words & this.mask) == this.mask;
	}

}
