package org.ecs.gateways.certificate;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;

/**
 * The CA's key and certificate chain (the CA's own certificate first): from an operator's
 * PKCS#12 keystore, or made once and kept in a directory (the embedded default).
 *
 * @param key the CA's private key
 * @param chain its certificate, then the certificates above it (an organisation's root
 * when ECS runs an intermediate CA)
 */
public record CaKeys(PrivateKey key, X509Certificate[] chain) {

	static final String KEYSTORE = "ca.p12";

	static final String PASSWORD = "ca.password";

	static final String PEM = "ca.pem";

	/** How long a CA made here is valid. */
	static final Duration CA_VALIDITY = Duration.ofDays(3650);

	public CaKeys {
		chain = chain.clone();
		if (chain.length == 0) {
			throw new IllegalArgumentException("The CA keystore holds no certificate for its key");
		}
		if (chain[0].getBasicConstraints() < 0) {
			throw new IllegalArgumentException("The CA certificate " + chain[0].getSubjectX500Principal()
					+ " is not a CA certificate (no basic constraints cA=true)");
		}
		boolean[] usage = chain[0].getKeyUsage();
		if (usage != null && (usage.length < 6 || !usage[5])) {
			throw new IllegalArgumentException("The CA certificate " + chain[0].getSubjectX500Principal()
					+ " may not sign certificates (key usage without keyCertSign)");
		}
	}

	public X509Certificate certificate() {
		return this.chain[0];
	}

	@Override
	public X509Certificate[] chain() {
		return this.chain.clone();
	}

	/**
	 * The key entry of an operator's PKCS#12 keystore: the one named by alias, else the
	 * only key entry it holds.
	 */
	public static CaKeys load(Path keystore, char[] password, String alias) {
		try (InputStream in = Files.newInputStream(keystore)) {
			KeyStore store = KeyStore.getInstance("PKCS12");
			store.load(in, password);
			String name = alias;
			if (name == null || name.isBlank()) {
				name = Collections.list(store.aliases()).stream().filter((a) -> isKey(store, a)).reduce((a, b) -> {
					throw new IllegalArgumentException("The CA keystore " + keystore
							+ " holds several keys; name one with ecs.certificates.ca-alias");
				}).orElseThrow(() -> new IllegalArgumentException("The CA keystore " + keystore + " holds no key"));
			}
			if (!store.isKeyEntry(name)) {
				throw new IllegalArgumentException("The CA keystore " + keystore + " has no key named " + name);
			}
			PrivateKey key = (PrivateKey) store.getKey(name, password);
			Certificate[] certs = store.getCertificateChain(name);
			return new CaKeys(key, Arrays.copyOf(certs, certs.length, X509Certificate[].class));
		}
		catch (IOException | GeneralSecurityException ex) {
			throw new IllegalArgumentException("Cannot read the CA keystore " + keystore + ": " + ex.getMessage(), ex);
		}
	}

	private static boolean isKey(KeyStore store, String alias) {
		try {
			return store.isKeyEntry(alias);
		}
		catch (GeneralSecurityException ex) {
			return false;
		}
	}

	/**
	 * The CA kept in this directory, made at the first call: a key pair, a self-signed CA
	 * certificate, {@code ca.p12} under a random password in {@code ca.password} (both
	 * readable by the owner only) and {@code ca.pem} to import as a trusted authority.
	 * Several processes sharing the directory agree on one CA (a file lock).
	 */
	public static CaKeys loadOrCreate(Path directory, String commonName, Clock clock) {
		try {
			Files.createDirectories(directory);
			try (FileChannel lockFile = FileChannel.open(directory.resolve("ca.lock"), StandardOpenOption.CREATE,
					StandardOpenOption.WRITE); FileLock lock = lockFile.lock()) {
				Path keystore = directory.resolve(KEYSTORE);
				Path password = directory.resolve(PASSWORD);
				if (Files.exists(keystore)) {
					return load(keystore, Files.readString(password, StandardCharsets.US_ASCII).strip().toCharArray(),
							null);
				}
				byte[] secret = new byte[24];
				new SecureRandom().nextBytes(secret);
				char[] pass = Base64.getEncoder().withoutPadding().encodeToString(secret).toCharArray();
				KeyPair pair = CertificateIssuance.newKeyPair();
				X509Certificate cert = CertificateIssuance.selfSignedCa(commonName, pair, clock.instant(), CA_VALIDITY);
				CaKeys keys = new CaKeys(pair.getPrivate(), new X509Certificate[] { cert });
				writePrivate(password, new String(pass).getBytes(StandardCharsets.US_ASCII));
				writePrivate(keystore, pkcs12("ecs-ca", keys.key(), keys.chain(), pass));
				Files.writeString(directory.resolve(PEM), CertificateIssuance.pem(cert), StandardCharsets.US_ASCII);
				return keys;
			}
		}
		catch (IOException | GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot make or read the ECS CA in " + directory + ": " + ex.getMessage(),
					ex);
		}
	}

	static byte[] pkcs12(String alias, PrivateKey key, X509Certificate[] chain, char[] password)
			throws IOException, GeneralSecurityException {
		KeyStore store = KeyStore.getInstance("PKCS12");
		store.load(null, null);
		store.setKeyEntry(alias, key, password, chain);
		var out = new java.io.ByteArrayOutputStream();
		store.store(out, password);
		return out.toByteArray();
	}

	/** Written beside, then moved in place: a reader never sees half a key. */
	static void writePrivate(Path target, byte[] content) throws IOException {
		Path temp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
		try {
			try {
				Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
			}
			catch (UnsupportedOperationException ex) {
				// not a POSIX file system: the directory's protection is what there is
			}
			try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.TRUNCATE_EXISTING)) {
				out.write(content);
			}
			Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		finally {
			Files.deleteIfExists(temp);
		}
	}

}
