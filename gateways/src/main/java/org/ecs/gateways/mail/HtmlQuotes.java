package org.ecs.gateways.mail;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * Removes quoted history from an HTML reply using the markup mail clients put around it,
 * which is more reliable than guessing from the text once the markup is gone.
 */
final class HtmlQuotes {

	/** Elements that wrap the quoted mail and nothing else. */
	private static final String QUOTE_ELEMENTS = String.join(",", "div.gmail_quote", "blockquote.gmail_quote",
			"div.gmail_attr", "blockquote[type=cite]", "div.moz-cite-prefix", "div.yahoo_quoted",
			"div[id^=yahoo_quoted]", "div.zmail_extra", "div.protonmail_quote", "blockquote.protonmail_quote",
			"div#mail-editor-reference-message-container", "div.AppleOriginalContents");

	/**
	 * Exchange's reply section: the quoted mail when the author wrote something outside
	 * it, the author's own text when it is all the mail holds.
	 */
	private static final String EXCHANGE_REPLY_SECTION = "[name=messageReplySection], div#messageReplySection";

	/** Elements after which everything in the document is quoted history. */
	private static final String CUT_FROM_HERE = String.join(",", "div#divRplyFwdMsg", "#OLK_SRC_BODY_SECTION",
			"hr#stopSpelling", "div#appendonsend", "hr#zwchr");

	private static final String SIGNATURE_ELEMENTS = String.join(",", "div.gmail_signature", "div.moz-signature",
			"pre.moz-signature", "div#Signature", "div[data-signatureblock=true]", "div.signature",
			"div#ms-outlook-mobile-signature", "div.ymail_android_signature", "#AppleMailSignature");

	/**
	 * A mail header's name in any language of {@code quotes/words_<language>.properties}
	 * ("From:", "Von:", "보낸 사람:", "Kimden:", ...) opening the text after a rule.
	 */
	private static final Pattern HEADER_START = Pattern.compile(
			"^\\s*\\**\\s*(?:" + headerNames() + "|mittente|remetente)\\s*\\**\\s*[:：]",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final int MAX_SIGN_OFF_CHARS = 40;

	private static final int MAX_SIGN_OFF_WORDS = 4;

	private HtmlQuotes() {
	}

	/**
	 * The header names of every language, longest first, one-letter ones ("A:") left out.
	 */
	private static String headerNames() {
		QuoteVocabulary words = QuoteVocabulary.get();
		return words.all("header")
			.stream()
			.filter((name) -> name.length() > 1)
			.sorted(java.util.Comparator.comparingInt(String::length).reversed())
			.map(words::regex)
			.collect(java.util.stream.Collectors.joining("|"));
	}

	/** Removes quotes in place; returns whether anything was removed. */
	static boolean removeQuotes(Document document) {
		boolean removed = false;
		for (Element cut : document.select(CUT_FROM_HERE)) {
			if (cut.parent() != null) {
				removeFrom(cut);
				removed = true;
			}
		}
		for (Element separator : document.select("hr, div[style]")) {
			if (separator.parent() != null && startsQuotedHeaders(separator)) {
				removeFrom(quoteContainer(separator));
				removed = true;
			}
		}
		Elements sections = document.select(EXCHANGE_REPLY_SECTION);
		if (!sections.isEmpty() && hasTextOutside(document)) {
			sections.remove();
			removed = true;
		}
		for (Element quote : document.select(QUOTE_ELEMENTS)) {
			if (quote.parent() != null) {
				quote.remove();
				removed = true;
			}
		}
		// a blockquote with nothing of the author's after it is the quoted mail, whatever
		// the client
		List<Element> blockquotes = document.select("blockquote");
		for (int i = blockquotes.size() - 1; i >= 0; i--) {
			Element quote = blockquotes.get(i);
			if (quote.parent() != null && !hasTextAfter(quote)) {
				quote.remove();
				removed = true;
			}
		}
		return removed;
	}

	private static boolean hasTextOutside(Document document) {
		Document copy = document.clone();
		copy.select(EXCHANGE_REPLY_SECTION).remove();
		return !copy.body().text().replace('\u00A0', ' ').isBlank();
	}

	static void removeSignatures(Document document) {
		document.select(SIGNATURE_ELEMENTS).remove();
	}

	/**
	 * Clients that put a rule above the quoted headers wrap rule, headers and quote in
	 * one block; the block goes as a whole (as talon cuts the div around a "From:" block)
	 * when all it holds before the rule is a sign-off of a few words and it is not all
	 * the mail. Otherwise the cut starts at the rule, so the author's text is never lost.
	 */
	private static Element quoteContainer(Element separator) {
		if (!separator.normalName().equals("hr")) {
			return separator;
		}
		Element container = separator.parent();
		while (container != null && !container.normalName().equals("div")) {
			if (container.normalName().equals("body")) {
				return separator;
			}
			container = container.parent();
		}
		if (container == null || container.parent() == null) {
			return separator;
		}
		Element outer = container.parent();
		if (outer.normalName().equals("body") && outer.children().size() == 1) {
			return separator;
		}
		String before = textBefore(container, separator).strip();
		boolean signOff = before.length() <= MAX_SIGN_OFF_CHARS && before.split("\\s+").length <= MAX_SIGN_OFF_WORDS;
		return signOff ? container : separator;
	}

	/** The text of {@code container} that comes before {@code stop}. */
	private static String textBefore(Element container, Element stop) {
		StringBuilder text = new StringBuilder();
		Node node = (container.childNodeSize() > 0) ? container.childNode(0) : null;
		while (node != null && node != stop && text.length() <= MAX_SIGN_OFF_CHARS) {
			if (node instanceof TextNode textNode) {
				text.append(textNode.text()).append(' ');
			}
			node = nextInOrder(node);
		}
		return text.toString();
	}

	private static boolean startsQuotedHeaders(Element element) {
		if (element.normalName().equals("hr")) {
			return HEADER_START.matcher(textAfter(element, 200)).find();
		}
		String style = element.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
		boolean topRule = style.contains("border-top:solid") || style.contains("border-top-style:solid")
				|| (style.contains("border-top:") && style.contains("solid") && style.contains("border:none"));
		return topRule && HEADER_START.matcher(element.text()).find();
	}

	private static String textAfter(Element element, int limit) {
		StringBuilder text = new StringBuilder();
		Node node = next(element);
		while (node != null && text.length() < limit) {
			if (node instanceof TextNode textNode) {
				text.append(textNode.text());
			}
			node = nextInOrder(node);
		}
		return text.toString();
	}

	private static boolean hasTextAfter(Element element) {
		Node node = next(element);
		while (node != null) {
			if (node instanceof TextNode text && !text.text().replace('\u00A0', ' ').isBlank()) {
				return true;
			}
			node = nextInOrder(node);
		}
		return false;
	}

	/** The node after this one's subtree in document order. */
	private static Node next(Node node) {
		Node current = node;
		while (current != null) {
			Node sibling = current.nextSibling();
			if (sibling != null) {
				return sibling;
			}
			current = current.parent();
		}
		return null;
	}

	private static Node nextInOrder(Node node) {
		return (node.childNodeSize() > 0) ? node.childNode(0) : next(node);
	}

	/** Removes the element and everything after it in document order. */
	private static void removeFrom(Element element) {
		Node current = element;
		while (current != null && !(current instanceof Document) && current.parent() != null) {
			Node parent = current.parent();
			while (current.nextSibling() != null) {
				current.nextSibling().remove();
			}
			if (current == element) {
				current.remove();
			}
			current = parent;
			if (current instanceof Element parentElement && parentElement.normalName().equals("body")) {
				break;
			}
		}
	}

}
