package org.ecs.config.certificates;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.util.Base64;

import org.apache.catalina.connector.Connector;
import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.apache.tomcat.util.net.SSLHostConfig;
import org.apache.tomcat.util.net.SSLHostConfigCertificate;
import org.ecs.gateways.certificate.EcsCertificateAuthority;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * A second Tomcat connector, HTTPS, that asks every client for a certificate
 * ({@code certificateVerification=optional}, "want") and accepts only those the ECS CA
 * signed: the browser offers the participant's certificate, the TLS layer checks its
 * signature, dates and the ECS CA's revocation list ({@link RevocationList}, reloaded
 * after every revocation), and the application maps it to the participant and checks
 * revocation again at every request. The plain HTTP port stays for health probes and the
 * demo's password-only sandbox.
 */
@Component
@ConditionalOnProperty(name = "ecs.tls.enabled", havingValue = "true", matchIfMissing = true)
class HttpsConnector implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

	private final TlsSettings settings;

	private final EcsCertificateAuthority authority;

	private final RevocationList revocations;

	private Connector connector;

	HttpsConnector(TlsSettings settings, EcsCertificateAuthority authority, RevocationList revocations) {
		this.settings = settings;
		this.authority = authority;
		this.revocations = revocations;
	}

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		if (factory.getPort() < 0) {
			// no web server wanted (server.port=-1: the create-admin command)
			return;
		}
		Connector https = new Connector(TomcatServletWebServerFactory.DEFAULT_PROTOCOL);
		https.setPort(this.settings.port());
		https.setScheme("https");
		https.setSecure(true);
		AbstractHttp11Protocol<?> protocol = (AbstractHttp11Protocol<?>) https.getProtocolHandler();
		protocol.setSSLEnabled(true);
		SSLHostConfig ssl = new SSLHostConfig();
		ssl.setProtocols("TLSv1.2+TLSv1.3");
		ssl.setCertificateVerification("optional");
		ssl.setTrustStore(this.authority.trustStore());
		try {
			ssl.setCertificateRevocationListFile(this.revocations.writeEmpty().toString());
		}
		catch (java.io.UncheckedIOException ex) {
			// a read-only certificates directory: the application's own check remains
			LoggerFactory.getLogger(HttpsConnector.class)
				.warn("The HTTPS connector runs without a revocation list ({}); ECS still refuses revoked "
						+ "certificates at every request", ex.getMessage());
		}
		SSLHostConfigCertificate certificate = new SSLHostConfigCertificate(ssl,
				SSLHostConfigCertificate.Type.UNDEFINED);
		ServerKey key = serverKey();
		certificate.setCertificateKeystore(key.store());
		certificate.setCertificateKeystorePassword(key.password());
		if (key.alias() != null) {
			certificate.setCertificateKeyAlias(key.alias());
		}
		ssl.addCertificate(certificate);
		protocol.addSslHostConfig(ssl);
		factory.addAdditionalTomcatConnectors(https);
		this.connector = https;
	}

	/**
	 * Has the connector read its TLS configuration again (the revocation list among it):
	 * new handshakes use it; open connections are left alone.
	 */
	void reload() {
		if (this.connector != null && this.connector.getProtocolHandler() instanceof AbstractHttp11Protocol<?> p) {
			p.reloadSslHostConfigs();
		}
	}

	/** The port it listens on, once started (the setting may say 0). */
	int localPort() {
		return (this.connector != null) ? this.connector.getLocalPort() : -1;
	}

	private ServerKey serverKey() {
		if (this.settings.keystore() != null && !this.settings.keystore().isBlank()) {
			String password = (this.settings.keystorePassword() != null) ? this.settings.keystorePassword() : "";
			try (InputStream in = Files.newInputStream(Path.of(this.settings.keystore()))) {
				KeyStore store = KeyStore.getInstance("PKCS12");
				store.load(in, password.toCharArray());
				return new ServerKey(store, password, this.settings.keyAlias());
			}
			catch (IOException | GeneralSecurityException ex) {
				throw new IllegalStateException("Cannot read the server keystore " + this.settings.keystore()
						+ " (ecs.tls.keystore): " + ex.getMessage(), ex);
			}
		}
		byte[] secret = new byte[18];
		new SecureRandom().nextBytes(secret);
		String password = Base64.getEncoder().encodeToString(secret);
		return new ServerKey(this.authority.serverKeyStore(this.settings.hostNames(), password.toCharArray(),
				this.settings.serverValidity()), password, "ecs-server");
	}

	private record ServerKey(KeyStore store, String password, String alias) {
	}

}
