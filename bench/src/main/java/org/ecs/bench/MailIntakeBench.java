package org.ecs.bench;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.apache.camel.CamelContext;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.ecs.config.EcsApplication;
import org.ecs.config.sandbox.SandboxMailServers;
import org.ecs.core.discussion.Discussion;
import org.ecs.core.discussion.Discussions;
import org.ecs.core.discussion.NewDiscussion;
import org.ecs.core.discussion.ReviewPolicy;
import org.ecs.core.discussion.SubjectKind;
import org.ecs.core.participant.Channel;
import org.ecs.core.participant.Level;
import org.ecs.core.participant.NewParticipant;
import org.ecs.core.participant.Participant;
import org.ecs.core.participant.ParticipantDirectory;
import org.ecs.core.participant.Role;
import org.ecs.gateways.mail.MimeMailParser;
import org.ecs.routes.mail.MailTokens;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Email intake on its real parts, ECS started in this JVM with the GreenMail sandbox:
 * <ol>
 * <li>replies per second from the IMAP mailbox to the review inbox, for a mailbox holding
 * N replies of 3–10 KB, next to a plain Jakarta Mail bulk fetch-and-parse of the very
 * same mailbox in the same run (GreenMail's FETCH cost grows with the mailbox, so only
 * the ratio travels), and how fast the poller alone emptied the mailbox (kept, claimed,
 * queued on {@code ecs.mail.received}, removed), so a slow stage can be told from a slow
 * poller;</li>
 * <li>the delay from SMTP acceptance of one reply to its review item, with the poller at
 * its configured delay.</li>
 * </ol>
 * Run: {@code ./mvnw -Pbench -pl bench -am -DskipTests verify -Dbench=MailIntakeBench
 * -Dbench.args="<replies> <tcpNoDelay>"} (defaults 2000 true; false measures stock
 * GreenMail with Nagle on).
 */
public final class MailIntakeBench {

	static final String POLL_ROUTE = "mail-poll";

	static final int SENDERS = 4;

	static final int LATENCY_SAMPLES = 15;

	public static void main(String[] args) throws Exception {
		String[] a = (args.length == 1) ? args[0].trim().split("\\s+") : args;
		int n = (a.length > 0 && !a[0].isBlank()) ? Integer.parseInt(a[0]) : 2000;
		boolean noDelay = a.length <= 1 || Boolean.parseBoolean(a[1]);
		Path data = Files.createTempDirectory("ecs-mail-bench");
		// command-line arguments, so they win over application.yml (builder properties
		// would not)
		ConfigurableApplicationContext ecs = new SpringApplicationBuilder(EcsApplication.class).run("--server.port=0",
				"--ecs.tls.enabled=false", "--ecs.certificates.directory=" + data.resolve("certificates"),
				"--ecs.embedded.postgres-dir=", "--ecs.demo.enabled=false",
				"--spring.artemis.embedded.data-directory=" + data.resolve("artemis"),
				"--ecs.blob.dir=" + data.resolve("blobs"), "--ecs.sandbox.smtp-port=0", "--ecs.sandbox.imap-port=0",
				"--ecs.sandbox.tcp-no-delay=" + noDelay, "--ecs.fax.enabled=false", "--logging.level.root=WARN",
				"--logging.level.org.ecs=WARN");
		try {
			new MailIntakeBench(ecs).run(n, noDelay);
		}
		finally {
			ecs.close();
		}
		System.exit(0);
	}

	final ConfigurableApplicationContext ecs;

	final JdbcClient jdbc;

	final SandboxMailServers sandbox;

	final CamelContext camel;

	MailIntakeBench(ConfigurableApplicationContext ecs) {
		this.ecs = ecs;
		this.jdbc = ecs.getBean(JdbcClient.class);
		this.sandbox = ecs.getBean(SandboxMailServers.class);
		this.camel = ecs.getBean(CamelContext.class);
	}

	void run(int n, boolean noDelay) throws Exception {
		ParticipantDirectory people = this.ecs.getBean(ParticipantDirectory.class);
		String tag = UUID.randomUUID().toString().substring(0, 6);
		Participant coordinator = person(people, "coord-" + tag, Role.COORDINATOR);
		Participant author = person(people, "author-" + tag, Role.PARTICIPANT);
		Discussion d = this.ecs.getBean(Discussions.class)
			.create(new NewDiscussion("Mail bench " + tag, SubjectKind.TOPIC, null, "", coordinator.id(),
					Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(1)),
					ReviewPolicy.EMAIL_AND_FAX, Set.of(author.id())), coordinator.id());
		String to = this.ecs.getBean(MailTokens.class).replyAddress(author.id(), d.id());
		String mailbox = "ecs@" + this.ecs.getEnvironment().getProperty("ecs.mail.domain", "ecs.localhost");

		this.camel.getRouteController().stopRoute(POLL_ROUTE);
		long sendStart = System.nanoTime();
		send(n, author.email(), to);
		double sendSeconds = seconds(sendStart);
		waitFor(() -> inbox(mailbox) >= n, Duration.ofMinutes(5));

		long rawStart = System.nanoTime();
		int parsed = rawBulkFetchAndParse(mailbox);
		double rawSeconds = seconds(rawStart);

		long intakeStart = System.nanoTime();
		this.camel.getRouteController().startRoute(POLL_ROUTE);
		// the mailbox empties before the last review item: the poller is the first stage
		waitFor(() -> emptied(mailbox), Duration.ofMinutes(15), 10);
		double pollSeconds = seconds(intakeStart);
		waitFor(() -> pending(d.id()) >= n, Duration.ofMinutes(15));
		double intakeSeconds = seconds(intakeStart);

		List<Double> delays = new ArrayList<>();
		for (int i = 0; i < LATENCY_SAMPLES; i++) {
			delays.add(singleReplyDelay(author.email(), to, d.id()));
		}
		delays.sort(Double::compare);

		System.out.printf("%nMail intake bench: %d replies of 3-10 KB, GreenMail %s, 2 cores%n", n,
				noDelay ? "with TCP_NODELAY on IMAP" : "stock (Nagle on)");
		System.out.printf("  SMTP in (%d connections):              %8.0f msg/s%n", SENDERS, n / sendSeconds);
		System.out.printf("  plain Jakarta Mail bulk fetch + parse: %8.0f msg/s  (%d in %.2f s)%n", parsed / rawSeconds,
				parsed, rawSeconds);
		System.out.printf("  ECS poller empties the mailbox:        %8.0f msg/s  (%d in %.2f s)%n", n / pollSeconds, n,
				pollSeconds);
		System.out.printf("  ECS IMAP -> review inbox:              %8.0f msg/s  (%d in %.2f s)%n", n / intakeSeconds,
				n, intakeSeconds);
		System.out.printf("  ratio ECS / plain:                     %8.2f%n",
				(n / intakeSeconds) / (parsed / rawSeconds));
		System.out.printf("  ratio ECS poller / plain:              %8.2f%n",
				(n / pollSeconds) / (parsed / rawSeconds));
		System.out.printf(
				"  one reply, SMTP accepted -> review item: median %.0f ms, min %.0f, max %.0f (%d samples)%n",
				delays.get(delays.size() / 2), delays.get(0), delays.get(delays.size() - 1), delays.size());
		System.out.printf("  load average: %s%n", PipelineBench.loadAverage());
	}

	private Participant person(ParticipantDirectory people, String name, Role role) {
		return people.add(new NewParticipant(name, name, name + "@bench.example", null, null, "en", Level.FULL,
				EnumSet.of(Role.PARTICIPANT, role), EnumSet.of(Channel.WEB), "bench-secret"));
	}

	private void send(int n, String from, String to) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(SENDERS);
		List<Future<?>> done = new ArrayList<>();
		for (int s = 0; s < SENDERS; s++) {
			int sender = s;
			done.add(pool.submit(() -> {
				Session session = smtpSession();
				try (Transport smtp = session.getTransport("smtp")) {
					smtp.connect();
					for (int i = sender; i < n; i += SENDERS) {
						MimeMessage m = reply(session, from, to, i);
						smtp.sendMessage(m, m.getAllRecipients());
					}
				}
				return null;
			}));
		}
		for (Future<?> f : done) {
			f.get();
		}
		pool.shutdown();
	}

	private MimeMessage reply(Session session, String from, String to, int i) throws Exception {
		MimeMessage m = new MimeMessage(session);
		m.setFrom(new InternetAddress(from));
		m.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
		m.setSubject("Re: [ECS] Mail bench", "UTF-8");
		StringBuilder text = new StringBuilder("Reply number ").append(i).append(": we support the draft.\n\n");
		text.append("On Monday, ECS wrote:\n");
		int quoted = 3_000 + (i * 7_919) % 7_000;
		while (text.length() < quoted) {
			text.append("> Article ").append(text.length() % 97).append(" of the draft, quoted back by the client.\n");
		}
		m.setText(text.toString(), "UTF-8");
		m.saveChanges();
		m.setHeader("Message-ID", "<bench-" + i + "-" + UUID.randomUUID() + "@bench.example>");
		return m;
	}

	/**
	 * What a plain client does with the same mailbox: one FETCH per batch, then parse.
	 */
	private int rawBulkFetchAndParse(String mailbox) throws Exception {
		Properties p = new Properties();
		p.setProperty("mail.imap.partialfetch", "false");
		Store store = Session.getInstance(p).getStore("imap");
		store.connect("127.0.0.1", this.sandbox.imapPort(), mailbox, mailbox);
		MimeMailParser parser = new MimeMailParser();
		int parsed = 0;
		try (IMAPFolder inbox = (IMAPFolder) store.getFolder("INBOX")) {
			inbox.open(Folder.READ_ONLY);
			FetchProfile whole = new FetchProfile();
			whole.add(IMAPFolder.FetchProfileItem.MESSAGE);
			Message[] all = inbox.getMessages();
			for (int from = 0; from < all.length; from += 200) {
				Message[] batch = Arrays.copyOfRange(all, from, Math.min(all.length, from + 200));
				inbox.fetch(batch, whole);
				for (Message m : batch) {
					ByteArrayOutputStream raw = new ByteArrayOutputStream();
					m.writeTo(raw);
					if (parser.parse(raw.toByteArray()).text() != null) {
						parsed++;
					}
				}
			}
		}
		finally {
			store.close();
		}
		return parsed;
	}

	private double singleReplyDelay(String from, String to, long discussionId) throws Exception {
		int before = pending(discussionId);
		Session session = smtpSession();
		MimeMessage m = reply(session, from, to, 1_000_000 + before);
		try (Transport smtp = session.getTransport("smtp")) {
			smtp.connect();
			smtp.sendMessage(m, m.getAllRecipients());
			long accepted = System.nanoTime();
			waitFor(() -> pending(discussionId) > before, Duration.ofSeconds(30));
			return (System.nanoTime() - accepted) / 1e6;
		}
	}

	private Session smtpSession() {
		Properties p = new Properties();
		p.setProperty("mail.smtp.host", "127.0.0.1");
		p.setProperty("mail.smtp.port", String.valueOf(this.sandbox.getSmtp().getPort()));
		return Session.getInstance(p);
	}

	private int inbox(String mailbox) {
		return (int) this.sandbox.findReceivedMessages((u) -> mailbox.equalsIgnoreCase(u.getEmail()), (m) -> true)
			.count();
	}

	/**
	 * Whether the mailbox is empty; GreenMail's store may change under the count while
	 * the poller expunges, then it is looked at again.
	 */
	private boolean emptied(String mailbox) {
		try {
			return inbox(mailbox) == 0;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	private int pending(long discussionId) {
		return this.jdbc.sql("select count(*) from review_item where discussion_id = ?")
			.param(discussionId)
			.query(Integer.class)
			.single();
	}

	private static double seconds(long start) {
		return (System.nanoTime() - start) / 1e9;
	}

	/**
	 * Polls the database every millisecond: fine-grained enough for the delay figure,
	 * without spinning a core the application needs.
	 */
	private static void waitFor(java.util.function.BooleanSupplier done, Duration limit) {
		waitFor(done, limit, 1);
	}

	/** Checks every {@code everyMillis}: a look into the mail store costs more. */
	private static void waitFor(java.util.function.BooleanSupplier done, Duration limit, long everyMillis) {
		long deadline = System.nanoTime() + limit.toNanos();
		while (!done.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("Not done within " + limit);
			}
			java.util.concurrent.locks.LockSupport.parkNanos(everyMillis * 1_000_000);
		}
	}

}
