package org.ecs.core.text;

import java.util.Optional;

/**
 * What free text typed by people (a comment, a title, a subject, a reason) may hold: the
 * database refuses a NUL character and no reader wants other control characters, so such
 * text is refused at the door with a sentence naming the field, never stored.
 */
public final class InputText {

	/** An idempotency key is an identifier chosen by a client, not a document. */
	public static final int MAX_KEY = 200;

	private InputText() {
	}

	/**
	 * Why this text cannot be taken, or empty when it can.
	 * @param field the name the person or client knows the field by
	 */
	public static Optional<String> problem(String field, String text) {
		return said(field, text).map(Said::english);
	}

	/** {@link #problem} as a sentence pages say in the reader's language. */
	public static Optional<Said> said(String field, String text) {
		return said(field, field, text);
	}

	/**
	 * {@link #said(String, String)} naming the field as pages do (its label in the
	 * reader's language), the English naming it as the API does.
	 */
	public static Optional<Said> said(Said field, String text) {
		return said(field, field.english(), text);
	}

	private static Optional<Said> said(Object field, String english, String text) {
		if (text == null) {
			return Optional.empty();
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (isControl(c)) {
				String code = "U+%04X".formatted((int) c);
				return Optional.of(Said.said("problem.input.control",
						english + ": contains the control character " + code + ", which text cannot hold.", field,
						code));
			}
			if (Character.isSurrogate(c)) {
				boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
						&& Character.isLowSurrogate(text.charAt(i + 1));
				if (!paired) {
					return Optional.of(Said.said("problem.input.surrogate",
							english + ": contains a broken character (a lone UTF-16 surrogate).", field));
				}
				i++;
			}
		}
		return Optional.empty();
	}

	/** Why this client-chosen key cannot be taken, or empty when it can. */
	public static Optional<String> keyProblem(String field, String key) {
		if (key != null && key.length() > MAX_KEY) {
			return Optional.of(field + ": at most " + MAX_KEY + " characters.");
		}
		return problem(field, key);
	}

	private static boolean isControl(char c) {
		return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F;
	}

}
