package org.ecs.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;

import org.ecs.gateways.mail.ClientReplies;
import org.ecs.gateways.mail.InboundMail;
import org.ecs.gateways.mail.MimeMailParser;
import org.ecs.gateways.mail.ReplyTrimmer;

/**
 * How fast {@link ReplyTrimmer} trims, on one thread:
 * <ol>
 * <li>every mail of corpus/emails, parsed once beforehand, trimmed as the gateway trims
 * it (its text part, else its HTML);</li>
 * <li>the plain-text inputs of email_reply_trimmer's fixtures;</li>
 * <li>2,000 replies of 3–10 KB built as {@link MailIntakeBench} builds them (a line of
 * reply, "On Monday, ECS wrote:", the quoted draft);</li>
 * <li>the generated replies of {@link ClientReplies} (21 clients, 9 languages, 8 shapes),
 * whose exact-match rates per client, language and shape are printed too.</li>
 * </ol>
 * Each set is trimmed for a warm-up, then for a few seconds; replies/s and MB/s (of
 * UTF-16 characters, counted as one byte each) are printed. Run:
 * {@code ./mvnw -o -Pbench -pl bench verify -DskipTests -Dbench=ReplyTrimmingBench
 * -Dbench.args="<seconds per set>"} (default 5).
 */
public final class ReplyTrimmingBench {

	private ReplyTrimmingBench() {
	}

	public static void main(String[] args) throws Exception {
		String[] a = (args.length == 1) ? args[0].trim().split("\\s+") : args;
		double seconds = (a.length > 0 && !a[0].isBlank()) ? Double.parseDouble(a[0]) : 5;
		Path corpus = Path.of(System.getProperty("ecs.shared.corpus", "../shared/corpus")).toAbsolutePath().normalize();
		Path emails = corpus.resolve("emails");
		ReplyTrimmer trimmer = new ReplyTrimmer();

		List<InboundMail> mails = new ArrayList<>();
		MimeMailParser parser = new MimeMailParser();
		try (Stream<Path> files = Files.walk(emails)) {
			for (Path file : files.filter((p) -> p.toString().matches(".*\\.(eml|msg)$")).sorted().toList()) {
				try {
					mails.add(parser.parse(Files.readAllBytes(file)));
				}
				catch (RuntimeException ex) {
					// the conformance test counts these; the bench only trims what parses
				}
			}
		}
		List<String> fixtures = new ArrayList<>();
		try (Stream<Path> files = Files.list(emails.resolve("discourse_email_reply_trimmer/emails"))) {
			for (Path file : files.sorted().toList()) {
				fixtures.add(Files.readString(file, StandardCharsets.UTF_8));
			}
		}
		List<String> replies = new ArrayList<>();
		for (int i = 0; i < 2_000; i++) {
			replies.add(benchReply(i));
		}

		List<ClientReplies.Case> generated = ClientReplies.all();

		System.out.printf(Locale.ROOT, "%nReply trimming, one thread, %.0f s per set, corpus %s%n", seconds, corpus);
		run("corpus mails (text, else HTML)", mails, (mail) -> trimmer.trim(mail).reply().length(),
				ReplyTrimmingBench::size, seconds);
		run("email_reply_trimmer inputs", fixtures, (text) -> trimmer.trim(text).reply().length(), String::length,
				seconds);
		run("intake bench replies, 3-10 KB", replies, (text) -> trimmer.trim(text).reply().length(), String::length,
				seconds);
		run("generated client replies", generated,
				(c) -> ((c.text() != null) ? trimmer.trim(c.text(), List.of(c.notification()))
						: trimmer.trimHtml(c.html(), List.of(c.notification())))
					.reply()
					.length(),
				(c) -> (c.text() != null) ? c.text().length() : c.html().length(), seconds);

		// exact match (METRICS.md) on the generated set, beside the public corpora that
		// EmailCorpusConformanceIT scores
		System.out.printf(Locale.ROOT, "%nExact match, knowing what ECS sent (as the gateway does)%n%s",
				ClientReplies.score(trimmer, true).table());
		System.out.printf(Locale.ROOT, "%nExact match, not knowing what ECS sent%n%s",
				ClientReplies.score(trimmer, false).table());
		System.exit(0);
	}

	/** A reply as {@link MailIntakeBench} sends it. */
	static String benchReply(int i) {
		StringBuilder text = new StringBuilder("Reply number ").append(i).append(": we support the draft.\n\n");
		text.append("On Monday, ECS wrote:\n");
		int quoted = 3_000 + (i * 7_919) % 7_000;
		while (text.length() < quoted) {
			text.append("> Article ").append(text.length() % 97).append(" of the draft, quoted back by the client.\n");
		}
		return text.toString();
	}

	/** What the trimmer reads of a mail: its text part, else its HTML. */
	private static int size(InboundMail mail) {
		boolean text = !mail.textFromHtml() && mail.text() != null && !mail.text().isBlank();
		String body = text ? mail.text() : (mail.html() != null) ? mail.html() : mail.text();
		return (body != null) ? body.length() : 0;
	}

	private static <T> void run(String label, List<T> inputs, ToIntFunction<T> trim, ToIntFunction<T> size,
			double seconds) {
		long chars = 0;
		for (T input : inputs) {
			chars += size.applyAsInt(input);
		}
		long sink = 0;
		long warmUpEnd = System.nanoTime() + (long) (seconds * 0.4e9);
		while (System.nanoTime() < warmUpEnd) {
			for (T input : inputs) {
				sink += trim.applyAsInt(input);
			}
		}
		long start = System.nanoTime();
		long end = start + (long) (seconds * 1e9);
		long trimmed = 0;
		long rounds = 0;
		do {
			for (T input : inputs) {
				sink += trim.applyAsInt(input);
			}
			trimmed += inputs.size();
			rounds++;
		}
		while (System.nanoTime() < end);
		double elapsed = (System.nanoTime() - start) / 1e9;
		System.out.printf(Locale.ROOT, "  %-32s %5d inputs, %7.1f KB: %8.0f replies/s %7.2f MB/s  (%d rounds%s)%n",
				label, inputs.size(), chars / 1024.0, trimmed / elapsed, rounds * chars / elapsed / 1e6, rounds,
				(sink == 42) ? "" : "");
	}

}
