package org.ecs.gateways.mail;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;

/**
 * Separates what the author of a reply wrote from the quoted history, forwarded headers
 * and signatures their mail client appended. Every line is classified (text, empty,
 * quote, quote header, mail header, delimiter, mobile signature, our own reply marker),
 * and the sequence of classes decides what to cut, in the manner of Discourse's
 * email_reply_trimmer, so the same inputs give the same answers. Stateless and
 * thread-safe.
 */
public final class ReplyTrimmer {

	/**
	 * The line notification mails put above the quoted notification; everything from it
	 * on is never part of a reply, whatever the client did to the quote.
	 */
	public static final String REPLY_ABOVE_MARKER = "##- Please type your reply above this line -##";

	private static final char EMPTY = 'e';

	private static final char DELIMITER = 'd';

	private static final char SIGNATURE = 's';

	private static final char EMBEDDED = 'b';

	private static final char HEADER = 'h';

	private static final char QUOTE = 'q';

	private static final char TEXT = 't';

	private static final char MARKER = 'm';

	private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

	private static final Pattern MARKER_LINE = Pattern.compile("##-.*-##|^\\W*reply above this line\\W*$", CI);

	private static final Pattern EMPTY_LINE = Pattern.compile("^[\\h]*$");

	private static final Pattern DELIMITER_LINE = Pattern.compile("^[\\h]*[-_,=+~#*ᐧ—–]+[\\h]*$");

	private static final Pattern QUOTE_LINE = Pattern.compile("^[\\h]*>");

	/**
	 * SuperCite and Usenet readers quote with the author's initials: "JD> text". Only
	 * read as a quote when the prefix stands alone or recurs on a neighbouring line.
	 */
	private static final Pattern INITIALS_QUOTE = Pattern.compile("^\\h*([A-Z]{1,3})>(?:\\h|$)");

	private static final Pattern BARE_QUOTE_MARKERS = Pattern.compile("^[\\h>]*$");

	private static final QuoteVocabulary WORDS = QuoteVocabulary.get();

	/** The quote-header rules, each one record of {@code quotes/quote-headers.rules}. */
	static final QuoteHeaderRules RULES = QuoteHeaderRules.get();

	/**
	 * Words that open a quote header ("On", "Le", "Am", ...): a line starting with one of
	 * them and a number may be a header the client wrapped, blank lines included.
	 */
	private static final Pattern HEADER_OPENER = Pattern
		.compile("^[\\h>-]*(?:" + WORDS.alternation("on") + ")\\h(?=.*\\d).{0,200}$", CI);

	private static final int MAX_WRAPPED_HEADER_LINES = 7;

	private static final String WROTE = WORDS.alternation("wrote");

	private static final Pattern LONE_WROTE = Pattern.compile("^[\\h>]*(?:" + WROTE + ")[\\h]*[:：]?[\\h]*$", CI);

	private static final Pattern ENDS_WITH_WROTE = Pattern.compile("^.{0,200}(?:" + WROTE + ")[\\h]*[:：]?[\\h]*$", CI);

	private static final Pattern ENDS_IN_WROTE_WITHOUT_COLON = Pattern.compile("(?:" + WROTE + "|"
			+ WORDS.alternation("wrotecolon") + "|" + WORDS.alternation("said") + ")\\h*[.。।]?\\h*$", CI);

	private static final Pattern LEADING_QUOTE_MARKS = Pattern.compile("^[\\s>-]*");

	private static final String DATE_HEADERS = WORDS.alternation("date");

	private static final String TEXT_HEADERS = WORDS.alternation("header");

	private static final Pattern DATE_HEADER = Pattern.compile("^[\\h*>]*(?:" + DATE_HEADERS + ")[\\h*]*[:：].*\\d+",
			CI);

	private static final Pattern TEXT_HEADER = Pattern
		.compile("^[\\h*>]*(?:" + TEXT_HEADERS + ")[\\h*]*[:：].*[\\p{L}\\p{N}_]+", CI);

	/**
	 * Mobile footers ("Sent from my iPhone" and its translations), a whole line each: one
	 * alternation, so a line is scanned once. A line that only looks like one ("Sent by
	 * email reply.") is the author's.
	 */
	private static final Pattern MOBILE_SIGNATURE = Pattern
		.compile("^[\\h(<]*(?:" + WORDS.alternation("mobile") + ")[\\h)>.!]*$", CI);

	/** A footer is short and holds one of the words of its text: the pattern's gate. */
	private static final HeaderWords MOBILE_WORDS = new HeaderWords().add(1,
			WORDS.gateWords("mobile").toArray(String[]::new));

	private static final int MAX_MOBILE_SIGNATURE = 120;

	private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[([^\\]]+)\\]\\([^)]+\\)");

	/** Trims a plain-text body. */
	public TrimmedReply trim(String text) {
		return trim(text, List.of());
	}

	/**
	 * Trims a plain-text body that answers {@code sent}, the texts ECS sent under the
	 * reply's token: any copy of them in the reply is not the author's, wherever it
	 * stands, unless the author answered it line by line.
	 */
	public TrimmedReply trim(String text, Collection<String> sent) {
		if (text == null || text.isBlank()) {
			return new TrimmedReply("", "", "");
		}
		Set<String> joinedHeaders = new HashSet<>();
		Lines facts = joinWrappedQuoteHeaders(
				List.of(text.replace("\uFEFF", "").replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)),
				joinedHeaders);
		List<String> lines = facts.lines;
		Set<String> own = OwnText.of(sent).copiedLines(lines);
		String classes = classify(facts, joinedHeaders, own);
		List<String> reply = cut(lines, classes, false, own);
		List<String> bare = cut(lines, classes, true, own);
		return new TrimmedReply(join(reply), join(bare), join(remainder(lines, bare)),
				removedParts(lines, classes, bare, own), doubts(bare));
	}

	/**
	 * The lines not kept in {@code kept}, in runs, each with why: a run holding a copy of
	 * what ECS sent is that, else one holding a footer or starting at a delimiter is a
	 * footer or signature, else a quote.
	 */
	private static List<TrimmedReply.Removed> removedParts(List<String> all, String classes, List<String> kept,
			Set<String> own) {
		List<TrimmedReply.Removed> parts = new ArrayList<>();
		int k = 0;
		List<String> run = new ArrayList<>();
		StringBuilder runClasses = new StringBuilder();
		boolean runOwn = false;
		char runGroup = 0;
		for (int i = 0; i <= all.size(); i++) {
			boolean keptLine = i < all.size() && k < kept.size() && all.get(i).strip().equals(kept.get(k).strip());
			if (i == all.size() || keptLine) {
				addPart(parts, run, runClasses, runOwn);
				run.clear();
				runClasses.setLength(0);
				runOwn = false;
				runGroup = 0;
				if (keptLine) {
					k++;
				}
				continue;
			}
			String line = all.get(i);
			char c = classes.charAt(i);
			if (c != EMPTY) {
				// a signature and the quote under it are two parts
				boolean history = own.contains(line) || isOneOf(c, QUOTE, EMBEDDED, HEADER, MARKER);
				if (runGroup != 0 && (runGroup == 'h') != history) {
					addPart(parts, run, runClasses, runOwn);
					run.clear();
					runClasses.setLength(0);
					runOwn = false;
				}
				runGroup = history ? 'h' : 'o';
			}
			run.add(line);
			runClasses.append(c);
			runOwn |= own.contains(line);
		}
		return parts;
	}

	private static boolean isOneOf(char c, char a, char b, char d, char e) {
		return c == a || c == b || c == d || c == e;
	}

	private static void addPart(List<TrimmedReply.Removed> parts, List<String> run, CharSequence classes, boolean own) {
		String text = join(run);
		if (text.isEmpty()) {
			return;
		}
		String c = classes.toString();
		boolean history = c.indexOf(QUOTE) >= 0 || c.indexOf(EMBEDDED) >= 0 || c.indexOf(HEADER) >= 0;
		TrimmedReply.Why why;
		if (own) {
			why = TrimmedReply.Why.NOTIFICATION;
		}
		else if (history) {
			why = TrimmedReply.Why.QUOTE;
		}
		else if (c.indexOf(DELIMITER) >= 0) {
			why = TrimmedReply.Why.SIGNATURE;
		}
		else if (c.indexOf(SIGNATURE) >= 0) {
			why = TrimmedReply.Why.FOOTER;
		}
		else {
			why = TrimmedReply.Why.QUOTE;
		}
		parts.add(new TrimmedReply.Removed(why, text));
	}

	/**
	 * The last line of the author's text when it holds a footer's words without being a
	 * known footer ("Sent by email reply."): kept, and named for the coordinator.
	 */
	private static List<String> doubts(List<String> kept) {
		for (int i = kept.size() - 1; i >= 0; i--) {
			String line = kept.get(i).strip();
			if (line.isEmpty()) {
				continue;
			}
			boolean looksLikeFooter = line.length() <= MAX_MOBILE_SIGNATURE && MOBILE_WORDS.find(line) != 0
					&& !QUOTE_LINE.matcher(line).find();
			return looksLikeFooter ? List.of(line) : List.of();
		}
		return List.of();
	}

	/**
	 * Trims an HTML body on its structure first (quote containers, Outlook separators),
	 * then on the text that is left.
	 */
	public TrimmedReply trimHtml(String html) {
		return trimHtml(html, List.of());
	}

	/**
	 * Trims an HTML body that answers {@code sent} ({@link #trim(String, Collection)}).
	 */
	public TrimmedReply trimHtml(String html, Collection<String> sent) {
		if (html == null || html.isBlank()) {
			return new TrimmedReply("", "", "");
		}
		Document document = HtmlText.parse(html);
		String fullText = HtmlText.toText(document.body());
		HtmlQuotes.removeQuotes(document);
		String replyText = HtmlText.toText(document.body());
		HtmlQuotes.removeSignatures(document);
		String bareText = HtmlText.toText(document.body());
		String reply = trim(replyText, sent).reply();
		TrimmedReply trimmedBare = trim(bareText, sent);
		String bare = trimmedBare.replyWithoutSignature();
		List<String> fullLines = List.of(fullText.split("\n", -1));
		String remainder = join(remainder(fullLines, List.of(bare.split("\n", -1))));
		// what the HTML's structure removed is not in the text trimmed: one quote part
		List<TrimmedReply.Removed> removed = new ArrayList<>();
		String structural = join(remainder(fullLines, List.of(bareText.split("\n", -1))));
		if (!structural.isEmpty()) {
			removed.add(new TrimmedReply.Removed(TrimmedReply.Why.QUOTE, structural));
		}
		removed.addAll(trimmedBare.removed());
		return new TrimmedReply(reply, bare, remainder, removed, trimmedBare.doubts());
	}

	/**
	 * Trims a parsed mail: its text part when it has one, else its HTML on the HTML's
	 * structure.
	 */
	public TrimmedReply trim(InboundMail mail) {
		return trim(mail, List.of());
	}

	/**
	 * Trims a parsed mail that answers {@code sent} ({@link #trim(String, Collection)}).
	 */
	public TrimmedReply trim(InboundMail mail, Collection<String> sent) {
		if (!mail.textFromHtml() && mail.text() != null && !mail.text().isBlank()) {
			return trim(mail.text(), sent);
		}
		if (mail.html() != null) {
			return trimHtml(mail.html(), sent);
		}
		return trim(mail.text(), sent);
	}

	/**
	 * Quote headers wrapped over two or three lines read as one line again. A header is
	 * recognised on its lines without the quote markers the client put in front of them,
	 * but kept as written, the line breaks turned into spaces, in {@code joinedHeaders}.
	 * Only the lines near one carrying a word a header needs ({@link #headerWords}) are
	 * ever joined and matched, so most lines cost one scan.
	 */
	private static Lines joinWrappedQuoteHeaders(List<String> input, Set<String> joinedHeaders) {
		List<String> lines = joinHeadersSpanningBlankLines(new ArrayList<>(input), joinedHeaders);
		Lines facts = new Lines(lines);
		for (int i = 0; i < lines.size(); i++) {
			if (isQuoteHeader(lines.get(i), facts.words(i))) {
				// "..., Name <address>" then "a écrit :" alone on the next line
				if (i + 1 < lines.size() && LONE_WROTE.matcher(lines.get(i + 1)).matches()) {
					lines.set(i, lines.get(i).stripTrailing() + " " + lines.get(i + 1).strip());
					lines.remove(i + 1);
					facts.joined(i, i + 1);
				}
				continue;
			}
			int last = Math.min(lines.size() - 1, i + 4);
			if (!facts.anyWords(i, last) || facts.empty(i) || facts.mailHeader(i)) {
				// nothing here or in the next lines can make a header: no join
				continue;
			}
			for (int extra = 1; extra <= 4 && i + extra < lines.size(); extra++) {
				int end = i + extra;
				if (facts.mailHeader(end)) {
					break;
				}
				if (!facts.anyWords(i, end)) {
					continue;
				}
				if (tailIsHeaderAlone(facts, i, extra)) {
					break;
				}
				if (facts.empty(end)) {
					continue;
				}
				StringBuilder joined = new StringBuilder(lines.get(i).stripTrailing());
				for (int k = 1; k <= extra; k++) {
					joined.append(' ').append(withoutQuoteMarks(lines.get(i + k)).strip());
				}
				String candidate = joined.toString();
				if (candidate.length() <= 500 && isQuoteHeader(candidate)) {
					joinAsWritten(lines, i, end, joinedHeaders);
					facts.joined(i, end);
					break;
				}
			}
		}
		return facts;
	}

	private static String withoutQuoteMarks(String line) {
		if (line.isEmpty()) {
			return line;
		}
		char first = line.charAt(0);
		if (first != '>' && first != '-' && first > ' ') {
			return line;
		}
		return LEADING_QUOTE_MARKS.matcher(line).replaceFirst("");
	}

	/**
	 * Some clients wrap "On &lt;date&gt;, &lt;someone&gt; wrote:" over several lines with
	 * blank lines between ("On Thu, 31 Mar 2016 at 11:16 Some One", "", "&lt;",
	 * "mailto:...", "&gt; wrote:"). A line that opens like a quote header and carries a
	 * number, followed within a few short lines by one that ends in "wrote:" and its
	 * translations, is read as one header when the joined text is one.
	 */
	private static List<String> joinHeadersSpanningBlankLines(List<String> lines, Set<String> joinedHeaders) {
		for (int i = 0; i < lines.size(); i++) {
			if (!opensHeader(lines.get(i)) || isQuoteHeader(lines.get(i))) {
				continue;
			}
			int last = Math.min(lines.size() - 1, i + MAX_WRAPPED_HEADER_LINES - 1);
			for (int end = i + 1; end <= last; end++) {
				String line = lines.get(end);
				if (line.length() > 200 || opensHeader(line)) {
					break;
				}
				if (!ENDS_WITH_WROTE.matcher(line).matches()) {
					continue;
				}
				if (isDatedQuoteHeader(line)) {
					// a whole header of its own, its date included (one that opens with
					// no
					// opener word, "śr., 18 lis 2026 o 18:45 ECS <...> napisał(a):"): the
					// lines above it are not its beginning but the author's
					break;
				}
				StringBuilder joined = new StringBuilder(lines.get(i).strip());
				for (int k = i + 1; k <= end; k++) {
					String part = withoutQuoteMarks(lines.get(k)).strip();
					if (!part.isEmpty()) {
						joined.append(' ').append(part);
					}
				}
				if (isQuoteHeader(joined.toString())) {
					joinAsWritten(lines, i, end, joinedHeaders);
				}
				break;
			}
		}
		return lines;
	}

	private static final Pattern ADDRESS = Pattern.compile("<?[^\\s<>@]+@[^\\s<>@]+>?");

	private static final Pattern DATE_OR_TIME = Pattern.compile("\\d{4}|\\d{1,2}:\\d{2}");

	/** A quote header with a year or a time outside its addresses. */
	private static boolean isDatedQuoteHeader(String line) {
		return isQuoteHeader(line)
				&& DATE_OR_TIME.matcher(ADDRESS.matcher(QuoteHeaderRules.seen(line)).replaceAll("")).find();
	}

	/**
	 * {@link #HEADER_OPENER}, which needs a digit and at most 200 characters after the
	 * opening word, not tried on lines that cannot have them.
	 */
	private static boolean opensHeader(String line) {
		int length = line.length();
		if (length < 4) {
			return false;
		}
		boolean digit = false;
		for (int k = 0; k < length && !digit; k++) {
			char c = line.charAt(k);
			digit = c >= '0' && c <= '9' || (c > 127 && Character.isDigit(c));
		}
		return digit && OPENER_FIRST_WORDS.contains(firstWord(line)) && HEADER_OPENER.matcher(line).matches();
	}

	/**
	 * The first word of each opener ("On", "Le", "W" of "W dniu"), case folded: a line
	 * whose first word is none of them cannot match {@link #HEADER_OPENER}.
	 */
	private static final Set<String> OPENER_FIRST_WORDS = WORDS.all("on")
		.stream()
		.map((word) -> fold(word.split("\\s+")[0]))
		.collect(java.util.stream.Collectors.toUnmodifiableSet());

	/** The first word after the quote marks and dashes {@link #HEADER_OPENER} allows. */
	private static String firstWord(String line) {
		int start = 0;
		while (start < line.length() && (line.charAt(start) == '>' || line.charAt(start) == '-'
				|| Character.isWhitespace(line.charAt(start)) || Character.isSpaceChar(line.charAt(start)))) {
			start++;
		}
		int end = start;
		while (end < line.length() && !Character.isWhitespace(line.charAt(end))
				&& !Character.isSpaceChar(line.charAt(end))) {
			end++;
		}
		return fold(line.substring(start, end));
	}

	private static String fold(String word) {
		StringBuilder folded = new StringBuilder(word.length());
		word.codePoints().forEach((c) -> folded.appendCodePoint(Character.toLowerCase(Character.toUpperCase(c))));
		return folded.toString();
	}

	/** Lines {@code from..to} become one, as written, blank lines dropped. */
	private static void joinAsWritten(List<String> lines, int from, int to, Set<String> joinedHeaders) {
		StringBuilder joined = new StringBuilder(lines.get(from).stripTrailing());
		for (int k = from + 1; k <= to; k++) {
			if (!EMPTY_LINE.matcher(lines.get(k)).matches()) {
				joined.append(' ').append(lines.get(k).strip());
			}
		}
		lines.set(from, joined.toString());
		lines.subList(from + 1, to + 1).clear();
		joinedHeaders.add(joined.toString());
	}

	/**
	 * "Date: ..." or "To: ..." of a header block: never part of a wrapped quote header.
	 */
	private static boolean isMailHeader(String text, int words) {
		String line = QuoteHeaderRules.seen(text);
		// both need a colon, a date also a digit
		if (line.indexOf(':') < 0 && line.indexOf('：') < 0) {
			return false;
		}
		return hasDigit(line) && DATE_HEADER.matcher(line).find() || TEXT_HEADER.matcher(line).find();
	}

	private static boolean hasDigit(String line) {
		for (int k = 0; k < line.length(); k++) {
			char c = line.charAt(k);
			if (c >= '0' && c <= '9' || (c > 127 && Character.isDigit(c))) {
				return true;
			}
		}
		return false;
	}

	private static boolean tailIsHeaderAlone(Lines facts, int start, int extra) {
		int end = start + extra;
		for (int from = start + 1; from <= end; from++) {
			if (!facts.anyWords(from, end)) {
				return false;
			}
			if (facts.tailIsHeader(from, end)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Which words some quote header needs a text has: a bit set of the gate groups of
	 * {@link #RULES}.
	 */
	static int headerWords(String text) {
		return RULES.words(text);
	}

	/** Whether a text holding {@code words} has all some quote header needs. */
	private static boolean mayBeQuoteHeader(int words) {
		return RULES.mayBeHeader(words);
	}

	static boolean isQuoteHeader(String line) {
		return isQuoteHeader(line, headerWords(line));
	}

	/** Whether {@code line}, holding {@code words}, is a quote header. */
	private static boolean isQuoteHeader(String line, int words) {
		return RULES.isHeader(line, words);
	}

	/**
	 * Facts about the lines being joined, worked out once per line and only when asked
	 * for, kept in step with the lines as they are joined.
	 */
	private static final class Lines {

		private static final int UNKNOWN = -1;

		/** Tails are memoised for lines this many apart at most. */
		private static final int TAIL_SLOTS = 8;

		private final List<String> lines;

		/** {@link #headerWords} per line. */
		private final int[] words;

		/** Per line: 0 unknown, 1 a mail header, 2 not. */
		private final byte[] mailHeaders;

		/**
		 * Per line {@code from} (modulo {@link #TAIL_SLOTS}) and length, whether the tail
		 * of those lines is a header: 0 unknown, 1 yes, 2 no; {@link #tailStarts} says
		 * which line a slot is for.
		 */
		private final byte[] tails = new byte[TAIL_SLOTS * 4];

		private final int[] tailStarts = new int[TAIL_SLOTS];

		Lines(List<String> lines) {
			this.lines = lines;
			this.words = new int[lines.size()];
			java.util.Arrays.fill(this.words, UNKNOWN);
			this.mailHeaders = new byte[lines.size()];
			java.util.Arrays.fill(this.tailStarts, UNKNOWN);
		}

		int words(int index) {
			int known = this.words[index];
			if (known == UNKNOWN) {
				known = headerWords(this.lines.get(index));
				this.words[index] = known;
			}
			return known;
		}

		/**
		 * Whether the lines {@code from..to} have, between them, the words some header
		 * needs.
		 */
		boolean anyWords(int from, int to) {
			int words = 0;
			for (int k = from; k <= to; k++) {
				words |= words(k);
			}
			return mayBeQuoteHeader(words);
		}

		boolean empty(int index) {
			return EMPTY_LINE.matcher(this.lines.get(index)).matches();
		}

		boolean mailHeader(int index) {
			byte known = this.mailHeaders[index];
			if (known == 0) {
				known = isMailHeader(this.lines.get(index), words(index)) ? (byte) 1 : (byte) 2;
				this.mailHeaders[index] = known;
			}
			return known == 1;
		}

		/**
		 * Whether lines {@code from..to} (at most four), stripped and joined by spaces,
		 * are a quote header: the same tails come up again for the next few lines, each
		 * is matched once.
		 */
		boolean tailIsHeader(int from, int to) {
			int slot = from % TAIL_SLOTS;
			if (this.tailStarts[slot] != from) {
				this.tailStarts[slot] = from;
				java.util.Arrays.fill(this.tails, slot * 4, slot * 4 + 4, (byte) 0);
			}
			int index = slot * 4 + (to - from);
			if (this.tails[index] == 0) {
				StringBuilder tail = new StringBuilder();
				for (int k = from; k <= to; k++) {
					tail.append((k == from) ? "" : " ").append(this.lines.get(k).strip());
				}
				this.tails[index] = isQuoteHeader(tail.toString()) ? (byte) 1 : (byte) 2;
			}
			return this.tails[index] == 1;
		}

		/** Lines {@code from..to} were joined into line {@code from}. */
		void joined(int from, int to) {
			int removed = to - from;
			int size = this.lines.size() + removed;
			System.arraycopy(this.words, to + 1, this.words, from + 1, size - to - 1);
			System.arraycopy(this.mailHeaders, to + 1, this.mailHeaders, from + 1, size - to - 1);
			this.words[from] = UNKNOWN;
			this.mailHeaders[from] = 0;
			java.util.Arrays.fill(this.tailStarts, UNKNOWN);
		}

	}

	private static String classify(Lines facts, Set<String> joinedHeaders, Set<String> own) {
		List<String> lines = facts.lines;
		StringBuilder classes = new StringBuilder(lines.size());
		boolean inCode = false;
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			if (line.startsWith("```")) {
				inCode = !inCode;
				classes.append(TEXT);
				continue;
			}
			if (own.contains(line)) {
				// a copy of what ECS sent is history, whatever it looks like
				classes.append(QUOTE);
				continue;
			}
			char c = inCode ? TEXT : joinedHeaders.contains(line) ? EMBEDDED : classify(line, facts.words(i));
			if (c == MARKER && QUOTE_LINE.matcher(line).find()) {
				// our marker quoted back: the reply may go on below the quote
				c = QUOTE;
			}
			classes.append(c);
		}
		readInitialsQuotes(lines, classes);
		readLoneQuotedHeadersAsQuotes(lines, classes);
		readSentencesLikeAttributionsAsText(lines, classes);
		readLoneHeadersAsText(classes);
		readSeparatorsAboveHeaders(classes);
		return classes.toString();
	}

	/**
	 * A rule of dashes or underscores right above a block of mail headers is Outlook's
	 * separator of the quoted mail, not a signature delimiter.
	 */
	private static void readSeparatorsAboveHeaders(StringBuilder classes) {
		for (int i = 0; i + 1 < classes.length(); i++) {
			if (classes.charAt(i) == DELIMITER && classes.charAt(i + 1) == HEADER) {
				classes.setCharAt(i, HEADER);
			}
		}
	}

	/** "C>" lines are quotes when the prefix stands alone or recurs next door. */
	private static void readInitialsQuotes(List<String> lines, StringBuilder classes) {
		for (int i = 0; i < lines.size(); i++) {
			if (classes.charAt(i) != TEXT) {
				continue;
			}
			Matcher prefix = INITIALS_QUOTE.matcher(lines.get(i));
			if (!prefix.find()) {
				continue;
			}
			boolean alone = lines.get(i).strip().length() == prefix.group(1).length() + 1;
			if (alone || samePrefix(lines, i - 1, prefix.group(1)) || samePrefix(lines, i + 1, prefix.group(1))) {
				classes.setCharAt(i, QUOTE);
			}
		}
	}

	private static boolean samePrefix(List<String> lines, int index, String initials) {
		if (index < 0 || index >= lines.size()) {
			return false;
		}
		Matcher prefix = INITIALS_QUOTE.matcher(lines.get(index));
		return prefix.find() && prefix.group(1).equals(initials);
	}

	/**
	 * A line read as a quote header that ends like a sentence in its "wrote" (no colon, a
	 * full stop or nothing after it: "On Monday 18 November the chair wrote",
	 * "2026年に報告書を書きました") and has the author's text or another quote header under it
	 * introduces no quote: it is the author's sentence.
	 */
	private static void readSentencesLikeAttributionsAsText(List<String> lines, StringBuilder classes) {
		for (int i = 0; i < lines.size(); i++) {
			if (classes.charAt(i) != EMBEDDED || !endsLikeASentence(lines.get(i))) {
				continue;
			}
			int next = Classes.skip(classes, i + 1, EMPTY, EMPTY);
			if (next < classes.length() && (classes.charAt(next) == TEXT || classes.charAt(next) == EMBEDDED)) {
				classes.setCharAt(i, TEXT);
			}
		}
	}

	private static boolean endsLikeASentence(String line) {
		return ENDS_IN_WROTE_WITHOUT_COLON.matcher(QuoteHeaderRules.seen(line)).find();
	}

	/**
	 * A mail header line ("Subject: article 4", "Date: 15 December suits me") with no
	 * other header, separator or quote header next to it (blank lines aside) is the
	 * author's: headers come in blocks.
	 */
	private static void readLoneHeadersAsText(StringBuilder classes) {
		for (int i = 0; i < classes.length(); i++) {
			if (classes.charAt(i) == HEADER && !nearby(classes, i, -1, HEADER, EMBEDDED, DELIMITER)
					&& !nearby(classes, i, 1, HEADER, HEADER, HEADER)) {
				classes.setCharAt(i, TEXT);
			}
		}
	}

	/**
	 * Whether one of the two non-empty lines before ({@code step} -1) or after (1) line
	 * {@code i} is of class {@code a}, {@code b} or {@code c} (a header's value may wrap
	 * onto a line of its own: "Subject: Some subject that", "spans over 2 lines").
	 */
	private static boolean nearby(CharSequence classes, int i, int step, char a, char b, char c) {
		int seen = 0;
		for (int k = i + step; k >= 0 && k < classes.length() && seen < 2; k += step) {
			char d = classes.charAt(k);
			if (d == EMPTY) {
				continue;
			}
			if (d == a || d == b || d == c) {
				return true;
			}
			seen++;
		}
		return false;
	}

	/**
	 * A single quoted "&gt; From: ..." line with no header next to it is the quoted
	 * author's attribution inside a quote the reply keeps, not a forwarded header block.
	 */
	private static void readLoneQuotedHeadersAsQuotes(List<String> lines, StringBuilder classes) {
		for (int i = 0; i < lines.size(); i++) {
			boolean lone = classes.charAt(i) == HEADER && QUOTE_LINE.matcher(lines.get(i)).find()
					&& (i == 0 || classes.charAt(i - 1) != HEADER)
					&& (i + 1 == lines.size() || classes.charAt(i + 1) != HEADER);
			if (lone) {
				classes.setCharAt(i, QUOTE);
			}
		}
	}

	/** The class of {@code line}, which holds {@code words} ({@link #headerWords}). */
	private static char classify(String text, int words) {
		if (EMPTY_LINE.matcher(text).matches()) {
			return EMPTY;
		}
		String line = QuoteHeaderRules.seen(text);
		if ((words & QuoteHeaderRules.MARKER_WORDS) != 0 && MARKER_LINE.matcher(line).find()) {
			return MARKER;
		}
		if (DELIMITER_LINE.matcher(line).matches()) {
			return DELIMITER;
		}
		// a link needs "](": most lines have none
		String unlinked = line.contains("](") ? MARKDOWN_LINK.matcher(line).replaceAll("$1") : line;
		if (unlinked.length() <= MAX_MOBILE_SIGNATURE && (words & QuoteHeaderRules.MOBILE_WORDS) != 0
				&& MOBILE_SIGNATURE.matcher(unlinked).find()) {
			return SIGNATURE;
		}
		if (isQuoteHeader(line, words)) {
			return EMBEDDED;
		}
		if (isMailHeader(line, words)) {
			return HEADER;
		}
		if (QUOTE_LINE.matcher(line).find()) {
			return QUOTE;
		}
		return TEXT;
	}

	/**
	 * Decides which lines are the author's. With {@code withoutSignature}, everything
	 * from the first delimiter on and mobile footers go too; otherwise delimiters and
	 * footers count as the author's text so that the signature is kept.
	 */
	private static List<String> cut(List<String> input, String inputClasses, boolean withoutSignature,
			Set<String> own) {
		List<String> lines = new ArrayList<>(input);
		StringBuilder classes = new StringBuilder(inputClasses);
		boolean answeredLineByLine = !own.isEmpty() && Classes.interleaved(lines, classes, own);
		if (answeredLineByLine) {
			keepAttributionsOfQuotes(classes);
		}
		int marker = classes.indexOf(String.valueOf(MARKER));
		if (marker >= 0) {
			truncate(lines, classes, marker);
		}
		if (withoutSignature) {
			int delimiter = classes.indexOf(String.valueOf(DELIMITER));
			if (delimiter >= 0) {
				truncate(lines, classes, delimiter);
			}
			removeAll(lines, classes, SIGNATURE);
		}
		else {
			// a delimiter right under a quote opens a footer the list or the quoted mail
			// brought, not the author's signature
			int footer = Classes.delimiterUnderQuote(classes);
			if (footer >= 0) {
				truncate(lines, classes, footer);
			}
			for (int i = 0; i < classes.length(); i++) {
				char c = classes.charAt(i);
				if (c == DELIMITER) {
					classes.setCharAt(i, EMPTY);
				}
				else if (c == SIGNATURE) {
					classes.setCharAt(i, TEXT);
				}
			}
		}
		// a quote header after the author's text, and only quotes or more of the history
		// after it
		cutAfter(lines, classes, Classes.headerAfterTextWithoutQuoteAfter(classes));
		// text after the quote is the author's again (an inline or bottom reply): only a
		// quote that runs to the end is history
		cutAfter(lines, classes, Classes.headerAfterTextWithHistoryToTheEnd(classes));
		// bottom-posting: a quote header, one quoted block, then the author's text
		int start = Classes.bottomPostedText(classes);
		if (start >= 0) {
			lines.subList(0, start).clear();
			classes.delete(0, start);
		}
		removeAll(lines, classes, EMBEDDED);
		if (!own.isEmpty() && !answeredLineByLine) {
			removeCopies(lines, classes, own);
		}
		int[] spanning = Classes.spanningHeaderBlock(classes);
		if (spanning != null) {
			for (int i = spanning[0]; i < spanning[1]; i++) {
				classes.setCharAt(i, HEADER);
			}
		}
		cutAfter(lines, classes, Classes.headerBlockAfterText(classes));
		removeAll(lines, classes, HEADER);
		if (classes.indexOf(String.valueOf(TEXT)) >= 0) {
			int trailingQuotes = Classes.trailingQuotes(classes);
			if (trailingQuotes < classes.length()) {
				truncate(lines, classes, trailingQuotes);
			}
		}
		if (classes.indexOf(String.valueOf(TEXT)) < 0 && inputClasses.indexOf(EMBEDDED) >= 0
				&& lines.stream().allMatch((line) -> BARE_QUOTE_MARKERS.matcher(line).matches())) {
			// only quote headers and empty quote levels: nobody wrote anything
			lines.clear();
		}
		if (!withoutSignature) {
			// a signature delimiter with nothing after it is no signature
			while (!lines.isEmpty() && (DELIMITER_LINE.matcher(lines.get(lines.size() - 1)).matches()
					|| EMPTY_LINE.matcher(lines.get(lines.size() - 1)).matches())) {
				lines.remove(lines.size() - 1);
			}
		}
		return lines;
	}

	/**
	 * In a reply answered line by line, the attribution above a quote the author answers
	 * is kept with the quote.
	 */
	private static void keepAttributionsOfQuotes(StringBuilder classes) {
		for (int i = 0; i < classes.length(); i++) {
			if (classes.charAt(i) == EMBEDDED) {
				int next = Classes.skip(classes, i + 1, EMPTY, EMPTY);
				if (next < classes.length() && classes.charAt(next) == QUOTE) {
					classes.setCharAt(i, QUOTE);
				}
			}
		}
	}

	/**
	 * Drops the copies of what ECS sent, with the blank lines around them, leaving one
	 * blank line where they separated the author's lines.
	 */
	private static void removeCopies(List<String> lines, StringBuilder classes, Set<String> own) {
		List<String> kept = new ArrayList<>();
		StringBuilder keptClasses = new StringBuilder();
		boolean dropped = false;
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			if (own.contains(line) || dropped && EMPTY_LINE.matcher(line).matches()) {
				dropped = true;
				continue;
			}
			if (dropped && !kept.isEmpty()) {
				while (!kept.isEmpty() && EMPTY_LINE.matcher(kept.get(kept.size() - 1)).matches()) {
					kept.remove(kept.size() - 1);
					keptClasses.setLength(keptClasses.length() - 1);
				}
				kept.add("");
				keptClasses.append(EMPTY);
			}
			dropped = false;
			kept.add(line);
			keptClasses.append(classes.charAt(i));
		}
		lines.clear();
		lines.addAll(kept);
		classes.setLength(0);
		classes.append(keptClasses);
	}

	/** Cuts after the line {@code at}, if any. */
	private static void cutAfter(List<String> lines, StringBuilder classes, int at) {
		if (at >= 0) {
			truncate(lines, classes, at + 1);
		}
	}

	private static void truncate(List<String> lines, StringBuilder classes, int size) {
		lines.subList(size, lines.size()).clear();
		classes.setLength(size);
	}

	private static void removeAll(List<String> lines, StringBuilder classes, char type) {
		int kept = 0;
		for (int i = 0; i < classes.length(); i++) {
			char c = classes.charAt(i);
			if (c != type) {
				lines.set(kept, lines.get(i));
				classes.setCharAt(kept, c);
				kept++;
			}
		}
		truncate(lines, classes, kept);
	}

	/** The lines of {@code all} not kept in {@code kept}, matched in order. */
	private static List<String> remainder(List<String> all, List<String> kept) {
		List<String> rest = new ArrayList<>();
		int k = 0;
		for (String line : all) {
			if (k < kept.size() && line.strip().equals(kept.get(k).strip())) {
				k++;
			}
			else {
				rest.add(line);
			}
		}
		return rest;
	}

	private static String join(List<String> lines) {
		return String.join("\n", lines).strip();
	}

	/**
	 * Finds words as a case-insensitive, Unicode-case {@link Pattern} would (a character
	 * matches a letter of the word when it is that letter or folds to it, upper-cased
	 * then lower-cased), in one pass over the text instead of one match attempt per word
	 * and position.
	 */
	static final class HeaderWords {

		private static final int FOLDED = 0x800;

		/** Every character folded (all fold to characters of the BMP). */
		private static final char[] FOLD = new char[Character.MAX_VALUE + 1];

		static {
			for (int c = 0; c <= Character.MAX_VALUE; c++) {
				FOLD[c] = (char) fold(c);
			}
		}

		private final List<int[]> words = new ArrayList<>();

		/** Per word, the gates it counts for (a word of several groups is found once). */
		private int[] gates = new int[16];

		private final Map<String, Integer> indexes = new HashMap<>();

		/** The words by their first (folded) character, below {@link #FOLDED}. */
		private final int[][] byStart = new int[FOLDED][];

		/** The words by their first (folded) character, from {@link #FOLDED} on. */
		private final Map<Integer, int[]> byRareStart = new HashMap<>();

		private final java.util.BitSet rareStarts = new java.util.BitSet();

		/**
		 * Per first (folded) character below {@link #FOLDED}: a bit per second character
		 * (folded, modulo 64) some word goes on with, all bits when a word is that one
		 * character; a position whose next character has no bit is skipped at once.
		 */
		private final long[] seconds = new long[FOLDED];

		private int all;

		HeaderWords add(int gate, String... words) {
			for (String word : words) {
				int[] folded = word.chars().map(HeaderWords::fold).toArray();
				String key = new String(folded, 0, folded.length);
				Integer existing = this.indexes.get(key);
				this.all |= gate;
				if (existing != null) {
					this.gates[existing] |= gate;
					continue;
				}
				int index = this.words.size();
				this.indexes.put(key, index);
				this.words.add(folded);
				if (index == this.gates.length) {
					this.gates = java.util.Arrays.copyOf(this.gates, index * 2);
				}
				this.gates[index] = gate;
				int start = folded[0];
				if (start < FOLDED) {
					this.seconds[start] |= (folded.length == 1) ? -1L : 1L << (folded[1] & 63);
				}
				int[] known = (start < FOLDED) ? this.byStart[start] : this.byRareStart.get(start);
				int[] more = (known != null) ? java.util.Arrays.copyOf(known, known.length + 1) : new int[1];
				more[more.length - 1] = index;
				if (start < FOLDED) {
					this.byStart[start] = more;
				}
				else {
					this.byRareStart.put(start, more);
					this.rareStarts.set(start);
				}
			}
			return this;
		}

		private static int fold(int c) {
			return Character.toLowerCase(Character.toUpperCase(c));
		}

		private static int folded(char c) {
			return FOLD[c];
		}

		private int[] startingWith(int c) {
			if (c < FOLDED) {
				return this.byStart[c];
			}
			return this.rareStarts.get(c) ? this.byRareStart.get(c) : null;
		}

		/** The gates of the words {@code text} holds, or-ed together. */
		int find(String text) {
			int found = 0;
			int length = text.length();
			for (int p = 0; p < length && found != this.all; p++) {
				char c = text.charAt(p);
				int f = folded(c);
				if (f < FOLDED && c < FOLDED) {
					long next = 0L;
					if (p + 1 < length) {
						char n = text.charAt(p + 1);
						next = (1L << (n & 63)) | (1L << (folded(n) & 63));
					}
					boolean maybe = ((this.seconds[c] | this.seconds[f]) & next) != 0 || this.seconds[c] == -1L
							|| this.seconds[f] == -1L;
					if (!maybe) {
						continue;
					}
				}
				found |= findAt(text, p, startingWith(c), found);
				if (f != c) {
					found |= findAt(text, p, startingWith(f), found);
				}
			}
			return found;
		}

		private int findAt(String text, int at, int[] candidates, int found) {
			if (candidates == null) {
				return 0;
			}
			int more = 0;
			for (int w : candidates) {
				int gate = this.gates[w];
				if ((gate & ~(found | more)) != 0 && matchesAt(text, at, this.words.get(w))) {
					more |= gate;
				}
			}
			return more;
		}

		/** Whether one of the words ends at {@code end} in {@code text}. */
		boolean endsAt(String text, int end) {
			for (int[] word : this.words) {
				if (end >= word.length && matchesAt(text, end - word.length, word)) {
					return true;
				}
			}
			return false;
		}

		private static boolean matchesAt(String text, int at, int[] word) {
			if (at + word.length > text.length()) {
				return false;
			}
			for (int j = 0; j < word.length; j++) {
				char c = text.charAt(at + j);
				if (word[j] != c && word[j] != folded(c)) {
					return false;
				}
			}
			return true;
		}

	}

	/**
	 * The sequences of line classes {@link #cut} looks for, found in one pass each. Each
	 * answers exactly as {@link Matcher#find()} of the regular expression it names would
	 * (the first match, greedy), without the backtracking that made some of them
	 * quadratic or worse on long mails.
	 */
	static final class Classes {

		private Classes() {
		}

		/** {@code qe*d}: the index of the delimiter, or -1. */
		static int delimiterUnderQuote(CharSequence classes) {
			int n = classes.length();
			for (int s = 0; s < n; s++) {
				if (classes.charAt(s) == QUOTE) {
					int p = skip(classes, s + 1, EMPTY, EMPTY);
					if (p < n && classes.charAt(p) == DELIMITER) {
						return p;
					}
					s = p - 1;
				}
			}
			return -1;
		}

		/** {@code te*b[^q]*$}: where it starts, or -1. */
		static int headerAfterTextWithoutQuoteAfter(CharSequence classes) {
			int lastQuote = lastIndexOf(classes, QUOTE);
			return textThenHeader(classes, lastQuote + 1);
		}

		/** {@code te*b[eqbh]*$}: where it starts, or -1. */
		static int headerAfterTextWithHistoryToTheEnd(CharSequence classes) {
			int history = classes.length();
			while (history > 0 && isOneOf(classes.charAt(history - 1), EMPTY, QUOTE, EMBEDDED, HEADER)) {
				history--;
			}
			return textThenHeader(classes, history - 1);
		}

		/**
		 * The first text line followed, past empty lines, by a quote header at
		 * {@code from} or later.
		 */
		private static int textThenHeader(CharSequence classes, int from) {
			int n = classes.length();
			for (int s = 0; s < n; s++) {
				if (classes.charAt(s) == TEXT) {
					int p = skip(classes, s + 1, EMPTY, EMPTY);
					if (p < n && classes.charAt(p) == EMBEDDED && p >= from) {
						return s;
					}
					s = p - 1;
				}
			}
			return -1;
		}

		/** {@code ^e*b[eb]*q[eq]*(t[te]*)$}: where the group starts, or -1. */
		static int bottomPostedText(CharSequence classes) {
			int n = classes.length();
			int i = skip(classes, 0, EMPTY, EMPTY);
			if (i >= n || classes.charAt(i) != EMBEDDED) {
				return -1;
			}
			i = skip(classes, i + 1, EMPTY, EMBEDDED);
			if (i >= n || classes.charAt(i) != QUOTE) {
				return -1;
			}
			i = skip(classes, i + 1, EMPTY, QUOTE);
			if (i >= n || classes.charAt(i) != TEXT) {
				return -1;
			}
			return (skip(classes, i + 1, TEXT, EMPTY) == n) ? i : -1;
		}

		/**
		 * {@code h+[hte]+h+e}: start and end of the first match, or null. Within a run of
		 * header, text and empty lines starting with headers, the match ends after the
		 * last empty line that follows a header, two lines or more past the first
		 * headers; failing that, right after three or more first headers followed by an
		 * empty line.
		 */
		static int[] spanningHeaderBlock(CharSequence classes) {
			int n = classes.length();
			int s = 0;
			while (s < n) {
				if (classes.charAt(s) != HEADER) {
					s++;
					continue;
				}
				int headers = skip(classes, s, HEADER, HEADER);
				int run = headers;
				while (run < n && isOneOf(classes.charAt(run), HEADER, TEXT, EMPTY, EMPTY)) {
					run++;
				}
				for (int j = run - 1; j >= headers + 2; j--) {
					if (classes.charAt(j) == EMPTY && classes.charAt(j - 1) == HEADER) {
						return new int[] { s, j + 1 };
					}
				}
				if (headers - s >= 3 && headers < n && classes.charAt(headers) == EMPTY) {
					return new int[] { s, headers + 1 };
				}
				// no later start within the run can match either
				s = Math.max(run, headers);
			}
			return null;
		}

		/** {@code t[eq]*h{3,}}: where it starts, or -1. */
		static int headerBlockAfterText(CharSequence classes) {
			int n = classes.length();
			for (int s = 0; s < n; s++) {
				if (classes.charAt(s) == TEXT) {
					int p = skip(classes, s + 1, EMPTY, QUOTE);
					if (p + 2 < n && classes.charAt(p) == HEADER && classes.charAt(p + 1) == HEADER
							&& classes.charAt(p + 2) == HEADER) {
						return s;
					}
					s = p - 1;
				}
			}
			return -1;
		}

		/** {@code [eq]+$}: where it starts, the length when there is none. */
		static int trailingQuotes(CharSequence classes) {
			int start = classes.length();
			while (start > 0 && isOneOf(classes.charAt(start - 1), EMPTY, QUOTE, QUOTE, QUOTE)) {
				start--;
			}
			return start;
		}

		/**
		 * Whether the author answered a copy of what ECS sent line by line: their text
		 * stands between two copies, or between a copy and a quote.
		 */
		static boolean interleaved(List<String> lines, CharSequence classes, Set<String> own) {
			// the runs: 'o' a copy, 't' the author's text; quotes count as copies
			StringBuilder runs = new StringBuilder();
			for (int i = 0; i < lines.size(); i++) {
				char c = classes.charAt(i);
				char run = (own.contains(lines.get(i)) || c == QUOTE) ? 'o' : (c == TEXT) ? 't' : ' ';
				if (run != ' ' && (runs.length() == 0 || runs.charAt(runs.length() - 1) != run)) {
					runs.append(run);
				}
			}
			return runs.indexOf("oto") >= 0;
		}

		static int skip(CharSequence classes, int from, char a, char b) {
			int i = from;
			while (i < classes.length() && (classes.charAt(i) == a || classes.charAt(i) == b)) {
				i++;
			}
			return i;
		}

		private static boolean isOneOf(char c, char a, char b, char d, char e) {
			return c == a || c == b || c == d || c == e;
		}

		private static int lastIndexOf(CharSequence classes, char c) {
			for (int i = classes.length() - 1; i >= 0; i--) {
				if (classes.charAt(i) == c) {
					return i;
				}
			}
			return -1;
		}

	}

}
