package org.ecs.core.notification;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.springframework.context.MessageSource;

/**
 * What ECS says in a notice it writes itself, as a key of the application's message
 * bundle and its arguments rather than as text: stored as JSON with the notice and each
 * of its notifications (column {@code args}), so that every reader's web inbox, email and
 * fax word it in the reader's language. The subject is {@code notice.<key>.subject}, the
 * body {@code notice.<key>.body}, then, after a blank line, the tail as written (what a
 * person wrote: a comment, a refused text, a description). An argument is what it says (a
 * symbol, a title, a name) or a word ECS translates: another key (with arguments of its
 * own), a language named in the reader's language, a date and time.
 *
 * @param key the bundle key under {@code notice.}, one of {@link #KEYS}
 * @param args the arguments, in the bundle's order
 * @param tail what a person wrote, shown after the body as written; {@code null}: none
 */
public record Wording(String key, List<Arg> args, String tail) {

	/** Every key a notice is worded by: each has a subject and a body in the bundle. */
	public static final List<String> KEYS = List.of("comment", "rejected", "edited", "announcement", "document.new",
			"document.language", "document.updated", "document.open", "document.rejected", "recording",
			"meeting.created", "meeting.changed", "meeting.postponed", "meeting.cancelled", "meeting.deleted",
			"account.level", "account.withdrawn", "account.status", "account.roles", "nomination.approved",
			"nomination.returned", "certificate.renewal");

	private static final ObjectMapper JSON = new ObjectMapper();

	public Wording {
		args = List.copyOf(args);
	}

	/** A wording; each argument a String (as written) or an {@link Arg}. */
	public static Wording of(String key, Object... args) {
		return new Wording(key, args(args), null);
	}

	/** This wording followed by what a person wrote (null or blank: nothing). */
	public Wording withTail(String tail) {
		return new Wording(this.key, this.args, (tail == null || tail.isBlank()) ? null : tail);
	}

	/** An argument of a wording. */
	public sealed interface Arg {

		/** Words as written: a symbol, a title, a name, an address. */
		record Text(String value) implements Arg {
		}

		/** A text of the bundle, itself with arguments. */
		record Key(String key, List<Arg> args) implements Arg {

			public Key {
				args = List.copyOf(args);
			}

		}

		/** Texts of the bundle, each said and joined with commas: a list of roles. */
		record Keys(List<String> keys) implements Arg {

			public Keys {
				keys = List.copyOf(keys);
			}

		}

		/** A language (ISO 639-1), named in the reader's language. */
		record Language(String code) implements Arg {
		}

		/** A date and time of day, written as the reader's language writes them. */
		record Time(LocalDateTime value) implements Arg {
		}

	}

	/** A text of the bundle; each argument a String (as written) or an {@link Arg}. */
	public static Arg key(String key, Object... args) {
		return new Arg.Key(key, args(args));
	}

	/** Texts of the bundle, said in order and joined with commas. */
	public static Arg keys(List<String> keys) {
		return new Arg.Keys(keys);
	}

	public static Arg language(String code) {
		return new Arg.Language(code);
	}

	public static Arg time(LocalDateTime value) {
		return new Arg.Time(value);
	}

	private static List<Arg> args(Object... args) {
		List<Arg> list = new ArrayList<>();
		for (Object a : args) {
			list.add((a instanceof Arg arg) ? arg : new Arg.Text((a != null) ? a.toString() : ""));
		}
		return list;
	}

	/** A notification's subject and body. */
	public record Worded(String subject, String body) {
	}

	/** The subject and body in this language, from the bundle. */
	public Worded in(MessageSource messages, Locale locale) {
		Object[] values = values(this.args, messages, locale);
		String body = messages.getMessage("notice." + this.key + ".body", values, locale);
		return new Worded(messages.getMessage("notice." + this.key + ".subject", values, locale),
				(this.tail == null) ? body : body + "\n\n" + this.tail);
	}

	/** One argument as said in this language (empty when there is no such argument). */
	public String arg(int index, MessageSource messages, Locale locale) {
		return (index < this.args.size()) ? String.valueOf(values(List.of(this.args.get(index)), messages, locale)[0])
				: "";
	}

	private static Object[] values(List<Arg> args, MessageSource messages, Locale locale) {
		Object[] values = new Object[args.size()];
		for (int i = 0; i < values.length; i++) {
			Arg a = args.get(i);
			if (a instanceof Arg.Key k) {
				values[i] = messages.getMessage(k.key(), values(k.args(), messages, locale), locale);
			}
			else if (a instanceof Arg.Keys ks) {
				values[i] = String.join(", ",
						ks.keys().stream().map((k) -> messages.getMessage(k, null, k, locale)).toList());
			}
			else if (a instanceof Arg.Language l) {
				values[i] = languageName(l.code(), locale);
			}
			else if (a instanceof Arg.Time t) {
				values[i] = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
					.withLocale(locale)
					.format(t.value());
			}
			else {
				values[i] = ((Arg.Text) a).value();
			}
		}
		return values;
	}

	private static String languageName(String code, Locale locale) {
		String name = Locale.forLanguageTag(code).getDisplayLanguage(locale);
		return name.isEmpty() ? code : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
	}

	/** As stored: {"key": …, "args": […], "tail": …}. */
	public String toJson() {
		ObjectNode root = JSON.createObjectNode();
		root.put("key", this.key);
		root.set("args", json(this.args));
		if (this.tail != null) {
			root.put("tail", this.tail);
		}
		return root.toString();
	}

	private static ArrayNode json(List<Arg> args) {
		ArrayNode array = JSON.createArrayNode();
		for (Arg a : args) {
			if (a instanceof Arg.Key k) {
				array.addObject().put("key", k.key()).set("args", json(k.args()));
			}
			else if (a instanceof Arg.Keys ks) {
				ArrayNode keys = array.addObject().putArray("keys");
				ks.keys().forEach(keys::add);
			}
			else if (a instanceof Arg.Language l) {
				array.addObject().put("language", l.code());
			}
			else if (a instanceof Arg.Time t) {
				array.addObject().put("time", t.value().toString());
			}
			else {
				array.add(((Arg.Text) a).value());
			}
		}
		return array;
	}

	/** What was stored; empty for none, or for a shape this version does not read. */
	public static Optional<Wording> fromJson(String json) {
		if (json == null || json.isBlank()) {
			return Optional.empty();
		}
		try {
			JsonNode root = JSON.readTree(json);
			String key = root.path("key").asText(null);
			if (key == null || !KEYS.contains(key)) {
				return Optional.empty();
			}
			JsonNode tail = root.get("tail");
			return Optional
				.of(new Wording(key, args(root.path("args")), (tail == null || tail.isNull()) ? null : tail.asText()));
		}
		catch (JsonProcessingException | RuntimeException ex) {
			return Optional.empty();
		}
	}

	private static List<Arg> args(JsonNode array) {
		List<Arg> args = new ArrayList<>();
		for (JsonNode a : array) {
			if (a.isObject() && a.has("key")) {
				args.add(new Arg.Key(a.get("key").asText(), args(a.path("args"))));
			}
			else if (a.isObject() && a.has("keys")) {
				List<String> keys = new ArrayList<>();
				a.get("keys").forEach((k) -> keys.add(k.asText()));
				args.add(new Arg.Keys(keys));
			}
			else if (a.isObject() && a.has("language")) {
				args.add(new Arg.Language(a.get("language").asText()));
			}
			else if (a.isObject() && a.has("time")) {
				args.add(new Arg.Time(LocalDateTime.parse(a.get("time").asText())));
			}
			else {
				args.add(new Arg.Text(a.asText()));
			}
		}
		return args;
	}

}
