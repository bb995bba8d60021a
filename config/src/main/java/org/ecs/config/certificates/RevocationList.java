package org.ecs.config.certificates;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.ecs.gateways.certificate.EcsCertificateAuthority;

import org.springframework.stereotype.Component;

/**
 * The file the HTTPS connector reads its certificate revocation list from ({@code ca.crl}
 * in {@code ecs.certificates.directory}, DER), signed by the ECS CA. A list is valid for
 * {@link #VALIDITY}: a TLS layer refuses every certificate once its list is out of date,
 * so ECS writes it anew well before (see {@link RevocationListPublisher}).
 */
@Component
class RevocationList {

	static final Duration VALIDITY = Duration.ofDays(7);

	private final Path file;

	private final EcsCertificateAuthority authority;

	private final Clock clock;

	RevocationList(CertificateSettings settings, EcsCertificateAuthority authority, Clock clock) {
		this.file = settings.directory().resolve("ca.crl").toAbsolutePath();
		this.authority = authority;
		this.clock = clock;
	}

	Path file() {
		return this.file;
	}

	/**
	 * A list with no entry, for the connector to start with before the database is read
	 * (the application's own check refuses revoked certificates meanwhile).
	 */
	Path writeEmpty() {
		write(this.authority.revocationList(List.of(), nextUpdate()));
		return this.file;
	}

	java.time.Instant nextUpdate() {
		return this.clock.instant().plus(VALIDITY);
	}

	/** Replaces the file at once (written beside it, then moved over it). */
	void write(byte[] der) {
		try {
			Files.createDirectories(this.file.getParent());
			Path next = this.file.resolveSibling("ca.crl.next");
			Files.write(next, der);
			Files.move(next, this.file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the revocation list " + this.file, ex);
		}
	}

}
