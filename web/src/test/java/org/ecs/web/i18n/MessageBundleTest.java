package org.ecs.web.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The six bundles agree with each other, and no template or controller carries text the
 * bundle does not give: a page that shows English whatever the language fails here.
 */
class MessageBundleTest {

	private static final Path WEB_TEMPLATES = Path.of("src/main/resources/templates");

	private static final Path WEB_SOURCES = Path.of("src/main/java");

	/**
	 * The mail and fax sandbox pages live in config (beside the sandbox servers) and read
	 * this bundle: their templates and controllers are held to it too.
	 */
	private static final Path SANDBOX_TEMPLATES = Path.of("../config/src/main/resources/templates/sandbox");

	private static final Path SANDBOX_SOURCES = Path.of("../config/src/main/java/org/ecs/config/sandbox");

	/**
	 * Text that is the same in every language: the system's name, a time zone, and the
	 * letters of a document symbol (CTBT/PC-61/1).
	 */
	private static final Set<String> SAME_IN_EVERY_LANGUAGE = Set.of("ECS", "UTC", "CTBT", "PC");

	/** Attributes a person reads or hears (a screen reader reads aria-label and alt). */
	private static final Set<String> READ_ATTRIBUTES = Set.of("title", "placeholder", "aria-label", "alt");

	/**
	 * Thymeleaf attributes that fill an element or attribute with text the person reads.
	 */
	private static final Set<String> READ_EXPRESSIONS = Set.of("th:text", "th:utext", "th:title", "th:placeholder",
			"th:aria-label", "th:alt");

	/**
	 * Thymeleaf attributes that replace an element's body, so its text in the file is a
	 * sample.
	 */
	private static final Set<String> REPLACING = Set.of("th:text", "th:utext", "th:replace", "th:insert");

	private static final Pattern LETTERS = Pattern.compile("\\p{L}{2,}");

	private static final Pattern QUOTED = Pattern.compile("'((?:[^'\\\\]|\\\\.)*)'");

	private static final Pattern SUBSTITUTION = Pattern.compile("\\|([^|]*)\\|");

	private static final Pattern EXPRESSION = Pattern.compile("[$#@*~]\\{[^}]*}");

	/**
	 * A key, or the start of one put together at run time: ${#messages.msg('channel.' +
	 * c)}.
	 */
	private static final Pattern KEY_PREFIX = Pattern
		.compile("[a-z][a-z0-9\\-]*(\\.[A-Za-z0-9_\\-]+)*\\.[A-Za-z0-9_\\-]*");

	private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.\\-]+)");

	private static final Pattern CODE_KEY = Pattern.compile("texts\\.get\\(\\s*\"([A-Za-z0-9_.\\-]+)\"");

	/** An apostrophe ICU reads as the start of quoted text, hiding an argument. */
	private static final Pattern QUOTING = Pattern.compile("'[{}#|]");

	private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)[^}]*}");

	@Test
	void shouldGiveEveryKeyInEveryLanguageAndNoOther() {
		Set<String> english = bundle(Languages.DEFAULT).stringPropertyNames();
		assertThat(english).isNotEmpty();
		for (String language : Languages.names().keySet()) {
			Set<String> keys = bundle(language).stringPropertyNames();
			assertThat(difference(english, keys)).as("keys missing in messages_%s.properties", language).isEmpty();
			assertThat(difference(keys, english)).as("keys in messages_%s.properties that English lacks", language)
				.isEmpty();
		}
	}

	@Test
	void shouldGiveNoEmptyTextAndTheSameArgumentsInEveryLanguage() {
		Properties english = bundle(Languages.DEFAULT);
		List<String> problems = new ArrayList<>();
		for (String language : Languages.names().keySet()) {
			Properties texts = bundle(language);
			for (String key : texts.stringPropertyNames()) {
				String text = texts.getProperty(key);
				if (text.isBlank()) {
					problems.add(language + ": " + key + " is empty");
					continue;
				}
				if (!arguments(text).equals(arguments(english.getProperty(key, "")))) {
					problems.add(language + ": " + key + " has arguments " + arguments(text) + ", English "
							+ arguments(english.getProperty(key, "")));
				}
				if (ARGUMENT.matcher(text).find()) {
					problems.addAll(formatProblems(language, key, text));
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void shouldFindEveryKeyTemplatesAndControllersAskFor() throws IOException {
		Set<String> english = bundle(Languages.DEFAULT).stringPropertyNames();
		Set<String> asked = new TreeSet<>();
		for (Path file : templates()) {
			collect(TEMPLATE_KEY, Files.readString(file), asked);
		}
		assertThat(templates()).as("the sandbox pages").anyMatch((p) -> p.startsWith(SANDBOX_TEMPLATES));
		for (Path file : concat(files(WEB_SOURCES, ".java"), files(SANDBOX_SOURCES, ".java"))) {
			collect(CODE_KEY, Files.readString(file), asked);
		}
		assertThat(asked).isNotEmpty();
		assertThat(difference(asked, english)).as("keys used but not in messages.properties").isEmpty();
	}

	@Test
	void shouldCarryNoLiteralTextInTemplates() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path file : templates()) {
			Document page = Jsoup.parse(Files.readString(file), "", Parser.htmlParser());
			String name = file.getFileName().toString();
			for (Element element : page.getAllElements()) {
				for (Node child : element.childNodes()) {
					if (child instanceof TextNode text && literal(text.text()) && !replaced(element)) {
						problems.add(name + ": text \"" + text.text().strip() + "\" in <" + element.tagName() + ">");
					}
				}
				for (Attribute attribute : element.attributes()) {
					String key = attribute.getKey();
					if (READ_ATTRIBUTES.contains(key) && literal(attribute.getValue())) {
						problems.add(
								name + ": " + key + "=\"" + attribute.getValue() + "\" on <" + element.tagName() + ">");
					}
					if (READ_EXPRESSIONS.contains(key)) {
						literalsIn(attribute.getValue()).forEach((literal) -> problems
							.add(name + ": '" + literal + "' in " + key + " on <" + element.tagName() + ">"));
					}
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void shouldTellLiteralTextFromExpressions() {
		assertThat(literal("Save")).isTrue();
		assertThat(literal(" · … → 3 ")).isFalse();
		assertThat(literal("ECS")).isFalse();
		assertThat(literalsIn("|#{login.title} · ECS|")).isEmpty();
		assertThat(literalsIn("|Error ${status}|")).containsExactly("Error");
		assertThat(literalsIn("${me.email != null} ? |Email to ${me.email}| : 'Email (no address)'"))
			.containsExactlyInAnyOrder("Email to", "Email (no address)");
		assertThat(literalsIn("${c.name() == 'WEB'} ? #{a} : #{b}")).isEmpty();
		assertThat(literalsIn("${#messages.msg('channel.' + c)}")).isEmpty();
		assertThat(literalsIn("${#messages.msg('home.a-discussion')}")).isEmpty();
	}

	/** Text with words in it, other than the few the same in every language. */
	static boolean literal(String text) {
		Matcher words = LETTERS.matcher(text);
		while (words.find()) {
			if (!SAME_IN_EVERY_LANGUAGE.contains(words.group())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The literal texts of a Thymeleaf expression: quoted strings and |…| substitutions.
	 */
	static List<String> literalsIn(String expression) {
		List<String> literals = new ArrayList<>();
		Matcher quoted = QUOTED.matcher(expression);
		while (quoted.find()) {
			String before = expression.substring(0, quoted.start()).stripTrailing();
			String after = expression.substring(quoted.end()).stripLeading();
			boolean compared = before.endsWith("==") || before.endsWith("!=") || after.startsWith("==")
					|| after.startsWith("!=");
			boolean keyPrefix = KEY_PREFIX.matcher(quoted.group(1)).matches();
			if (!compared && !keyPrefix && literal(quoted.group(1))
					&& !insideSubstitution(expression, quoted.start())) {
				literals.add(quoted.group(1));
			}
		}
		Matcher substitution = SUBSTITUTION.matcher(expression);
		while (substitution.find()) {
			String outside = EXPRESSION.matcher(substitution.group(1)).replaceAll(" ").strip();
			if (literal(outside)) {
				literals.add(outside);
			}
		}
		return literals;
	}

	private static boolean insideSubstitution(String expression, int at) {
		return expression.substring(0, at).chars().filter((c) -> c == '|').count() % 2 == 1;
	}

	private static boolean replaced(Element element) {
		for (Element e = element; e != null; e = e.parent()) {
			for (String attribute : REPLACING) {
				// the page's <html th:replace="~{layout :: …}"> puts the page's own parts
				// into the layout
				if (e.hasAttr(attribute) && !"html".equals(e.tagName())) {
					return true;
				}
			}
		}
		return false;
	}

	private static List<String> formatProblems(String language, String key, String text) {
		List<String> problems = new ArrayList<>();
		try {
			new MessageFormat(text, ULocale.forLanguageTag(language));
		}
		catch (IllegalArgumentException ex) {
			problems.add(language + ": " + key + " is not a valid MessageFormat: " + ex.getMessage());
		}
		if (QUOTING.matcher(text.replace("''", "")).find()) {
			problems.add(language + ": " + key + " quotes a brace: write the apostrophe before it as ''");
		}
		return problems;
	}

	private static Set<String> arguments(String text) {
		Set<String> arguments = new TreeSet<>();
		Matcher m = ARGUMENT.matcher(text);
		while (m.find()) {
			arguments.add(m.group(1));
		}
		return arguments;
	}

	private static void collect(Pattern pattern, String text, Set<String> into) {
		Matcher m = pattern.matcher(text);
		while (m.find()) {
			// a key made at run time (#{kind.__${k}__}) is checked where its values are
			// listed
			if (!m.group(1).contains("__") && !m.group(1).endsWith(".")) {
				into.add(m.group(1));
			}
		}
	}

	private static Set<String> difference(Set<String> a, Set<String> b) {
		Set<String> d = new TreeSet<>(a);
		d.removeAll(b);
		return d;
	}

	private static List<Path> templates() throws IOException {
		return concat(files(WEB_TEMPLATES, ".html"), files(SANDBOX_TEMPLATES, ".html"));
	}

	private static List<Path> concat(List<Path> a, List<Path> b) {
		return Stream.concat(a.stream(), b.stream()).toList();
	}

	private static List<Path> files(Path root, String suffix) throws IOException {
		try (Stream<Path> walk = Files.walk(root)) {
			return walk.filter((p) -> p.toString().endsWith(suffix)).sorted().toList();
		}
	}

	static Properties bundle(String language) {
		String name = "/i18n/messages" + (Languages.DEFAULT.equals(language) ? "" : "_" + language) + ".properties";
		try (InputStream in = MessageBundleTest.class.getResourceAsStream(name)) {
			assertThat(in).as(name).isNotNull();
			Properties texts = new Properties();
			texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			return texts;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
