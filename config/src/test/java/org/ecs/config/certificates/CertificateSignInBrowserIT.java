package org.ecs.config.certificates;

import java.io.File;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import org.ecs.config.EcsIntegrationTest;
import org.ecs.gateways.certificate.EcsCertificateAuthority;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.ecs.config.SandboxMail.awaitText;

/**
 * The "Done when" of issue 11, in a real browser through the real HTTPS connector, with
 * client certificates required as in production: Austria's focal point nominates a person
 * and the secretariat approves (over the API, each with their own certificate); the
 * person follows the invitation from the mail in GreenMail, sets a password, gets the
 * certificate in Chromium and installs it in Chromium's NSS database ({@code pk12util},
 * Debian's libnss3-tools), restarts the browser and signs in (the
 * {@code AutoSelectCertificateForUrls} policy picks the certificate, as a person's click
 * would). The same password in a browser without the certificate is refused. The
 * Government withdraws the nomination: the open session ends, the certificate is revoked
 * and the next browser cannot even complete the TLS handshake with it.
 * <p>
 * Chromium on Linux reads policies only from {@code /etc/chromium/policies/managed}: the
 * test writes its own file there (CI runs as root) and removes it afterwards; each
 * browser gets its own HOME (and so its own {@code ~/.pki/nssdb}) and profile.
 */
@EcsIntegrationTest
@TestPropertySource(properties = "ecs.security.require-client-certificate=true")
class CertificateSignInBrowserIT {

	static final Path POLICIES = Path.of("/etc/chromium/policies/managed");

	static final String PASSWORD = "Hydroacoustic station 2026 calibration";

	@Autowired
	HttpsConnector https;

	@Autowired
	EcsCertificateAuthority authority;

	@Autowired
	CertificateSettings settings;

	@Autowired
	GreenMail sandbox;

	@TempDir
	Path dir;

	final ObjectMapper json = new ObjectMapper();

	final List<WebDriver> browsers = new ArrayList<>();

	Path policy;

	String base;

	@BeforeEach
	void policy() throws IOException {
		this.base = "https://localhost:" + this.https.localPort();
		// the browser presents the ECS certificate it holds for this address without
		// asking
		String rule = this.json.writeValueAsString(
				Map.of("pattern", this.base, "filter", Map.of("ISSUER", Map.of("CN", this.settings.caName()))));
		Files.createDirectories(POLICIES);
		this.policy = POLICIES.resolve("ecs-it-" + UUID.randomUUID() + ".json");
		Files.writeString(this.policy,
				this.json.writeValueAsString(Map.of("AutoSelectCertificateForUrls", List.of(rule))));
	}

	@AfterEach
	void close() throws IOException {
		this.browsers.forEach(WebDriver::quit);
		Files.deleteIfExists(this.policy);
	}

	@Test
	void shouldTakeANomineeFromInvitationToCertificateSignInAndRefuseThemOnceWithdrawn() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		String email = "certified-" + tag + "@example.at";
		TlsClients.Nominee nominee = TlsClients.nominateAndApprove(demo("fiona"), demo("sam"), this.base + "/api/v1",
				"Cert Ified " + tag, email);
		long id = nominee.id();
		String username = nominee.username();

		String invitation = awaitText(this.sandbox, email, "/invitation/", Duration.ofSeconds(60));
		Matcher link = Pattern.compile("(/invitation/[A-Za-z0-9_-]{43})").matcher(invitation);
		assertThat(link.find()).as(invitation).isTrue();

		// the newcomer's browser: trusts the ECS CA, holds no certificate yet
		Path home = nssHome("newcomer");
		WebDriver first = chromium(home);
		first.get(this.base + link.group(1));
		first.findElement(By.id("new-password")).sendKeys(PASSWORD);
		first.findElement(By.id("confirm-password")).sendKeys(PASSWORD);
		first.findElement(By.id("set-password-button")).click();
		wait(first).until(ExpectedConditions.presenceOfElementLocated(By.id("password-set")));
		// without a certificate, nothing but the certificate page is open to this session
		first.get(this.base + "/participants");
		assertThat(first.getCurrentUrl()).endsWith("/settings/certificate");
		wait(first).until(ExpectedConditions.presenceOfElementLocated(By.id("issue"))).click();
		String passphrase = wait(first).until(ExpectedConditions.presenceOfElementLocated(By.id("passphrase")))
			.getText();
		Path downloads = Files.createDirectories(this.dir.resolve("downloads"));
		((ChromeDriver) first).executeCdpCommand("Browser.setDownloadBehavior",
				Map.of("behavior", "allow", "downloadPath", downloads.toString()));
		first.findElement(By.id("download-keystore")).click();
		Path p12 = downloads.resolve("ecs-" + username + ".p12");
		await().atMost(Duration.ofSeconds(30)).until(() -> Files.isRegularFile(p12) && Files.size(p12) > 0);
		first.quit();
		this.browsers.remove(first);

		run("pk12util", "-d", "sql:" + home.resolve(".pki/nssdb"), "-i", p12.toString(), "-W", passphrase);

		WebDriver browser = chromium(home);
		signIn(browser, username);
		wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
		browser.get(this.base + "/participants");
		assertThat(browser.getPageSource()).contains("Bruno Full (Brazil)");

		WebDriver without = chromium(nssHome("elsewhere"));
		signIn(without, username);
		wait(without).until(ExpectedConditions.presenceOfElementLocated(By.id("login-certificate")));
		assertThat(without.getCurrentUrl()).endsWith("/login?certificate=MISSING");

		HttpResponse<String> withdrawn = TlsClients.postJson(demo("fiona"),
				this.base + "/api/v1/nominations/" + id + "/withdraw", "fiona", "demo", "{\"reason\":\"Left\"}");
		assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
		HttpResponse<String> certificates = TlsClients.get(demo("adam"),
				this.base + "/api/v1/certificates?username=" + username, "adam", "demo");
		assertThat(this.json.readTree(certificates.body()).findValuesAsText("status")).containsOnly("REVOKED");

		// the open session ends at its next click (the sign-in page, or the TLS error
		// page
		// if the browser had to open a new connection)
		visit(browser, "/participants");
		assertThat(browser.findElements(By.id("logout"))).isEmpty();
		assertThat(browser.getPageSource()).doesNotContain("Bruno Full (Brazil)");
		// a new browser with the revoked certificate: the connector refuses the handshake
		WebDriver later = chromium(home);
		visit(later, "/login");
		assertThat(later.findElements(By.id("login-form"))).isEmpty();
		assertThatThrownBy(() -> TlsClients.get(TlsClients.withKeyStore(p12, passphrase, this.authority.certificate()),
				this.base + "/api/v1/discussions", username, PASSWORD))
			.isInstanceOf(IOException.class);
	}

	/** Opens the page; a TLS error page counts as opened (the driver may say so). */
	void visit(WebDriver browser, String path) {
		try {
			browser.get(this.base + path);
		}
		catch (org.openqa.selenium.WebDriverException ex) {
			assertThat(ex.getMessage()).containsIgnoringCase("ERR_");
		}
	}

	void signIn(WebDriver browser, String username) {
		browser.get(this.base + "/login");
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(PASSWORD);
		browser.findElement(By.id("login")).click();
	}

	java.net.http.HttpClient demo(String username) throws Exception {
		return TlsClients.demo(this.settings, username, this.authority.certificate());
	}

	/** A HOME whose NSS database trusts the ECS CA (as a participant's browser would). */
	Path nssHome(String name) throws Exception {
		Path home = this.dir.resolve(name);
		Path nss = Files.createDirectories(home.resolve(".pki/nssdb"));
		run("certutil", "-N", "-d", "sql:" + nss, "--empty-password");
		run("certutil", "-A", "-d", "sql:" + nss, "-n", "ecs-ca", "-t", "C,,", "-i",
				this.settings.directory().resolve("ca.pem").toAbsolutePath().toString());
		return home;
	}

	WebDriver chromium(Path home) throws IOException {
		ChromeOptions options = new ChromeOptions();
		options.setBinary("/usr/bin/chromium");
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--user-data-dir=" + Files.createTempDirectory(this.dir, "profile"), "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1280,900");
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File("/usr/bin/chromedriver"))
			.withEnvironment(Map.of("HOME", home.toString()))
			.build();
		WebDriver driver = new ChromeDriver(service, options);
		this.browsers.add(driver);
		return driver;
	}

	static WebDriverWait wait(WebDriver d) {
		return new WebDriverWait(d, Duration.ofSeconds(30));
	}

	static void run(String... command) throws Exception {
		Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
		String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(p.exitValue()).as(String.join(" ", command) + ": " + out).isZero();
	}

}
