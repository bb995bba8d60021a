package org.ecs.routes.mailbox;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.Flags;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeMessage;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mail.MailEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.ecs.core.mailbox.InboundMails;
import org.ecs.core.outbox.Outbox;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The mailbox poller on its real parts: GreenMail's SMTP, POP3, POP3S and IMAP servers, a
 * Camel context, and the claims in an embedded PostgreSQL. The route has the shape of the
 * ECS and fax bridge pollers: the mail's key from its bytes, a claim, then handed on (a
 * mock endpoint stands in for the queue).
 */
class PolledMailboxTest {

	static final String LOGIN = "ecs@ecs.localhost";

	static final Duration DELAY = Duration.ofMillis(50);

	@RegisterExtension
	static final GreenMailExtension servers = new GreenMailExtension(patient(
			ServerSetup.dynamicPort(new ServerSetup[] { new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
					new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_POP3),
					new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_POP3S),
					new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP) })))
		.withConfiguration(GreenMailConfiguration.aConfig().withUser(LOGIN, LOGIN, LOGIN));

	/**
	 * Time to start on a busy machine: POP3S makes its key first, and GreenMail's 2 s
	 * were not always enough.
	 */
	private static ServerSetup[] patient(ServerSetup[] setups) {
		for (ServerSetup setup : setups) {
			setup.setServerStartupTimeout(30_000);
		}
		return setups;
	}

	static EmbeddedPostgres postgres;

	static InboundMails claims;

	static JdbcClient jdbc;

	static Outbox outbox;

	static TransactionTemplate transactions;

	CamelContext camel;

	/** What the route handed on, in order, by mail key. */
	final List<String> handedOn = new CopyOnWriteArrayList<>();

	/** Mail keys the route found claimed before. */
	final List<String> duplicates = new CopyOnWriteArrayList<>();

	/**
	 * For each mail handed on: the keys of the mails then still in the mailbox.
	 */
	final Map<String, List<String>> inMailboxWhenHandedOn = new ConcurrentHashMap<>();

	/** Subjects the route fails on, as a queue that is down would. */
	final Set<String> failing = ConcurrentHashMap.newKeySet();

	@BeforeAll
	static void database() throws IOException {
		postgres = EmbeddedPostgres.start();
		Flyway.configure().dataSource(postgres.getPostgresDatabase()).target("30").load().migrate();
		jdbc = JdbcClient.create(postgres.getPostgresDatabase());
		claims = new InboundMails(jdbc);
		outbox = new Outbox(jdbc);
		transactions = new TransactionTemplate(new JdbcTransactionManager(postgres.getPostgresDatabase()));
	}

	@AfterAll
	static void stopDatabase() throws IOException {
		postgres.close();
	}

	@AfterEach
	void stopCamel() {
		if (this.camel != null) {
			this.camel.stop();
		}
	}

	@ParameterizedTest
	@CsvSource({ "pop3, 1", "pop3s, 1", "imap, 1", "pop3, 4", "imap, 4" })
	void shouldHandOnEachMailOnceAndEmptyTheMailboxAfterward(String protocol, int threads) throws Exception {
		List<String> keys = send(5, "Reply");

		start(protocol, 10, threads);

		await().until(() -> this.handedOn.size() >= 5 && mailbox().isEmpty());
		assertThat(this.handedOn).containsExactlyInAnyOrderElementsOf(keys);
		assertThat(this.duplicates).isEmpty();
		assertThat(keys).allSatisfy((key) -> assertThat(handedOnInDatabase(key)).isTrue());
	}

	@ParameterizedTest
	@CsvSource({ "pop3, 1", "imap, 1", "pop3, 4", "imap, 4" })
	void shouldRemoveNoMailOfAPollBeforeTheWholeBatchWasHandedOn(String protocol, int threads) throws Exception {
		List<String> keys = send(5, "Reply");

		start(protocol, 3, threads);

		await().until(() -> this.handedOn.size() >= 5 && mailbox().isEmpty());
		// the first poll took three mails, the second the other two: none went before
		// the last of its poll was handed on
		assertThat(this.handedOn).containsExactlyInAnyOrderElementsOf(keys);
		assertThat(this.inMailboxWhenHandedOn.get(this.handedOn.get(2))).containsExactlyInAnyOrderElementsOf(keys);
		assertThat(this.inMailboxWhenHandedOn.get(this.handedOn.get(4)))
			.containsExactlyInAnyOrderElementsOf(this.handedOn.subList(3, 5));
	}

	@ParameterizedTest
	@ValueSource(strings = { "pop3", "imap" })
	void shouldOnlyRemoveAMailTakenBeforeWhenItComesBackAfterARestart(String protocol) throws Exception {
		MimeMessage mail = message("Said once", "We support the draft.");
		String key = send(mail);
		start(protocol, 10, 1);
		await().until(() -> this.handedOn.size() == 1 && mailbox().isEmpty());

		// another instance, or this one restarted, meets the same mail again (a second
		// copy, or a removal the server lost)
		this.camel.stop();
		send(mail);
		start(protocol, 10, 1);

		await().until(() -> this.duplicates.size() == 1 && mailbox().isEmpty());
		assertThat(this.handedOn).containsExactly(key);
		assertThat(this.duplicates).containsExactly(key);
	}

	@ParameterizedTest
	@CsvSource({ "pop3, 1", "imap, 1", "imap, 4" })
	void shouldLeaveAMailInTheMailboxAndItsClaimFreeWhenHandingItOnFailed(String protocol, int threads)
			throws Exception {
		this.failing.add("Queue down");
		String failed = send(message("Queue down", "Taken when the queue is back."));
		String fine = send(message("Fine", "Taken at once."));

		start(protocol, 10, threads);

		await().until(() -> this.handedOn.contains(fine) && mailbox().size() == 1);
		assertThat(mailbox()).containsExactly(failed);
		assertThat(handedOnInDatabase(failed)).isFalse();

		this.failing.clear();

		await().until(() -> this.handedOn.contains(failed) && mailbox().isEmpty());
		assertThat(this.handedOn).containsExactly(fine, failed);
	}

	@ParameterizedTest
	@ValueSource(strings = { "pop3", "imap" })
	void shouldQueueAWholePollInOneTransactionBeforeRemovingIt(String protocol) throws Exception {
		List<String> keys = send(5, "Reply");
		String queue = "test.whole." + protocol;

		startWholePolls(protocol, 3, queue);

		await().until(() -> queued(queue).size() >= 5 && mailbox().isEmpty());
		// in mailbox order, each once, and every one recorded as taken
		assertThat(queued(queue)).containsExactlyElementsOf(keys);
		assertThat(keys).allSatisfy((key) -> assertThat(handedOnInDatabase(key)).isTrue());
		// the first poll took three mails: none left the mailbox before the three were
		// queued
		assertThat(this.inMailboxWhenHandedOn.get(keys.get(2))).containsExactlyInAnyOrderElementsOf(keys);
	}

	@ParameterizedTest
	@ValueSource(strings = { "pop3", "imap" })
	void shouldOnlyRemoveAWholePollsMailTakenBeforeAndACopyInTheSamePoll(String protocol) throws Exception {
		MimeMessage mail = message("Said once", "We support the draft.");
		String key = send(mail);
		send(mail);
		String queue = "test.copies." + protocol;

		startWholePolls(protocol, 10, queue);
		await().until(() -> mailbox().isEmpty());
		this.camel.stop();
		send(mail);
		startWholePolls(protocol, 10, queue);

		await().until(() -> mailbox().isEmpty());
		assertThat(queued(queue)).containsExactly(key);
	}

	@ParameterizedTest
	@ValueSource(strings = { "pop3", "imap" })
	void shouldLeaveAWholePollInTheMailboxAndTakeNothingWhenStoringItFailed(String protocol) throws Exception {
		this.failing.add("Disk full");
		String failed = send(message("Disk full", "Taken when the disk has room."));
		String fine = send(message("Fine", "Taken with the other."));
		String queue = "test.failed." + protocol;

		startWholePolls(protocol, 10, queue);

		await().until(() -> this.attempts.get() >= 2);
		assertThat(mailbox()).containsExactlyInAnyOrder(failed, fine);
		assertThat(handedOnInDatabase(fine)).isFalse();
		assertThat(queued(queue)).isEmpty();

		this.failing.clear();

		await().until(() -> mailbox().isEmpty());
		assertThat(queued(queue)).containsExactly(failed, fine);
	}

	/** The mail keys the outbox holds for a queue, in the order they were written. */
	private static List<String> queued(String queue) {
		return jdbc.sql("select body from outbox where destination = ? order by id")
			.param(Outbox.queue(queue))
			.query(String.class)
			.list();
	}

	private void startWholePolls(String protocol, int batch, String queue) throws Exception {
		this.camel = new DefaultCamelContext();
		int port = "pop3".equals(protocol) ? servers.getPop3().getPort() : servers.getImap().getPort();
		MailEndpoint mailbox = PolledMailbox.wholePolls(this.camel, protocol, "127.0.0.1", port, "INBOX", LOGIN, "",
				batch, DELAY);
		MailboxHandOn handOn = new MailboxHandOn(claims, outbox, transactions, Duration.ofMinutes(5), queue, this::keep,
				Runnable::run);
		this.camel.addRoutes(new RouteBuilder() {
			@Override
			public void configure() {
				from(mailbox).process((exchange) -> {
					@SuppressWarnings("unchecked")
					List<PolledMail> polled = exchange.getMessage().getBody(List.class);
					List<MailboxHandOn.Kept> kept = handOn.handOn(polled);
					for (MailboxHandOn.Kept k : kept) {
						PolledMailboxTest.this.inMailboxWhenHandedOn.put(k.mailKey(), mailbox());
					}
				});
			}
		});
		this.camel.start();
	}

	/** How often the keeper met a mail it fails on. */
	private final AtomicInteger attempts = new AtomicInteger();

	/** The test's keeper: the key only, and a failure for subjects that fail. */
	private MailboxHandOn.Kept keep(PolledMail mail) {
		try {
			MimeMessage m = new MimeMessage(session(), new ByteArrayInputStream(mail.raw()));
			if (this.failing.contains(m.getSubject())) {
				this.attempts.incrementAndGet();
				throw new IllegalStateException("disk full");
			}
			String key = m.getMessageID().replaceAll("[<>]", "");
			return new MailboxHandOn.Kept(key, key);
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Whether the mail's claim was confirmed: it was handed on for good. */
	private static boolean handedOnInDatabase(String key) {
		return jdbc.sql("select handed_on from inbound_mail where mail_key = ?")
			.param(key)
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	private void start(String protocol, int batch, int threads) throws Exception {
		this.camel = new DefaultCamelContext();
		int port = switch (protocol) {
			case "pop3" -> servers.getPop3().getPort();
			case "pop3s" -> servers.getPop3s().getPort();
			default -> servers.getImap().getPort();
		};
		MailEndpoint mailbox = PolledMailbox.endpoint(this.camel, protocol, "127.0.0.1", port, "INBOX", LOGIN, "",
				batch, DELAY, threads);
		Properties trustSandbox = new Properties();
		// GreenMail's certificate is its own
		trustSandbox.setProperty("mail." + protocol + ".ssl.trust", "*");
		trustSandbox.setProperty("mail." + protocol + ".ssl.checkserveridentity", "false");
		mailbox.getConfiguration().setAdditionalJavaMailProperties(trustSandbox);
		this.camel.addRoutes(new RouteBuilder() {
			@Override
			public void configure() {
				from(mailbox).process((exchange) -> exchange.getMessage().setBody(key(exchange)))
					.idempotentConsumer(body())
					.idempotentRepository(new ClaimedMailRepository(claims, Duration.ofMinutes(5)))
					.eager(true)
					.skipDuplicate(false)
					.choice()
					.when(exchangeProperty(Exchange.DUPLICATE_MESSAGE).isEqualTo(true))
					.process((exchange) -> PolledMailboxTest.this.duplicates
						.add(exchange.getMessage().getBody(String.class)))
					.otherwise()
					.process(PolledMailboxTest.this::handOn)
					.end();
			}
		});
		this.camel.start();
	}

	private String key(Exchange exchange) throws IOException, MessagingException {
		Message mail = exchange.getMessage().getBody(Message.class);
		ByteArrayOutputStream raw = new ByteArrayOutputStream();
		mail.writeTo(raw);
		String id = new InternetHeaders(new ByteArrayInputStream(raw.toByteArray())).getHeader("Message-ID", null);
		exchange.setProperty("subject", mail.getSubject());
		return id.replaceAll("[<>]", "");
	}

	private void handOn(Exchange exchange) throws FolderException {
		String key = exchange.getMessage().getBody(String.class);
		if (this.failing.contains(exchange.getProperty("subject", String.class))) {
			throw new IllegalStateException("queue down");
		}
		this.inMailboxWhenHandedOn.put(key, mailbox());
		this.handedOn.add(key);
	}

	/** Keys of the mails in the mailbox and not flagged deleted. */
	private static List<String> mailbox() throws FolderException {
		List<String> keys = new ArrayList<>();
		for (StoredMessage stored : inbox().getMessages()) {
			if (!stored.isSet(Flags.Flag.DELETED)) {
				keys.add(key(stored));
			}
		}
		return keys;
	}

	private static com.icegreen.greenmail.store.MailFolder inbox() throws FolderException {
		GreenMailUser user = servers.getUserManager().getUser(LOGIN);
		return servers.getManagers().getImapHostManager().getInbox(user);
	}

	private static String key(StoredMessage stored) {
		try {
			return stored.getMimeMessage().getMessageID().replaceAll("[<>]", "");
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private List<String> send(int count, String subject) throws Exception {
		List<String> keys = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			keys.add(send(message(subject + " " + i, "Reply number " + i + ": we support the draft.")));
		}
		return keys;
	}

	private static MimeMessage message(String subject, String text) throws MessagingException {
		MimeMessage m = new MimeMessage(session());
		m.setFrom(new InternetAddress("expert@member.example"));
		m.setRecipient(Message.RecipientType.TO, new InternetAddress("ecs+token@ecs.localhost"));
		m.setSubject(subject, "UTF-8");
		m.setText(text, "UTF-8");
		m.saveChanges();
		m.setHeader("Message-ID", "<poll-" + UUID.randomUUID() + "@member.example>");
		return m;
	}

	/** Delivers over SMTP to the ECS mailbox; returns the mail's key. */
	private static String send(MimeMessage m) throws MessagingException {
		try (Transport smtp = session().getTransport("smtp")) {
			smtp.connect();
			smtp.sendMessage(m, new InternetAddress[] { new InternetAddress(LOGIN) });
		}
		return m.getMessageID().replaceAll("[<>]", "");
	}

	private static Session session() {
		Properties p = new Properties();
		p.setProperty("mail.smtp.host", "127.0.0.1");
		p.setProperty("mail.smtp.port", String.valueOf(servers.getSmtp().getPort()));
		return Session.getInstance(p);
	}

}
