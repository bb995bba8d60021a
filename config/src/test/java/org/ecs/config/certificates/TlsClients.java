package org.ecs.config.certificates;

import java.io.InputStream;
import java.io.StringWriter;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedKeyManager;
import javax.security.auth.x500.X500Principal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real HTTPS clients (the JDK's HttpClient) with or without a client certificate from a
 * PKCS#12 keystore, trusting the ECS CA, for the tests of the HTTPS connector, and the
 * requests those tests make through them.
 */
final class TlsClients {

	private TlsClients() {
	}

	static HttpClient withKeyStore(Path p12, String passphrase, X509Certificate ca) throws Exception {
		KeyStore store = KeyStore.getInstance("PKCS12");
		try (InputStream in = Files.newInputStream(p12)) {
			store.load(in, passphrase.toCharArray());
		}
		return withKeyStore(store, passphrase, ca);
	}

	static HttpClient withKeyStore(KeyStore store, String passphrase, X509Certificate ca) throws Exception {
		KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
		keys.init(store, passphrase.toCharArray());
		return client(keys.getKeyManagers(), ca);
	}

	/**
	 * A demo account's client: the PKCS#12 file ECS made for it at start (passphrase
	 * "demo").
	 */
	static HttpClient demo(CertificateSettings settings, String username, X509Certificate ca) throws Exception {
		return withKeyStore(settings.directory().resolve("demo").resolve(username + ".p12"), "demo", ca);
	}

	static HttpClient withoutCertificate(X509Certificate ca) throws Exception {
		return client(null, ca);
	}

	/**
	 * Presents this key and chain whatever authorities the server names (a normal client
	 * would not offer a certificate of another CA at all).
	 */
	static HttpClient forcing(PrivateKey key, X509Certificate[] chain, X509Certificate ca) throws Exception {
		KeyManager forced = new X509ExtendedKeyManager() {

			@Override
			public String[] getClientAliases(String keyType, Principal[] issuers) {
				return new String[] { "forced" };
			}

			@Override
			public String chooseClientAlias(String[] keyType, Principal[] issuers, Socket socket) {
				return "forced";
			}

			@Override
			public String chooseEngineClientAlias(String[] keyType, Principal[] issuers, SSLEngine engine) {
				return "forced";
			}

			@Override
			public String[] getServerAliases(String keyType, Principal[] issuers) {
				return null;
			}

			@Override
			public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
				return null;
			}

			@Override
			public X509Certificate[] getCertificateChain(String alias) {
				return chain;
			}

			@Override
			public PrivateKey getPrivateKey(String alias) {
				return key;
			}
		};
		return client(new KeyManager[] { forced }, ca);
	}

	private static HttpClient client(KeyManager[] keys, X509Certificate ca) throws Exception {
		KeyStore trusted = KeyStore.getInstance("PKCS12");
		trusted.load(null, null);
		trusted.setCertificateEntry("ecs-ca", ca);
		TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
		trust.init(trusted);
		SSLContext tls = SSLContext.getInstance("TLS");
		tls.init(keys, trust.getTrustManagers(), null);
		return HttpClient.newBuilder()
			.sslContext(tls)
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(20))
			.build();
	}

	static HttpResponse<String> get(HttpClient client, String url, String user, String password) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
		if (user != null) {
			request.header("Authorization", basic(user, password));
		}
		return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** A GET without signing in, the body as bytes. */
	static HttpResponse<byte[]> bytes(HttpClient client, String url) throws Exception {
		return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

	static HttpResponse<String> postJson(HttpClient client, String url, String user, String password, String json)
			throws Exception {
		return client.send(HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", basic(user, password))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** The form sign-in of the pages: the login page's CSRF token, then the POST. */
	static HttpResponse<String> formSignIn(HttpClient client, String base, String user, String password)
			throws Exception {
		String page = get(client, base + "login", null, null).body();
		Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page);
		if (!csrf.find()) {
			throw new IllegalStateException("No CSRF token on the login page");
		}
		String form = "username=" + user + "&password=" + password + "&_csrf=" + csrf.group(1);
		return client.send(HttpRequest.newBuilder(URI.create(base + "login"))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * Austria's focal point nominates a person and the secretariat approves them, each
	 * over the API with their own demo certificate; the invitation goes by email.
	 * @param api the API's root, {@code https://…/api/v1}
	 * @return the person's id and username
	 */
	static Nominee nominateAndApprove(HttpClient fiona, HttpClient sam, String api, String name, String email)
			throws Exception {
		HttpResponse<String> nominated = postJson(fiona, api + "/nominations", "fiona", "demo", """
				{"name":"%s","title":"Analyst","email":"%s","level":"FULL","language":"en",
				 "languages":["en"],"expertise":["radionuclides"],"timeZone":"Europe/Vienna"}""".formatted(name,
				email));
		assertThat(nominated.statusCode()).as(nominated.body()).isEqualTo(201);
		JsonNode person = new ObjectMapper().readTree(nominated.body());
		Nominee nominee = new Nominee(person.get("id").asLong(), person.get("username").asText());
		HttpResponse<String> approved = postJson(sam, api + "/nominations/" + nominee.id() + "/approve", "sam", "demo",
				"{\"invitation\":\"EMAIL\"}");
		assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
		return nominee;
	}

	record Nominee(long id, String username) {
	}

	static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	static KeyPair ecKeyPair() throws Exception {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
		generator.initialize(new ECGenParameterSpec("secp256r1"));
		return generator.generateKeyPair();
	}

	static String csr(KeyPair pair, String subject) throws Exception {
		var request = new JcaPKCS10CertificationRequestBuilder(new X500Principal(subject), pair.getPublic())
			.build(new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate()));
		StringWriter out = new StringWriter();
		try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
			writer.writeObject(request);
		}
		return out.toString();
	}

}
