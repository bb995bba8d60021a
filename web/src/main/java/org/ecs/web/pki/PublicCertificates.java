package org.ecs.web.pki;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What other relying parties need to check an ECS client certificate: the CA's own
 * certificate (DER) and its revocation list (DER), made from the database at most once a
 * minute and again at once after a revocation, valid a week like the list the HTTPS
 * connector honours.
 */
final class PublicCertificates {

	/** How long a list made from the database is served before it is made again. */
	static final Duration FRESH = Duration.ofMinutes(1);

	/** The list's next update: as the connector's own list. */
	static final Duration VALID = Duration.ofDays(7);

	private final Supplier<String> caPem;

	private final Function<Instant, byte[]> revocationList;

	private final Clock clock;

	private volatile Made made;

	PublicCertificates(Supplier<String> caPem, Function<Instant, byte[]> revocationList, Clock clock) {
		this.caPem = caPem;
		this.revocationList = revocationList;
		this.clock = clock;
	}

	/** The CA's certificate, DER. */
	byte[] caCertificate() {
		return der(this.caPem.get());
	}

	/** The current revocation list, DER. */
	byte[] revocationList() {
		Instant now = this.clock.instant();
		Made current = this.made;
		if (current != null && now.isBefore(current.at().plus(FRESH)) && !now.isBefore(current.at())) {
			return current.der();
		}
		synchronized (this) {
			current = this.made;
			if (current == null || !now.isBefore(current.at().plus(FRESH)) || now.isBefore(current.at())) {
				current = new Made(this.revocationList.apply(now.plus(VALID)), now);
				this.made = current;
			}
			return current.der();
		}
	}

	/** Certificates were revoked: the next request makes the list anew. */
	void revoked() {
		this.made = null;
	}

	/** The bytes of the first PEM block. */
	static byte[] der(String pem) {
		int begin = pem.indexOf("-----BEGIN ");
		int bodyStart = pem.indexOf('\n', begin) + 1;
		int end = pem.indexOf("-----END ", bodyStart);
		if (begin < 0 || bodyStart <= 0 || end < 0) {
			throw new IllegalArgumentException("not PEM");
		}
		return Base64.getMimeDecoder().decode(pem.substring(bodyStart, end));
	}

	private record Made(byte[] der, Instant at) {
	}

}
