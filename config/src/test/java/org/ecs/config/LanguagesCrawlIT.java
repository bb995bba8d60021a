package org.ecs.config;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.ecs.config.security.FormSession;
import org.ecs.core.participant.ParticipantDirectory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No English left on any page, for every role, in every language but English: each demo
 * account (and someone not signed in) chooses the language on the sign-in page, signs in
 * through the form, and follows the links of the pages breadth-first from the home page
 * (same site, GET only, nothing that downloads, streams or changes anything), up to
 * {@link #PAGES} pages, a refused and a missing page among them. On each page: the
 * language and direction of the page, that it did not fail, and the page's own text and
 * the attributes people read (title, aria-label, placeholder, alt, buttons' labels, the
 * texts scripts show) judged as the browser journeys judge them ({@link EnglishLeft}).
 * Where {@link LanguageJourneysBrowserIT} walks the main journeys in a browser, this
 * reaches the pages no journey goes to.
 */
@EcsIntegrationTest
class LanguagesCrawlIT {

	static final List<String> LANGUAGES = List.of("fr", "ar", "es", "ru", "zh");

	/** The demo accounts of README, one of each role; "" is someone not signed in. */
	static final List<String> ROLES = List.of("", "alice", "monica", "faith", "cora", "sam", "fiona", "adam");

	static final int PAGES = 40;

	/**
	 * Where reading starts besides the home page: pages some roles are refused (the 403
	 * page) and a page that does not exist (the 404 page).
	 */
	static final List<String> ALSO = List.of("/discussions/new", "/review", "/nominations", "/no-such-page");

	/** Pages of one shape (numbers aside) read at most this often: more shapes read. */
	static final int SAME_SHAPE = 2;

	/**
	 * What is not followed: signing out, the language switch, the API and the machine's
	 * endpoints, downloads, media, event streams, one-time links.
	 */
	static final Pattern SKIP = Pattern.compile("^/(logout|language|api/|actuator|v3/|swagger|media/|pki/|ca(\\.pem)?$"
			+ "|download/|calendar/|error)|/stream$|/files/|/attachments/|/live/|/original$|/pages/\\d+$|/unread-count$"
			+ "|\\.(ics|pem|crt|crl|pdf|csv|png|jpe?g|svg|zip|js|css|mp4|m3u8|vtt)$");

	/** Attributes people read (or hear), and the texts scripts put on the page. */
	static final Set<String> READ = Set.of("title", "aria-label", "placeholder", "alt", "data-sent", "data-failed");

	@LocalServerPort
	int port;

	@Autowired
	ParticipantDirectory directory;

	@Autowired
	JdbcClient jdbc;

	/** Each English text found, with where (language, role, page). */
	final Map<String, List<String>> found = new LinkedHashMap<>();

	@Test
	void shouldLeaveNoEnglishOnAnyPageOfAnyRoleInAnyLanguage() throws Exception {
		long start = System.nanoTime();
		List<String> read = new ArrayList<>();
		List<String> names = EnglishLeft.names(this.directory, this.jdbc, List.of());
		for (String language : LANGUAGES) {
			EnglishLeft english = EnglishLeft.in(language);
			for (String role : ROLES) {
				int pages = crawl(language, role, english, english.with(names));
				read.add(language + " " + (role.isEmpty() ? "(not signed in)" : role) + ": " + pages);
			}
		}
		System.out.printf("LanguagesCrawlIT: pages read %s in %d s%n", read,
				(System.nanoTime() - start) / 1_000_000_000L);
		StringBuilder report = new StringBuilder();
		this.found.forEach((what, where) -> report.append('\n')
			.append(what)
			.append("\n    on ")
			.append(where.size())
			.append(" page(s), first ")
			.append(where.get(0)));
		assertThat(this.found).as("English left:%s", report).isEmpty();
		assertThat(read).allMatch((r) -> !r.endsWith(": 0") && !r.endsWith(": 1"), "more than one page read each");
	}

	/** Signs in (the language chosen first) and reads the pages; how many were read. */
	private int crawl(String language, String role, EnglishLeft english, List<String> names) throws Exception {
		FormSession session = new FormSession(this.port);
		session.post("/language", "/login", "lang", language);
		String first = "/login";
		if (!role.isEmpty()) {
			HttpResponse<String> in = session.signIn(role, "demo");
			if (in.uri().getPath().equals("/login")) {
				note(language, role, "/login", "could not sign in (" + in.statusCode() + ")");
				return 0;
			}
			first = "/";
		}
		Deque<String> queue = new ArrayDeque<>(List.of(first));
		queue.addAll(ALSO);
		Set<String> seen = new LinkedHashSet<>(queue);
		Map<String, Integer> shapes = new HashMap<>();
		int pages = 0;
		while (!queue.isEmpty() && pages < PAGES) {
			String path = queue.poll();
			HttpResponse<String> page = session.page(path);
			if (!page.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
				continue;
			}
			pages++;
			if (page.statusCode() >= 500) {
				note(language, role, path, "the page failed: " + page.statusCode());
			}
			Document doc = Jsoup.parse(page.body(), page.uri().toString());
			check(doc, language, role, path, english, names);
			for (Element a : doc.select("a[href]")) {
				String next = local(a.attr("abs:href"));
				if (next != null && seen.add(next)
						&& shapes.merge(next.replaceAll("\\d+", "9"), 1, Integer::sum) <= SAME_SHAPE) {
					queue.add(next);
				}
			}
		}
		return pages;
	}

	/** The page's lang, its own text and the attributes people read, without English. */
	private void check(Document doc, String language, String role, String path, EnglishLeft english,
			List<String> names) {
		String lang = doc.selectFirst("html").attr("lang");
		if (!language.equals(lang)) {
			note(language, role, path, "html lang is " + lang);
		}
		String dir = doc.selectFirst("html").attr("dir");
		if (!dir.equals(language.equals("ar") ? "rtl" : "ltr")) {
			note(language, role, path, "html dir is " + dir);
		}
		List<String> texts = new ArrayList<>();
		texts.add(doc.title());
		for (Element e : doc.getAllElements()) {
			if (e.closest(".languages") != null) {
				continue;
			}
			for (Attribute attribute : e.attributes()) {
				String name = attribute.getKey();
				boolean label = name.equals("value") && (e.tagName().equals("button")
						|| e.is("input[type=submit], input[type=button], input[type=reset]"));
				if (READ.contains(name) || label || (name.startsWith("data-") && name.endsWith("-text"))) {
					texts.add(attribute.getValue());
				}
			}
		}
		Element body = doc.body().clone();
		body.select(EnglishLeft.PEOPLES_TEXT).remove();
		String text = EnglishLeft.without(body.text() + " | " + String.join(" | ", texts), names);
		english.phrases(text).forEach((p) -> note(language, role, path, p));
		// each English word with the text it stands in, for whoever fixes it
		List<String> parts = new ArrayList<>(texts);
		body.getAllElements().forEach((e) -> parts.add(e.ownText()));
		for (String part : parts) {
			String clean = EnglishLeft.without(part, names);
			Set<String> words = english.words(clean);
			if (!words.isEmpty()) {
				note(language, role, path, "English words " + words + " in: " + clean.strip());
			}
		}
	}

	private void note(String language, String role, String path, String what) {
		this.found.computeIfAbsent(language + ": " + what, (k) -> new ArrayList<>())
			.add((role.isEmpty() ? "(not signed in)" : role) + " " + path);
	}

	/**
	 * The path and query of a link to a page of this site that may be followed; else
	 * null.
	 */
	private String local(String href) {
		try {
			URI uri = URI.create(href);
			if (!"localhost".equals(uri.getHost()) || uri.getPort() != this.port) {
				return null;
			}
			String path = uri.getRawPath();
			if (path == null || path.isEmpty() || SKIP.matcher(path).find()
					|| (uri.getRawQuery() != null && uri.getRawQuery().contains("lang="))) {
				return null;
			}
			return path + ((uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "");
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
