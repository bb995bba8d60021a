package org.ecs.gateways.mail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The quote-header rules of {@code quotes/quote-headers.rules}, their vocabularies
 * expanded from {@link QuoteVocabulary}, and the one-pass word finder that gates them: a
 * line without the words a rule needs is never matched against its pattern.
 */
final class QuoteHeaderRules {

	/**
	 * No quote header is longer (joined lines are at most 500): longer lines are never
	 * matched, which keeps the patterns linear on long paragraphs.
	 */
	static final int MAX_LENGTH = 600;

	static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

	/**
	 * Found with the rules' words in the same pass, for the other line classes: our
	 * marker ("##-", "reply above this line") and the words of mobile footers.
	 */
	static final int MARKER_WORDS = 1 << 30;

	static final int MOBILE_WORDS = 1 << 29;

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)\\}");

	private static final QuoteHeaderRules INSTANCE = load(QuoteVocabulary.get());

	private final List<QuoteHeaderRule> rules;

	private final ReplyTrimmer.HeaderWords words;

	/** Bits of the gates every rule could need, or-ed: what one may require. */
	private final int all;

	private QuoteHeaderRules(List<QuoteHeaderRule> rules, ReplyTrimmer.HeaderWords words) {
		this.rules = rules;
		this.words = words;
		int all = 0;
		for (QuoteHeaderRule rule : rules) {
			all |= rule.mask();
		}
		this.all = all;
	}

	static QuoteHeaderRules get() {
		return INSTANCE;
	}

	List<QuoteHeaderRule> rules() {
		return this.rules;
	}

	/** The gate groups {@code text} holds, as bits. */
	int words(String text) {
		return this.words.find(seen(text));
	}

	/**
	 * A line as the rules read it: without the invisible marks that set the direction of
	 * right-to-left text (Gmail wraps an Arabic or Persian attribution in them), and with
	 * the digits of other scripts (Persian ۱۸, Arabic-Indic ١٨, Devanagari, full-width)
	 * as ASCII digits, so that {@code \d} of the patterns finds them. The same line when
	 * it has none of them.
	 */
	static String seen(String line) {
		int length = line.length();
		int k = 0;
		while (k < length && !unseen(line.charAt(k)) && !otherDigit(line.charAt(k))) {
			k++;
		}
		if (k == length) {
			return line;
		}
		StringBuilder seen = new StringBuilder(length).append(line, 0, k);
		for (; k < length; k++) {
			char c = line.charAt(k);
			if (otherDigit(c)) {
				seen.append((char) ('0' + Character.digit(c, 10)));
			}
			else if (!unseen(c)) {
				seen.append(c);
			}
		}
		return seen.toString();
	}

	/** Directional marks, embeddings, overrides and isolates. */
	private static boolean unseen(char c) {
		return c == '\u200E' || c == '\u200F' || c == '\u061C' || (c >= '\u202A' && c <= '\u202E')
				|| (c >= '\u2066' && c <= '\u2069');
	}

	private static boolean otherDigit(char c) {
		return c > 127 && Character.isDigit(c) && Character.digit(c, 10) >= 0;
	}

	/** Whether a text holding {@code words} has all some rule needs. */
	boolean mayBeHeader(int words) {
		for (QuoteHeaderRule rule : this.rules) {
			if (rule.mayMatch(words)) {
				return true;
			}
		}
		return false;
	}

	/** Whether {@code line}, holding {@code words}, is a quote header. */
	boolean isHeader(String text, int words) {
		if (text.length() > MAX_LENGTH) {
			return false;
		}
		String line = seen(text);
		for (QuoteHeaderRule rule : this.rules) {
			if (rule.mayMatch(words) && rule.pattern().matcher(line).find()) {
				return true;
			}
		}
		return false;
	}

	/** The first rule that recognises {@code line}, or null. */
	QuoteHeaderRule match(String text) {
		String line = seen(text);
		int words = words(line);
		for (QuoteHeaderRule rule : this.rules) {
			if (line.length() <= MAX_LENGTH && rule.mayMatch(words) && rule.pattern().matcher(line).find()) {
				return rule;
			}
		}
		return null;
	}

	static QuoteHeaderRules load(QuoteVocabulary vocabulary) {
		List<Map<String, List<String>>> blocks = readBlocks("quotes/quote-headers.rules");
		Map<String, Integer> groupBits = new LinkedHashMap<>();
		ReplyTrimmer.HeaderWords words = new ReplyTrimmer.HeaderWords();
		List<QuoteHeaderRule> rules = new ArrayList<>();
		for (Map<String, List<String>> block : blocks) {
			String id = one(block, "id");
			String source = one(block, "pattern");
			Matcher placeholder = PLACEHOLDER.matcher(source);
			StringBuilder expanded = new StringBuilder();
			while (placeholder.find()) {
				String key = placeholder.group(1);
				if (!vocabulary.has(key)) {
					throw new IllegalStateException("rule " + id + ": no vocabulary " + key);
				}
				placeholder.appendReplacement(expanded, Matcher.quoteReplacement(vocabulary.alternation(key)));
			}
			placeholder.appendTail(expanded);
			List<List<String>> gate = new ArrayList<>();
			int mask = 0;
			for (String group : one(block, "gate").trim().split("\\s+(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
				List<String> alternatives = new ArrayList<>();
				for (String alternative : group.split("/")) {
					alternatives.addAll(gateWords(vocabulary, id, alternative));
				}
				String name = String.join("/", alternatives);
				Integer bit = groupBits.get(name);
				if (bit == null) {
					if (groupBits.size() == 29) {
						throw new IllegalStateException("more than 29 different gates");
					}
					bit = 1 << groupBits.size();
					groupBits.put(name, bit);
					words.add(bit, alternatives.toArray(String[]::new));
				}
				gate.add(List.copyOf(alternatives));
				mask |= bit;
			}
			rules.add(new QuoteHeaderRule(id, one(block, "language"), Pattern.compile(expanded.toString(), CI),
					block.getOrDefault("example", List.of()), List.copyOf(gate), mask));
		}
		words.add(MARKER_WORDS, "##-", "reply above this line");
		words.add(MOBILE_WORDS, vocabulary.gateWords("mobile").toArray(String[]::new));
		return new QuoteHeaderRules(List.copyOf(rules), words);
	}

	private static List<String> gateWords(QuoteVocabulary vocabulary, String id, String alternative) {
		if (alternative.startsWith("\"") && alternative.endsWith("\"") && alternative.length() > 2) {
			return List.of(alternative.substring(1, alternative.length() - 1));
		}
		return switch (alternative) {
			case "digit" -> List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
			case "colon" -> List.of(":", "：");
			case "at" -> List.of("@");
			case "dashes" -> List.of("--");
			default -> {
				if (!vocabulary.has(alternative)) {
					throw new IllegalStateException("rule " + id + ": no vocabulary " + alternative);
				}
				yield vocabulary.gateWords(alternative);
			}
		};
	}

	private static String one(Map<String, List<String>> block, String key) {
		List<String> values = block.get(key);
		if (values == null || values.size() != 1) {
			throw new IllegalStateException("rule " + block.get("id") + ": needs one " + key);
		}
		return values.get(0);
	}

	/** Blocks of {@code key = value} lines under {@code [id]}; repeated keys collect. */
	static List<Map<String, List<String>>> readBlocks(String resource) {
		List<Map<String, List<String>>> blocks = new ArrayList<>();
		try (InputStream in = QuoteHeaderRules.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("missing " + resource);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			Map<String, List<String>> block = null;
			String line;
			while ((line = reader.readLine()) != null) {
				String stripped = line.strip();
				if (stripped.isEmpty() || stripped.startsWith("#")) {
					continue;
				}
				if (stripped.startsWith("[") && stripped.endsWith("]")) {
					block = new LinkedHashMap<>();
					block.put("id", new ArrayList<>(List.of(stripped.substring(1, stripped.length() - 1))));
					blocks.add(block);
					continue;
				}
				int equals = line.indexOf('=');
				if (block == null || equals < 0) {
					throw new IllegalStateException(resource + ": cannot read " + line);
				}
				block.computeIfAbsent(line.substring(0, equals).strip(), (k) -> new ArrayList<>())
					.add(line.substring(equals + 1).strip());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return blocks;
	}

	@Override
	public String toString() {
		return "QuoteHeaderRules" + Arrays.toString(this.rules.stream().map(QuoteHeaderRule::id).toArray());
	}

	int allGates() {
		return this.all;
	}

}
