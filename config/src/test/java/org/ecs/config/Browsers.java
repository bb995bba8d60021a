package org.ecs.config;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Properties;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What the browser tests share: Debian's Chromium as this machine runs it (STACK.md's
 * flags), patient waits, the review console's items, the message bundles.
 */
final class Browsers {

	private Browsers() {
	}

	static WebDriver chromium() throws IOException {
		ChromeOptions options = new ChromeOptions();
		options.setBinary("/usr/bin/chromium");
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--user-data-dir=" + Files.createTempDirectory("ecs-chromium"), "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1280,900");
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File("/usr/bin/chromedriver"))
			.build();
		return new ChromeDriver(service, options);
	}

	/** Live updates replace the elements being read: a stale one means "look again". */
	static WebDriverWait waiting(WebDriver d) {
		WebDriverWait wait = new WebDriverWait(d, Duration.ofSeconds(30));
		wait.ignoring(StaleElementReferenceException.class);
		return wait;
	}

	/**
	 * The review console's item with this text, or null after reloading the page to look
	 * again.
	 */
	static WebElement reviewItem(WebDriver d, String text) {
		for (WebElement item : d.findElements(By.cssSelector("article.review-item"))) {
			if (item.getText().contains(text)) {
				return item;
			}
		}
		d.navigate().refresh();
		return null;
	}

	/** Reloads the page; false, so that a wait looks again. */
	static boolean reload(WebDriver d) {
		d.navigate().refresh();
		return false;
	}

	/** One language's message bundle ("" for English, "_fr", …). */
	static Properties bundle(String suffix) throws IOException {
		try (InputStream in = Browsers.class.getResourceAsStream("/i18n/messages" + suffix + ".properties")) {
			Properties p = new Properties();
			p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			return p;
		}
	}

	/**
	 * Chooses in a searchable picker (picker.js over the select {@code select}) as a
	 * person does: part of the name typed, the first match taken with the keyboard.
	 */
	static void pick(WebDriver driver, String select, String typed, String expected) {
		WebElement search = driver.findElement(By.id(select + "-search"));
		search.sendKeys(typed);
		waiting(driver).until((d) -> d.findElements(By.cssSelector("#" + select + "-options [role=option]"))
			.stream()
			.anyMatch((o) -> o.getText().contains(expected)));
		search.sendKeys(org.openqa.selenium.Keys.ARROW_DOWN);
		search.sendKeys(org.openqa.selenium.Keys.ENTER);
		waiting(driver).until((d) -> d.findElements(By.cssSelector("#" + select + "-chosen .picker-chip"))
			.stream()
			.anyMatch((c) -> c.getText().contains(expected)));
	}

}
