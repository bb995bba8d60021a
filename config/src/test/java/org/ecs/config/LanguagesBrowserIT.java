package org.ecs.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The six languages in a real browser (Debian's Chromium): the switch on the sign-in
 * page, Arabic laid out right to left, every main page in each language with no key
 * missing, no English left on the French and Arabic pages, and axe-core finding no
 * accessibility violation. Screenshots of each page in each language are kept in
 * {@code target/screenshots/<language>/}.
 */
@EcsIntegrationTest
class LanguagesBrowserIT {

	static final List<String> LANGUAGES = List.of("en", "fr", "es", "ru", "ar", "zh");

	/** The main pages of a secretariat member (who sees the most of them). */
	static final List<String> PAGES = List.of("/", "/discussions", "/discussions/1", "/discussions/new", "/review",
			"/documents", "/meetings", "/search?q=station", "/inbox", "/messages", "/messages/new", "/settings");

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	@LocalServerPort
	int port;

	WebDriver browser;

	@BeforeEach
	void open() throws Exception {
		this.browser = Browsers.chromium();
	}

	@AfterEach
	void close() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void shouldSwitchTheSignInPageToArabicRightToLeftAndKeepItAfterSigningIn() throws Exception {
		this.browser.get(url("/login"));
		assertThat(html().getAttribute("lang")).isEqualTo("en");
		this.browser.findElement(By.id("lang-ar")).click();
		Browsers.waiting(this.browser).until((d) -> "ar".equals(html().getAttribute("lang")));
		assertThat(html().getAttribute("dir")).isEqualTo("rtl");
		assertThat(this.browser.findElement(By.id("login")).getText()).isEqualTo("دخول");
		// right to left for real: the form's labels start at the right edge of their
		// column
		long labelRight = ((Number) script("var r = document.querySelector('label[for=username]')"
				+ ".getBoundingClientRect(); return Math.round(r.right);"))
			.longValue();
		long fieldRight = ((Number) script("var r = document.getElementById('username')"
				+ ".getBoundingClientRect(); return Math.round(r.right);"))
			.longValue();
		assertThat(Math.abs(labelRight - fieldRight)).isLessThanOrEqualTo(2);
		signIn("sam");
		assertThat(html().getAttribute("lang")).isEqualTo("ar");
		assertThat(html().getAttribute("dir")).isEqualTo("rtl");
		assertThat(this.browser.findElement(By.id("nav-settings")).getText()).isEqualTo("الإعدادات");
	}

	@Test
	void shouldShowEveryMainPageInEachLanguageWithoutEnglishLeftOrAccessibilityViolations() throws Exception {
		this.browser.get(url("/login"));
		signIn("sam");
		Properties english = Browsers.bundle("");
		List<String> problems = new ArrayList<>();
		for (String language : LANGUAGES) {
			Properties translated = Browsers.bundle(language.equals("en") ? "" : "_" + language);
			for (String page : PAGES) {
				this.browser.get(url(page + (page.contains("?") ? "&" : "?") + "lang=" + language));
				Browsers.waiting(this.browser).until(ExpectedConditions.presenceOfElementLocated(By.id("main")));
				String name = page.equals("/") ? "home" : page.substring(1).replaceAll("[^a-z0-9]+", "-");
				screenshot(language, name);
				String where = language + " " + page + ": ";
				if (!this.browser.findElements(By.id("error-status")).isEmpty()) {
					problems.add(where + "an error page: " + this.browser.findElement(By.id("error-status")).getText());
				}
				if (!language.equals(html().getAttribute("lang"))) {
					problems.add(where + "html lang is " + html().getAttribute("lang"));
				}
				String dir = language.equals("ar") ? "rtl" : "ltr";
				if (!dir.equals(html().getAttribute("dir"))) {
					problems.add(where + "dir is " + html().getAttribute("dir"));
				}
				String text = (String) script("return document.body.innerText;");
				if (text.contains("??")) {
					problems.add(where + "a key is missing: "
							+ text.substring(text.indexOf("??"), Math.min(text.length(), text.indexOf("??") + 60)));
				}
				if (language.equals("fr") || language.equals("ar")) {
					for (String english1 : englishLeft(english, translated, text)) {
						problems.add(where + "English left: " + english1);
					}
				}
				problems.addAll(axe(this.browser).stream().map((v) -> where + v).toList());
			}
		}
		assertThat(problems).isEmpty();
		try (var shots = Files.list(SCREENSHOTS.resolve("ar"))) {
			assertThat(shots.count()).isEqualTo(PAGES.size());
		}
	}

	/**
	 * English texts of the bundle (a few words or more) that the page shows untranslated.
	 * A body's name is left out: meeting titles, which are content as people typed them,
	 * name the body too ("Working Group B, 61st session"); MeetingBodyNamesTest checks
	 * the names the pages put themselves.
	 */
	private static List<String> englishLeft(Properties english, Properties translated, String text) {
		List<String> left = new ArrayList<>();
		for (String key : english.stringPropertyNames()) {
			String value = english.getProperty(key);
			boolean sentence = value.split(" ").length >= 3 && !value.contains("{") && !key.startsWith("meeting-body.");
			if (sentence && !value.equals(translated.getProperty(key)) && text.contains(value)) {
				left.add(key + " = " + value);
			}
		}
		return left;
	}

	/** axe-core's violations on the page, one line each. */
	@SuppressWarnings("unchecked")
	static List<String> axe(WebDriver browser) throws IOException {
		JavascriptExecutor js = (JavascriptExecutor) browser;
		if (js.executeScript("return typeof window.axe;").equals("undefined")) {
			js.executeScript(axeSource());
		}
		Object result = js.executeAsyncScript(
				"var done = arguments[0];" + "axe.run(document, {resultTypes: ['violations']}).then(function (r) {"
						+ "  done(r.violations.map(function (v) { return v.id + ' (' + v.impact + '): '"
						+ "    + v.nodes.map(function (n) { return n.target.join(' '); }).join(', '); }));"
						+ "}).catch(function (e) { done(['axe failed: ' + e]); });");
		return (List<String>) result;
	}

	private static String axeSource() throws IOException {
		try (InputStream in = LanguagesBrowserIT.class.getResourceAsStream("/axe.min.js")) {
			assertThat(in).as("axe.min.js from axe-core's jar").isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private void screenshot(String language, String name) throws IOException {
		Path dir = Files.createDirectories(SCREENSHOTS.resolve(language));
		byte[] png = ((TakesScreenshot) this.browser).getScreenshotAs(OutputType.BYTES);
		Files.write(dir.resolve(name + ".png"), png);
	}

	private void signIn(String user) {
		this.browser.findElement(By.cssSelector("#login-form input[name=username]")).sendKeys(user);
		this.browser.findElement(By.cssSelector("#login-form input[name=password]")).sendKeys("demo");
		this.browser.findElement(By.id("login")).click();
		Browsers.waiting(this.browser).until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
	}

	private org.openqa.selenium.WebElement html() {
		return this.browser.findElement(By.tagName("html"));
	}

	private Object script(String js) {
		return ((JavascriptExecutor) this.browser).executeScript(js);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
