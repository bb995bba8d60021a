package org.ecs.config;

import java.time.Duration;

import org.ecs.config.EcsIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * In Chromium: the secretariat adds a meeting with the form, a delegate in New York sees
 * it in her own time beside Vienna time, and the demo meeting's recording (transcoded by
 * the route at start) loads its HLS manifest in the page's player, in the delegate's
 * language, and plays.
 */
@EcsIntegrationTest
class MeetingBrowserIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	WebDriver browser;

	@BeforeEach
	void browser() throws Exception {
		this.browser = BrowserStoryIT.chromium();
	}

	@AfterEach
	void close() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void shouldAddAMeetingShowItInTheDelegatesZoneAndPlayARecording() {
		WebDriver d = this.browser;
		login(d, "sam");
		d.get(url("/meetings"));
		d.findElement(By.id("meeting-new")).click();
		wait(d).until(ExpectedConditions.presenceOfElementLocated(By.id("meeting-form")));
		new Select(d.findElement(By.id("body"))).selectByValue("WORKING_GROUP_A");
		d.findElement(By.id("session")).sendKeys("Ninth session");
		d.findElement(By.id("title")).sendKeys("Working Group A, ninth session (browser)");
		set(d, "start", "2027-04-12T10:00");
		set(d, "end", "2027-04-12T13:00");
		d.findElement(By.id("room")).sendKeys("Board Room A");
		d.findElement(By.id("agenda")).sendKeys("Opening\nStation calibration");
		d.findElement(By.id("meeting-save")).click();
		wait(d).until(ExpectedConditions.textToBe(By.id("meeting-title"), "Working Group A, ninth session (browser)"));
		String page = d.getCurrentUrl();
		assertThat(d.findElements(By.cssSelector("#agenda li.agenda-item"))).hasSize(2);
		logout(d);

		this.jdbc.sql("update participant set time_zone = 'America/New_York' where username = 'alice'").update();
		login(d, "alice");
		d.get(page);
		assertThat(d.findElement(By.id("meeting-your-time")).getText()).contains("America/New_York")
			.contains("12 Apr 2027 04:00")
			.contains("12 Apr 2027 07:00");
		assertThat(d.findElement(By.id("meeting-when")).getText()).contains("12 Apr 2027 10:00");
		assertThat(d.findElements(By.id("meeting-edit"))).as("only the secretariat amends").isEmpty();

		long demo = this.jdbc.sql("select meeting_id from meeting_recording where source = 'DEMO'")
			.query(Long.class)
			.optional()
			.orElseGet(() -> await().atMost(Duration.ofMinutes(3))
				.until(() -> this.jdbc.sql("select meeting_id from meeting_recording where source = 'DEMO'")
					.query(Long.class)
					.optional(), java.util.Optional::isPresent)
				.orElseThrow());
		await().atMost(Duration.ofMinutes(5))
			.until(() -> this.jdbc.sql("select status from meeting_recording where source = 'DEMO'")
				.query(String.class)
				.single(), "PUBLISHED"::equals);
		d.get(url("/meetings/" + demo));
		WebElement video = wait(d)
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("video.recording-player")));
		wait(d).until(ExpectedConditions.attributeToBe(video, "data-manifest-loaded", "true"));
	}

	private static void set(WebDriver d, String id, String value) {
		((JavascriptExecutor) d).executeScript("arguments[0].value = arguments[1];", d.findElement(By.id(id)), value);
	}

	private void login(WebDriver d, String user) {
		d.get(url("/login"));
		d.findElement(By.cssSelector("#login-form input[name=username]")).sendKeys(user);
		d.findElement(By.cssSelector("#login-form input[name=password]")).sendKeys("demo");
		d.findElement(By.id("login")).click();
		wait(d).until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
	}

	private void logout(WebDriver d) {
		d.findElement(By.id("logout")).click();
		wait(d).until(ExpectedConditions.presenceOfElementLocated(By.id("login-form")));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	private static WebDriverWait wait(WebDriver d) {
		return new WebDriverWait(d, Duration.ofSeconds(60));
	}

}
