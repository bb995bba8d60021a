package org.ecs.bench;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.CertPathParameters;
import java.security.cert.CertStore;
import java.security.cert.CertificateFactory;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.X509CRL;
import java.security.cert.X509CertSelector;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.LongSupplier;

import javax.net.ssl.CertPathTrustManagerParameters;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.ecs.core.participant.Level;
import org.ecs.core.participant.ParticipantDirectory;
import org.ecs.core.participant.ParticipantFilter;
import org.ecs.core.participant.ParticipantRecords;
import org.ecs.core.security.IssuedKeyStore;
import org.ecs.core.security.RevokedCertificate;
import org.ecs.gateways.certificate.CaKeys;
import org.ecs.gateways.certificate.EcsCertificateAuthority;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The participants database and its certificates, each beside a baseline measured in the
 * same run:
 * <ul>
 * <li>issuing a participant's PKCS#12 (EC P-256 key pair, certificate signed by the ECS
 * CA, PKCS#12 under a passphrase) — baseline: making the key pair alone;</li>
 * <li>a mutual-TLS handshake as ECS's connector does it (client certificate checked
 * against the ECS CA and a revocation list of 1,000 entries, PKIX with revocation on),
 * plus the password check of a sign-in (BCrypt at ECS's cost) — baseline: a server-only
 * TLS handshake on the same loopback;</li>
 * <li>directory search (ECS's {@link ParticipantRecords#search}: text, State, level,
 * status filters, sorted, first page) over the number of participants asked for on
 * embedded PostgreSQL with ECS's schema, p50/p99 — baseline: the primary-key lookup of
 * one participant on the same database.</li>
 * </ul>
 * Run:
 * {@code ./mvnw -o -Pbench -pl bench -am -DskipTests verify -Dbench=ParticipantsBench
 * -Dbench.args="<participants>"} (default 5000).
 */
public final class ParticipantsBench {

	private ParticipantsBench() {
	}

	public static void main(String[] args) throws Exception {
		int participants = (args.length > 0 && !args[0].isBlank()) ? Integer.parseInt(args[0].strip()) : 5000;
		Path dir = Files.createTempDirectory("ecs-bench-ca");
		Clock clock = Clock.systemUTC();
		EcsCertificateAuthority ca = new EcsCertificateAuthority(CaKeys.loadOrCreate(dir, "ECS bench CA", clock),
				Duration.ofDays(365), clock);

		// 1. issuance
		int issues = 200;
		for (int i = 0; i < 20; i++) {
			ca.issueKeyStore("warm" + i, "passphrase".toCharArray());
		}
		long[] issue = time(issues, () -> {
			long t0 = System.nanoTime();
			ca.issueKeyStore("someone", "abcde-fghjk-mnpqr-stuvw".toCharArray());
			return System.nanoTime() - t0;
		});
		KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
		ec.initialize(new ECGenParameterSpec("secp256r1"));
		long[] keyOnly = time(issues, () -> {
			long t0 = System.nanoTime();
			ec.generateKeyPair();
			return System.nanoTime() - t0;
		});
		report("certificate issuance (PKCS#12)", issue, "baseline: key pair only", keyOnly);

		// 2. mutual TLS + sign-in
		IssuedKeyStore client = ca.issueKeyStore("alice", "pw".toCharArray());
		List<RevokedCertificate> revoked = new ArrayList<>();
		Random random = new Random(11);
		for (int i = 0; i < 1000; i++) {
			revoked.add(new RevokedCertificate(Long.toHexString(random.nextLong() & Long.MAX_VALUE),
					Instant.now().minusSeconds(i)));
		}
		X509CRL crl = (X509CRL) CertificateFactory.getInstance("X.509")
			.generateCRL(new ByteArrayInputStream(ca.revocationList(revoked, Instant.now().plus(Duration.ofDays(7)))));
		SSLContext serverMutual = serverContext(ca, crl);
		SSLContext serverOnly = serverContext(ca, null);
		SSLContext clientMutual = clientContext(ca, client);
		SSLContext clientPlain = clientContext(ca, null);
		BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();
		String hash = bcrypt.encode("a long enough password");
		int handshakes = 200;
		long[] mutual = handshakes(serverMutual, clientMutual, true, handshakes,
				() -> bcrypt.matches("a long enough password", hash));
		long[] plain = handshakes(serverOnly, clientPlain, false, handshakes, () -> true);
		report("mutual-TLS handshake + CRL + BCrypt sign-in", mutual, "baseline: server-only TLS handshake", plain);

		// 3. directory search
		try (EmbeddedPostgres postgres = EmbeddedPostgres.start()) {
			Flyway.configure().dataSource(postgres.getPostgresDatabase()).load().migrate();
			JdbcClient jdbc = JdbcClient.create(postgres.getPostgresDatabase());
			ParticipantDirectory directory = new ParticipantDirectory(jdbc, new BCryptPasswordEncoder(4));
			String[] states = { "AUT", "BRA", "FRA", "CHN", "RUS", "EGY", "MEX", "JPN", "KEN", "IND" };
			for (String s : states) {
				directory.addState(new org.ecs.core.participant.State(s, "State " + s, "STATE"));
			}
			String[] expertise = { "seismology", "infrasound", "hydroacoustics", "radionuclides", "inspection",
					"data analysis", "noble gas", "communications" };
			long started = System.nanoTime();
			// one set-based insert (one transaction, one BCrypt hash for all): one insert
			// and one update per person, each committed, took minutes on a busy disk
			jdbc.sql("""
					insert into participant (username, display_name, email, state_code, language, level, roles,
					                         channels, password_hash, expertise)
					select 'p' || i, 'Person ' || i || ' ' || (:expertise)[i % 8 + 1], 'p' || i || '@example.org',
					       (:states)[i % :stateCount + 1], 'en',
					       case when i % 3 = 0 then 'MONITORING' else 'FULL' end,
					       '{PARTICIPANT}'::text[], '{EMAIL,WEB}'::text[], :hash,
					       array[(:expertise)[i % 8 + 1], (:expertise)[(i + 3) % 8 + 1]]
					from generate_series(0, :n - 1) as i
					""")
				.param("expertise", expertise)
				.param("states", states)
				.param("stateCount", states.length)
				.param("hash", new BCryptPasswordEncoder(4).encode("x".repeat(12)))
				.param("n", participants)
				.update();
			List<Long> ids = jdbc.sql("select id from participant where username ~ '^p[0-9]+$' order by id")
				.query(Long.class)
				.list();
			if (ids.size() != participants) {
				throw new IllegalStateException(ids.size() + " participants inserted, not " + participants);
			}
			jdbc.sql("analyze").update();
			System.out.printf(Locale.ROOT, "%d participants added in %.1f s%n", participants,
					(System.nanoTime() - started) / 1e9);
			ParticipantRecords records = new ParticipantRecords(jdbc);
			String[] texts = { null, "seismo", "Person 12", "noble", "analysis", "xyz-none" };
			int queries = 500;
			for (int i = 0; i < 50; i++) {
				records.search(filter(texts, states, i), true);
			}
			int[] q = { 0 };
			long[] search = time(queries, () -> {
				ParticipantFilter f = filter(texts, states, q[0]++);
				long t0 = System.nanoTime();
				records.search(f, true);
				return System.nanoTime() - t0;
			});
			long[] byId = time(queries, () -> {
				long id = ids.get(random.nextInt(ids.size()));
				long t0 = System.nanoTime();
				records.find(id);
				return System.nanoTime() - t0;
			});
			report("directory search over " + participants + " participants", search, "baseline: one participant by id",
					byId);
		}
	}

	static ParticipantFilter filter(String[] texts, String[] states, int i) {
		return new ParticipantFilter(texts[i % texts.length], (i % 2 == 0) ? states[i % states.length] : null,
				(i % 3 == 0) ? Level.FULL : null, null, null, null, null, 50, 0);
	}

	static long[] handshakes(SSLContext server, SSLContext client, boolean wantClient, int n,
			java.util.function.BooleanSupplier signIn) throws Exception {
		try (SSLServerSocket listener = (SSLServerSocket) server.getServerSocketFactory().createServerSocket(0)) {
			listener.setWantClientAuth(wantClient);
			Thread acceptor = new Thread(() -> {
				while (!listener.isClosed()) {
					try (SSLSocket s = (SSLSocket) listener.accept()) {
						s.startHandshake();
						InputStream in = s.getInputStream();
						OutputStream out = s.getOutputStream();
						in.read();
						boolean ok = signIn.getAsBoolean();
						out.write(ok ? 1 : 0);
						out.flush();
					}
					catch (Exception ex) {
						// closed
					}
				}
			}, "bench-tls-server");
			acceptor.setDaemon(true);
			acceptor.start();
			for (int i = 0; i < 30; i++) {
				once(client, listener.getLocalPort());
			}
			long[] times = time(n, () -> {
				long t0 = System.nanoTime();
				once(client, listener.getLocalPort());
				return System.nanoTime() - t0;
			});
			return times;
		}
	}

	static void once(SSLContext client, int port) {
		try (SSLSocket s = (SSLSocket) client.getSocketFactory().createSocket("localhost", port)) {
			s.startHandshake();
			s.getOutputStream().write(1);
			s.getOutputStream().flush();
			if (s.getInputStream().read() != 1) {
				throw new IllegalStateException("refused");
			}
			s.getSession().invalidate();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	static SSLContext serverContext(EcsCertificateAuthority ca, X509CRL crl) throws Exception {
		KeyStore server = ca.serverKeyStore(List.of("localhost"), "pw".toCharArray(), Duration.ofDays(30));
		KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
		keys.init(server, "pw".toCharArray());
		TrustManagerFactory trust = TrustManagerFactory.getInstance("PKIX");
		if (crl != null) {
			PKIXBuilderParameters parameters = new PKIXBuilderParameters(ca.trustStore(), new X509CertSelector());
			parameters
				.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(List.of(crl))));
			parameters.setRevocationEnabled(true);
			trust.init(new CertPathTrustManagerParameters((CertPathParameters) parameters));
		}
		else {
			trust.init(ca.trustStore());
		}
		SSLContext tls = SSLContext.getInstance("TLS");
		tls.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
		return tls;
	}

	static SSLContext clientContext(EcsCertificateAuthority ca, IssuedKeyStore issued) throws Exception {
		KeyManagerFactory keys = null;
		if (issued != null) {
			KeyStore store = KeyStore.getInstance("PKCS12");
			store.load(new ByteArrayInputStream(issued.pkcs12()), "pw".toCharArray());
			keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
			keys.init(store, "pw".toCharArray());
		}
		TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
		trust.init(ca.trustStore());
		SSLContext tls = SSLContext.getInstance("TLS");
		tls.init((keys != null) ? keys.getKeyManagers() : null, trust.getTrustManagers(), null);
		return tls;
	}

	static long[] time(int n, LongSupplier one) {
		long[] t = new long[n];
		for (int i = 0; i < n; i++) {
			t[i] = one.getAsLong();
		}
		Arrays.sort(t);
		return t;
	}

	static void report(String what, long[] ecs, String baselineName, long[] baseline) {
		System.out.printf(Locale.ROOT, "%-48s ECS p50 %7.2f ms  p99 %7.2f ms | %s p50 %7.2f ms  p99 %7.2f ms%n", what,
				pct(ecs, 50), pct(ecs, 99), baselineName, pct(baseline, 50), pct(baseline, 99));
	}

	static double pct(long[] sorted, int p) {
		int i = Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1);
		return sorted[Math.max(0, i)] / 1e6;
	}

}
