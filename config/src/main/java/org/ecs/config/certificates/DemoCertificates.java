package org.ecs.config.certificates;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.ecs.core.demo.DemoData;
import org.ecs.core.participant.ParticipantDirectory;
import org.ecs.core.security.ParticipantCertificates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Once ready, where demo accounts are seeded (the embedded default, the stack test): the
 * demo accounts get a certificate each (a PKCS#12 file under the demo password in
 * {@code <ecs.certificates.directory>/demo}, made once), and the log says where the HTTPS
 * connector listens, where the CA's certificate is and how to import one into a browser.
 */
@Component
class DemoCertificates {

	private static final Logger log = LoggerFactory.getLogger(DemoCertificates.class);

	static final List<String> DEMO_ACCOUNTS = List.of("alice", "bruno", "monica", "faith", "cora", "sam", "fiona",
			"adam");

	private final Environment env;

	private final CertificateSettings settings;

	private final ParticipantCertificates certificates;

	private final ParticipantDirectory directory;

	private final ObjectProvider<HttpsConnector> https;

	DemoCertificates(Environment env, CertificateSettings settings, ParticipantCertificates certificates,
			ParticipantDirectory directory, ObjectProvider<HttpsConnector> https) {
		this.env = env;
		this.settings = settings;
		this.certificates = certificates;
		this.directory = directory;
		this.https = https;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(20)
	void ready() throws IOException {
		StringBuilder sb = new StringBuilder("\n");
		HttpsConnector connector = this.https.getIfAvailable();
		if (connector != null) {
			sb.append("  HTTPS with client certificates: https://localhost:").append(connector.localPort()).append("/");
		}
		else {
			sb.append("  HTTPS connector off (ecs.tls.enabled=false)");
		}
		boolean required = this.env.getProperty("ecs.security.require-client-certificate", Boolean.class, false);
		sb.append(required ? " (a certificate is required to sign in)\n"
				: "\n  The plain HTTP port is the unprotected sandbox: a password alone signs in there"
						+ " (ecs.security.require-client-certificate=false).\n");
		if (!this.settings.operatorCa()) {
			sb.append("  ECS CA certificate (trust it in the browser): ")
				.append(this.settings.directory().resolve("ca.pem").toAbsolutePath())
				.append('\n');
		}
		if (this.env.getProperty("ecs.demo.enabled", Boolean.class, false)) {
			// also under an operator's CA: the demo accounts exist only where demo data
			// was
			// asked for (the stack test), and their password is public anyway
			Path demo = this.settings.directory().resolve("demo");
			Files.createDirectories(demo);
			// instances sharing the directory (the stack's two) make each file once
			try (FileChannel lockFile = FileChannel.open(demo.resolve(".lock"), StandardOpenOption.CREATE,
					StandardOpenOption.WRITE); FileLock lock = lockFile.lock()) {
				for (String username : DEMO_ACCOUNTS) {
					Path file = demo.resolve(username + ".p12");
					if (Files.exists(file)) {
						continue;
					}
					this.directory.findByUsername(username).ifPresent((p) -> {
						byte[] p12 = this.certificates
							.issueKeyStore(p, DemoData.PASSWORD.toCharArray(), "demo certificates at first start")
							.pkcs12();
						writeAtomically(file, p12);
					});
				}
			}
			sb.append("  Demo certificates (passphrase '")
				.append(DemoData.PASSWORD)
				.append("'): ")
				.append(demo.toAbsolutePath())
				.append("/<user>.p12\n    import one: pk12util -d sql:$HOME/.pki/nssdb -i ")
				.append(demo.toAbsolutePath())
				.append("/alice.p12 (Chromium on Linux), or the browser's certificate settings")
				.append(" (Your certificates > Import)\n");
		}
		log.info(sb.toString());
	}

	/** Written beside, then moved in place: another instance never reads half a file. */
	private static void writeAtomically(Path file, byte[] content) {
		try {
			Path temp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
			Files.write(temp, content);
			Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot write " + file, ex);
		}
	}

}
