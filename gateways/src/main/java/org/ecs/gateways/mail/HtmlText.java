package org.ecs.gateways.mail;

import java.util.Locale;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Renders mail HTML as plain text. Nothing from the HTML survives but its visible words:
 * scripts, styles, comments, forms and embedded objects are dropped, so the text is safe
 * to show and store. Bold and italics become Markdown-style {@code **}/{@code *} so
 * emphasis the author wrote is not lost.
 */
final class HtmlText {

	private static final Set<String> SKIPPED = Set.of("script", "style", "head", "title", "noscript", "template", "svg",
			"object", "iframe", "embed", "meta", "link", "button", "select", "textarea", "input", "map");

	private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6",
			"blockquote", "table", "ul", "ol", "hr", "pre", "dl", "dt", "dd", "section", "article", "header", "footer",
			"address", "center", "form", "fieldset", "figure", "main", "nav", "aside", "tbody", "thead");

	private static final Set<String> PARAGRAPHS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol",
			"blockquote", "pre", "hr");

	private HtmlText() {
	}

	static Document parse(String html) {
		return Jsoup.parse((html == null) ? "" : html);
	}

	static String toText(String html) {
		return toText(parse(html).body());
	}

	static String toText(Element root) {
		if (root == null) {
			return "";
		}
		Renderer renderer = new Renderer();
		NodeTraversor.traverse(renderer, root);
		return tidy(renderer.out.toString());
	}

	private static String tidy(String text) {
		String result = text.replace('\u00A0', ' ').replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n[ \\t]+", "\n");
		result = result.replaceAll("\\n{3,}", "\n\n");
		return result.strip();
	}

	private static final class Renderer implements NodeVisitor {

		private final StringBuilder out = new StringBuilder();

		private int skipDepth;

		private int preDepth;

		@Override
		public void head(Node node, int depth) {
			if (node instanceof Element element) {
				String tag = element.normalName();
				if (this.skipDepth > 0 || SKIPPED.contains(tag) || hidden(element)) {
					this.skipDepth++;
					return;
				}
				if (tag.equals("br")) {
					trimTrailingSpaces();
					this.out.append('\n');
					return;
				}
				if (tag.equals("pre")) {
					this.preDepth++;
				}
				if (PARAGRAPHS.contains(tag)) {
					paragraph();
				}
				else if (BLOCKS.contains(tag)) {
					newline();
				}
				if (tag.equals("td") || tag.equals("th")) {
					space();
				}
				emphasis(tag);
				if (tag.equals("li")) {
					this.out.append("- ");
				}
			}
			else if (node instanceof TextNode text && this.skipDepth == 0) {
				if (this.preDepth > 0) {
					this.out.append(text.getWholeText());
				}
				else {
					String words = text.getWholeText().replaceAll("[\\s&&[^\\u00A0]]+", " ");
					if (words.startsWith(" ") && (this.out.isEmpty() || endsWithWhitespace())) {
						words = words.substring(1);
					}
					this.out.append(words);
				}
			}
		}

		@Override
		public void tail(Node node, int depth) {
			if (!(node instanceof Element element)) {
				return;
			}
			if (this.skipDepth > 0) {
				this.skipDepth--;
				return;
			}
			String tag = element.normalName();
			emphasis(tag);
			if (tag.equals("pre")) {
				this.preDepth--;
			}
			if (tag.equals("br")) {
				return;
			}
			if (PARAGRAPHS.contains(tag)) {
				paragraph();
			}
			else if (BLOCKS.contains(tag)) {
				newline();
			}
		}

		private void emphasis(String tag) {
			if (tag.equals("b") || tag.equals("strong")) {
				this.out.append("**");
			}
			else if (tag.equals("i") || tag.equals("em")) {
				this.out.append('*');
			}
		}

		private boolean hidden(Element element) {
			String style = element.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
			return style.contains("display:none") || element.hasAttr("hidden");
		}

		private boolean endsWithWhitespace() {
			char last = this.out.charAt(this.out.length() - 1);
			return last == ' ' || last == '\n';
		}

		private void space() {
			if (!this.out.isEmpty() && !endsWithWhitespace()) {
				this.out.append(' ');
			}
		}

		private void newline() {
			trimTrailingSpaces();
			if (!this.out.isEmpty() && this.out.charAt(this.out.length() - 1) != '\n') {
				this.out.append('\n');
			}
		}

		private void paragraph() {
			newline();
			if (this.out.length() >= 1 && !(this.out.length() >= 2 && this.out.charAt(this.out.length() - 2) == '\n')) {
				this.out.append('\n');
			}
		}

		private void trimTrailingSpaces() {
			int end = this.out.length();
			while (end > 0 && this.out.charAt(end - 1) == ' ') {
				end--;
			}
			this.out.setLength(end);
		}

	}

}
