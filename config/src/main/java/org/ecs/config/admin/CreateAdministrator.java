package org.ecs.config.admin;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ecs.core.participant.Channel;
import org.ecs.core.participant.Level;
import org.ecs.core.participant.NewParticipant;
import org.ecs.core.participant.Participant;
import org.ecs.core.participant.ParticipantDirectory;
import org.ecs.core.participant.PasswordRules;
import org.ecs.core.participant.Role;
import org.ecs.core.security.IssuedKeyStore;
import org.ecs.core.security.OneTimePassphrase;
import org.ecs.core.security.ParticipantCertificates;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar ecs-production.jar create-admin --username=… --email=… [--name=…]
 * [--certificate=file.p12]}: creates an administrator account and its first client
 * certificate (a PKCS#12 file, {@code <username>.p12} by default, under a one-time
 * passphrase printed once: signing in takes the certificate and the password), the
 * password read from the terminal or from the first line of standard input (never from
 * the command line, where {@code ps} and the shell history would show it). It starts ECS
 * without web server and routes against the configured database, migrates the schema,
 * adds the account and exits: 0 when created, 1 when refused (the name or address is
 * taken, the password too short), 2 on a usage error. Every other argument
 * ({@code --spring.profiles.active=production}, settings) is handed to ECS as at a normal
 * start.
 */
public final class CreateAdministrator {

	public static final String COMMAND = "create-admin";

	static final int MIN_PASSWORD = PasswordRules.MIN;

	private final Class<?> application;

	private final InputStream in;

	private final PrintStream out;

	public CreateAdministrator(Class<?> application, InputStream in, PrintStream out) {
		this.application = application;
		this.in = in;
		this.out = out;
	}

	/**
	 * @param args the command's arguments, the command's name first
	 * @return the exit code
	 */
	public int run(String... args) {
		Map<String, String> own = new LinkedHashMap<>();
		List<String> passOn = new ArrayList<>();
		for (int i = 1; i < args.length; i++) {
			String arg = args[i];
			String name = arg.startsWith("--") && arg.contains("=") ? arg.substring(2, arg.indexOf('=')) : null;
			if (name != null && List.of("username", "email", "name", "certificate").contains(name)) {
				own.put(name, arg.substring(arg.indexOf('=') + 1).strip());
			}
			else {
				passOn.add(arg);
			}
		}
		String username = own.getOrDefault("username", "");
		String email = own.getOrDefault("email", "");
		if (!username.matches("[a-z0-9][a-z0-9._-]{1,63}") || !email.matches("[^@\\s]+@[^@\\s]+")) {
			this.out.println("Usage: java -jar ecs-production.jar " + COMMAND
					+ " --username=<a-z0-9._-, 2-64> --email=<address> [--name=<display name>]"
					+ " [--certificate=<file.p12>]");
			this.out.println("The password is read from the terminal, or from the first line of standard input.");
			return 2;
		}
		String password = readPassword();
		if (password == null || password.length() < MIN_PASSWORD) {
			this.out.println("Refused: the password must have at least " + MIN_PASSWORD + " characters.");
			return 1;
		}
		List<String> problems = PasswordRules.problems(username, password, Locale.ENGLISH);
		if (!problems.isEmpty()) {
			problems.forEach((problem) -> this.out.println("Refused: " + problem));
			return 1;
		}
		String display = own.getOrDefault("name", username);
		Path certificate = Path.of(own.getOrDefault("certificate", username + ".p12")).toAbsolutePath();
		if (Files.exists(certificate)) {
			this.out.println("Refused: " + certificate + " exists already; name another file with --certificate=.");
			return 1;
		}
		if (certificate.getParent() == null || !Files.isWritable(certificate.getParent())) {
			this.out.println("Refused: cannot write the certificate into " + certificate.getParent()
					+ "; name a writable place with --certificate=.");
			return 1;
		}
		// as arguments, so they win over application.yml: the web configuration stays
		// (security needs it) but no HTTP server starts, no route, no demo data
		passOn.addAll(List.of("--server.port=-1", "--camel.main.auto-startup=false", "--ecs.demo.enabled=false",
				"--spring.main.banner-mode=off",
				// the command's own lines only (ECS's start-up log would bury the
				// passphrase)
				"--logging.level.root=warn"));
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(this.application)
			.run(passOn.toArray(String[]::new))) {
			ParticipantDirectory participants = context.getBean(ParticipantDirectory.class);
			if (participants.findByUsername(username).isPresent()) {
				this.out.println("Refused: an account named " + username + " exists already.");
				return 1;
			}
			if (participants.findByEmail(email).isPresent()) {
				this.out.println("Refused: an account with the address " + email + " exists already.");
				return 1;
			}
			participants.add(new NewParticipant(username, display, email, null, null, "en", Level.FULL,
					EnumSet.of(Role.PARTICIPANT, Role.ADMINISTRATOR), EnumSet.of(Channel.WEB, Channel.EMAIL),
					password));
			// signing in takes a certificate as well as the password: the first one comes
			// with the account, as a file under a passphrase shown once
			Participant admin = participants.findByUsername(username).orElseThrow();
			char[] passphrase = OneTimePassphrase.next();
			IssuedKeyStore issued = context.getBean(ParticipantCertificates.class)
				.issueKeyStore(admin, passphrase, "create-admin");
			try {
				writeOwnerOnly(certificate, issued.pkcs12());
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Administrator " + username + " was created, but the certificate "
						+ issued.certificate().serial() + " could not be written to " + certificate, ex);
			}
			this.out.println("Administrator " + username + " created; sign in at "
					+ context.getEnvironment().getProperty("ecs.mail.base-url", "ECS's address") + ".");
			this.out.println("Certificate (serial " + issued.certificate().serial() + "): " + certificate);
			this.out.println("Its one-time passphrase (shown only now): " + new String(passphrase));
			this.out.println("Import the file into the browser, then sign in with the certificate and the password.");
			return 0;
		}
	}

	/** Readable by its owner only, from the first byte. */
	private static void writeOwnerOnly(Path file, byte[] content) throws IOException {
		try {
			Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		}
		catch (UnsupportedOperationException ex) {
			Files.createFile(file);
		}
		Files.write(file, content);
	}

	private String readPassword() {
		Console console = System.console();
		if (console != null && this.in == System.in) {
			char[] first = console.readPassword("Password for the new administrator: ");
			char[] again = console.readPassword("Once more: ");
			if (first == null || again == null || !String.valueOf(first).equals(String.valueOf(again))) {
				this.out.println("The two passwords differ.");
				return null;
			}
			return String.valueOf(first);
		}
		try {
			String line = new BufferedReader(new InputStreamReader(this.in, StandardCharsets.UTF_8)).readLine();
			return (line != null) ? line.strip() : null;
		}
		catch (IOException ex) {
			return null;
		}
	}

}
