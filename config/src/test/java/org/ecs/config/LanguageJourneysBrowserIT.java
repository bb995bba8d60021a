package org.ecs.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.ecs.core.participant.Participant;
import org.ecs.core.participant.ParticipantDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The main journeys in a real browser (Debian's Chromium), in French and in Arabic: the
 * language chosen on the sign-in page, then signing in, reading a discussion, posting a
 * comment, sending a message, launching a discussion, the settings, the mail sandbox; a
 * coordinator reviewing and editing the comment, the author told of it; a monitoring
 * participant refused a page keeping the navigation. On every page: the language, the
 * direction, no English left outside what people wrote and their names, and no
 * accessibility violation (axe-core). Screenshots in
 * {@code target/screenshots/journeys/<language>/}.
 */
@EcsIntegrationTest
class LanguageJourneysBrowserIT {

	/** The start of the edit notice's subject (core's edit-notice bundle). */
	static final java.util.Map<String, String> EDITED_SUBJECT = java.util.Map.of("fr", "Votre commentaire dans", "ar",
			"عُدّل تعليقك في");

	static final Path SCREENSHOTS = Path.of("target", "screenshots", "journeys");

	@LocalServerPort
	int port;

	@Autowired
	ParticipantDirectory directory;

	@Autowired
	JdbcClient jdbc;

	WebDriver browser;

	String language;

	EnglishLeft english;

	final List<String> problems = new ArrayList<>();

	/** What people wrote and their names: the page may show them in any language. */
	final Set<String> userText = new LinkedHashSet<>();

	@BeforeEach
	void open() throws Exception {
		this.browser = Browsers.chromium();
	}

	@AfterEach
	void close() {
		if (this.browser != null) {
			this.browser.quit();
		}
		// the switch saved the language to their settings: give other tests their English
		// back
		for (String user : List.of("alice", "cora", "monica")) {
			Participant p = this.directory.findByUsername(user).orElseThrow();
			this.directory.updateSettings(p.id(), "en", p.channels());
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "fr", "ar" })
	void shouldWalkTheMainJourneysWithNoEnglishLeftAndNoAccessibilityViolation(String language) throws Exception {
		this.language = language;
		this.english = EnglishLeft.in(language);
		long alice = id("alice");
		long bruno = id("bruno");
		long cora = id("cora");
		String comment = "Journey comment " + language + " " + System.nanoTime();
		String edited = comment + " as the coordinator put it";
		String title = "Journey discussion " + language + " " + System.nanoTime();
		String subject = "Journey message " + language + " " + System.nanoTime();
		this.userText.addAll(List.of(comment, edited, title, subject));

		// the sign-in page, switched to the language before signing in
		this.browser.get(url("/login"));
		switchTo(language);
		check("login");
		signIn("alice");
		check("home");

		// read a discussion, post a comment
		this.browser.findElement(By.id("nav-discussions")).click();
		check("discussions");
		this.browser.get(url("/discussions/1"));
		check("discussion");
		this.browser.findElement(By.id("comment-text")).sendKeys(comment);
		this.browser.findElement(By.id("post-comment")).click();
		Browsers.waiting(this.browser).until(ExpectedConditions.presenceOfElementLocated(By.id("post-outcome")));
		check("discussion-posted");

		// send a message
		this.browser.get(url("/messages/new"));
		check("message-form");
		choose("message-to", "person:" + bruno);
		this.browser.findElement(By.id("message-subject")).sendKeys(subject);
		this.browser.findElement(By.id("message-body")).sendKeys("Journey body.");
		this.browser.findElement(By.id("send-message")).click();
		Browsers.waiting(this.browser).until(ExpectedConditions.presenceOfElementLocated(By.id("flash-message")));
		Browsers.waiting(this.browser)
			.until((d) -> d.findElements(By.cssSelector("#sent-messages .sent-message"))
				.stream()
				.anyMatch((m) -> m.getText().contains(subject)
						&& !m.findElements(By.cssSelector(".delivery-line")).isEmpty())
					|| Browsers.reload(d));
		check("messages-sent");

		// launch a discussion
		this.browser.get(url("/discussions/new"));
		check("launch-form");
		this.browser.findElement(By.id("launch-title")).sendKeys(title);
		this.browser.findElement(By.id("kind-topic")).click();
		this.browser.findElement(By.id("launch-description")).sendKeys("Journey description.");
		choose("launch-coordinator", String.valueOf(cora));
		choose("launch-audience", "person:" + bruno);
		this.browser.findElement(By.id("launch")).click();
		Browsers.waiting(this.browser).until(ExpectedConditions.presenceOfElementLocated(By.id("flash-message")));
		assertThat(this.browser.findElement(By.id("discussion-title")).getText()).isEqualTo(title);
		check("discussion-launched");

		// settings: saved, and a password refused
		this.browser.findElement(By.id("nav-settings")).click();
		check("settings");
		// the language the person reads ECS in from now on: their notices follow it
		new org.openqa.selenium.support.ui.Select(this.browser.findElement(By.id("language"))).selectByValue(language);
		this.browser.findElement(By.id("save-settings")).click();
		Browsers.waiting(this.browser).until(ExpectedConditions.presenceOfElementLocated(By.id("flash-message")));
		check("settings-saved");
		this.browser.findElement(By.id("current-password")).sendKeys("not the password");
		this.browser.findElement(By.id("settings-new-password")).sendKeys("a new long password 1");
		this.browser.findElement(By.id("settings-confirm")).sendKeys("a new long password 1");
		this.browser.findElement(By.id("change-password")).click();
		Browsers.waiting(this.browser).until(ExpectedConditions.presenceOfElementLocated(By.id("flash-error")));
		check("settings-refused");

		// the mail ECS sent, in the sandbox
		this.browser.findElement(By.id("nav-sandbox-mail")).click();
		check("sandbox-mail");
		this.browser.findElement(By.id("nav-sandbox-fax")).click();
		check("sandbox-fax");
		signOut();

		// the coordinator edits the comment and publishes it
		switchTo(language);
		signIn("cora");
		this.browser.get(url("/review"));
		WebElement item = Browsers.waiting(this.browser).until((d) -> Browsers.reviewItem(d, comment));
		check("review");
		item = Browsers.reviewItem(this.browser, comment);
		WebElement text = item.findElement(By.cssSelector("textarea[name=text]"));
		text.clear();
		text.sendKeys(edited);
		item.findElement(By.cssSelector("button[name=approve]")).click();
		Browsers.waiting(this.browser).until(ExpectedConditions.presenceOfElementLocated(By.id("flash-message")));
		check("review-approved");
		signOut();

		// the author sees it published, with what reached whom and the coordinator's
		// edits
		switchTo(language);
		signIn("alice");
		this.browser.get(url("/discussions/1?all=true"));
		Browsers.waiting(this.browser)
			.until((d) -> d.findElements(By.cssSelector("#comments li.comment"))
				.stream()
				.anyMatch((c) -> c.getText().contains(edited)
						&& !c.findElements(By.cssSelector(".delivery-line")).isEmpty())
					|| Browsers.reload(d));
		check("discussion-published");
		assertThat(this.browser.findElements(By.cssSelector("details.edited"))).isNotEmpty();
		assertThat(this.problems).isEmpty();

		// and hears of the edits in their inbox, in their language, opening the
		// notification (a form) leading to the discussion
		String notice = EDITED_SUBJECT.get(language);
		this.browser.get(url("/inbox"));
		WebElement edit = Browsers.waiting(this.browser)
			.until((d) -> d.findElements(By.cssSelector("#notifications li.notification"))
				.stream()
				.filter((n) -> n.getText().contains(notice) && n.getText().contains(edited))
				.findFirst()
				.orElseGet(() -> {
					d.navigate().refresh();
					return null;
				}));
		screenshot("inbox-edited");
		edit.findElement(By.cssSelector("button.open-notification")).click();
		Browsers.waiting(this.browser).until(ExpectedConditions.presenceOfElementLocated(By.id("discussion-title")));
		assertThat(this.browser.getCurrentUrl()).contains("/discussions/1");
		signOut();

		// a page refused keeps the navigation and a way out
		switchTo(language);
		signIn("monica");
		this.browser.get(url("/discussions/new"));
		Browsers.waiting(this.browser).until(ExpectedConditions.presenceOfElementLocated(By.id("error-status")));
		assertThat(this.browser.findElements(By.id("nav-home"))).isNotEmpty();
		assertThat(this.browser.findElements(By.id("logout"))).isNotEmpty();
		assertThat(this.browser.findElements(By.id("error-sign-in"))).isNotEmpty();
		check("forbidden");

		assertThat(this.problems).isEmpty();
		assertThat(alice).isPositive();
	}

	/** The switcher on the page, as a person uses it. */
	private void switchTo(String language) {
		this.browser.findElement(By.id("lang-" + language)).click();
		Browsers.waiting(this.browser).until((d) -> language.equals(html().getAttribute("lang")));
	}

	/**
	 * The page in the language and direction, no key missing, no English outside what
	 * people wrote, no axe-core violation; a screenshot kept.
	 */
	private void check(String name) throws IOException {
		Browsers.waiting(this.browser).until(ExpectedConditions.presenceOfElementLocated(By.id("main")));
		screenshot(name);
		String where = this.language + " " + name + " (" + this.browser.getCurrentUrl() + "): ";
		if (!this.language.equals(html().getAttribute("lang"))) {
			this.problems.add(where + "html lang is " + html().getAttribute("lang"));
		}
		String dir = this.language.equals("ar") ? "rtl" : "ltr";
		if (!dir.equals(html().getAttribute("dir"))) {
			this.problems.add(where + "dir is " + html().getAttribute("dir"));
		}
		this.english.find(systemText()).forEach((p) -> this.problems.add(where + p));
		this.problems.addAll(LanguagesBrowserIT.axe(this.browser).stream().map((v) -> where + v).toList());
	}

	/**
	 * The page's text without what people wrote (marked {@code dir="auto"}, form fields)
	 * and without people's, States' and discussions' names.
	 */
	private String systemText() {
		String text = (String) ((JavascriptExecutor) this.browser).executeScript(
				"var copy = document.body.cloneNode(true);" + "copy.querySelectorAll(arguments[0])"
						+ ".forEach(function (e) { e.remove(); });" + "return copy.textContent;",
				EnglishLeft.PEOPLES_TEXT);
		return EnglishLeft.without(text, EnglishLeft.names(this.directory, this.jdbc, this.userText));
	}

	private void choose(String select, String value) {
		// the picker may stand over the select: choose as the form posts it
		((JavascriptExecutor) this.browser).executeScript(
				"var s = document.getElementById(arguments[0]);"
						+ "for (var i = 0; i < s.options.length; i++) { if (s.options[i].value === arguments[1]) {"
						+ "s.options[i].selected = true; } } s.dispatchEvent(new Event('change', {bubbles: true}));",
				select, value);
	}

	private long id(String user) {
		return this.directory.findByUsername(user).orElseThrow().id();
	}

	private void screenshot(String name) throws IOException {
		Path dir = Files.createDirectories(SCREENSHOTS.resolve(this.language));
		Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) this.browser).getScreenshotAs(OutputType.BYTES));
	}

	private void signIn(String user) {
		this.browser.findElement(By.cssSelector("#login-form input[name=username]")).sendKeys(user);
		this.browser.findElement(By.cssSelector("#login-form input[name=password]")).sendKeys("demo");
		this.browser.findElement(By.id("login")).click();
		Browsers.waiting(this.browser).until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
	}

	private void signOut() {
		Browsers.waiting(this.browser).until((d) -> {
			d.findElement(By.id("logout")).click();
			return true;
		});
		Browsers.waiting(this.browser).until(ExpectedConditions.presenceOfElementLocated(By.id("login-form")));
	}

	private WebElement html() {
		return this.browser.findElement(By.tagName("html"));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
