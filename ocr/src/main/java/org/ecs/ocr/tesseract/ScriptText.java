package org.ecs.ocr.tesseract;

import java.text.Normalizer;
import java.util.Map;

/**
 * Puts right what Tesseract's output does to scripts other than Latin, so that the text
 * to publish reads as it was written:
 * <ul>
 * <li>Chinese (and Japanese) is written without spaces, but Tesseract puts a space where
 * a gap between two characters looked wide, and around punctuation; it also reads the
 * full-width comma, colon, semicolon, question and exclamation marks as their half-width
 * look-alikes. Spaces between two CJK characters or beside CJK punctuation are removed,
 * and a half-width mark of those five between CJK characters (or after one, ending the
 * line) becomes the full-width mark. Spaces between a CJK character and a Latin letter or
 * digit stay: writers differ there.</li>
 * <li>Arabic comes out in logical order (the order it is typed and stored in, whatever
 * the direction it is shown in), which is what text to publish must be; should a model
 * ever give presentation forms (the contextual shapes of letters, U+FB50–U+FDFF and
 * U+FE70–U+FEFF) they become the letters themselves, since a browser shapes letters by
 * itself and presentation forms defeat search.</li>
 * </ul>
 */
final class ScriptText {

	private static final Map<Character, Character> FULL_WIDTH = Map.of(',', '，', ':', '：', ';', '；', '?', '？', '!',
			'！');

	private ScriptText() {
	}

	/**
	 * @param text a page as Tesseract read it, lines separated by newlines
	 * @return the same text with CJK spacing and punctuation and Arabic letters put right
	 */
	static String tidy(String text) {
		String result = text;
		if (hasPresentationForms(result)) {
			result = withoutPresentationForms(result);
		}
		if (result.codePoints().anyMatch(ScriptText::isCjk)) {
			result = cjkSpacing(result);
		}
		return result;
	}

	private static String cjkSpacing(String text) {
		StringBuilder out = new StringBuilder(text.length());
		int[] points = text.codePoints().toArray();
		for (int i = 0; i < points.length; i++) {
			int c = points[i];
			if (c < 0x80 && FULL_WIDTH.containsKey((char) c)) {
				int before = previousNonSpace(points, i);
				int after = nextNonSpace(points, i);
				if (before >= 0 && isCjk(points[before])
						&& (after < 0 || points[after] == '\n' || isCjk(points[after]))) {
					c = FULL_WIDTH.get((char) c);
					points[i] = c;
				}
			}
			if (c == ' ' || c == '\t' || c == '\u3000') {
				int before = previousNonSpace(points, i);
				int after = nextNonSpace(points, i);
				boolean between = before >= 0 && after >= 0 && points[after] != '\n'
						&& ((isCjk(points[before]) && isCjk(points[after])) || isCjkPunctuation(points[before])
								|| isCjkPunctuation(points[after])
								|| (isCjk(points[before]) && toFullWidth(points, after))
								|| (isCjk(points[after]) && toFullWidth(points, before)));
				if (between) {
					continue;
				}
			}
			out.appendCodePoint(c);
		}
		return out.toString();
	}

	/** A half-width mark that the loop will turn full-width once it gets there. */
	private static boolean toFullWidth(int[] points, int at) {
		int c = points[at];
		if (c >= 0x80 || !FULL_WIDTH.containsKey((char) c)) {
			return false;
		}
		int before = previousNonSpace(points, at);
		int after = nextNonSpace(points, at);
		return before >= 0 && isCjk(points[before]) && (after < 0 || points[after] == '\n' || isCjk(points[after]));
	}

	private static int previousNonSpace(int[] points, int from) {
		for (int i = from - 1; i >= 0; i--) {
			if (points[i] == '\n') {
				return -1;
			}
			if (!isBlank(points[i])) {
				return i;
			}
		}
		return -1;
	}

	private static int nextNonSpace(int[] points, int from) {
		for (int i = from + 1; i < points.length; i++) {
			if (points[i] == '\n' || !isBlank(points[i])) {
				return i;
			}
		}
		return -1;
	}

	private static boolean isBlank(int c) {
		return c == ' ' || c == '\t' || c == '\u3000';
	}

	/** Han, kana, or CJK punctuation and full-width forms. */
	static boolean isCjk(int c) {
		Character.UnicodeScript script = Character.UnicodeScript.of(c);
		return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
				|| script == Character.UnicodeScript.KATAKANA || isCjkPunctuation(c);
	}

	private static boolean isCjkPunctuation(int c) {
		// CJK symbols and punctuation (、。「」…), full-width forms (，：！), without the
		// ideographic space
		return (c > 0x3000 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF65);
	}

	private static boolean hasPresentationForms(String text) {
		return text.codePoints().anyMatch((c) -> (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF));
	}

	private static String withoutPresentationForms(String text) {
		StringBuilder out = new StringBuilder(text.length());
		text.codePoints().forEach((c) -> {
			if ((c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFE)) {
				out.append(Normalizer.normalize(Character.toString(c), Normalizer.Form.NFKC));
			}
			else if (c != 0xFEFF) {
				out.appendCodePoint(c);
			}
		});
		return out.toString();
	}

}
