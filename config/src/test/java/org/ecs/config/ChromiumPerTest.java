package org.ecs.config;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.WebDriver;

/**
 * A browser test's Chromium ({@link Browsers#chromium()}): a fresh one for each test,
 * quit after it whether it passed or not. Registered with
 * {@code @RegisterExtension final ChromiumPerTest chromium = new ChromiumPerTest();}.
 */
final class ChromiumPerTest implements BeforeEachCallback, AfterEachCallback {

	private WebDriver driver;

	/** This test's browser. */
	WebDriver driver() {
		return this.driver;
	}

	@Override
	public void beforeEach(ExtensionContext context) throws Exception {
		this.driver = Browsers.chromium();
	}

	@Override
	public void afterEach(ExtensionContext context) {
		if (this.driver != null) {
			this.driver.quit();
			this.driver = null;
		}
	}

}
