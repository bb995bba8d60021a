package org.ecs.gateways.mail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the mail gateway over every third-party fixture in the shared corpus and scores it
 * as METRICS.md says. The bars sit just under what the gateway reaches, so a regression
 * fails the build and an improvement should raise them. Bound to the shared corpus:
 * skipped with the reason on a clone without it.
 */
class EmailCorpusConformanceIT {

	private static final Pattern MAIL_FILE = Pattern.compile(".*\\.(eml|msg)$");

	private static Path emails;

	private static Score score;

	@BeforeAll
	static void scoreCorpus() throws IOException {
		if (SharedCorpus.isPresent("emails")) {
			emails = SharedCorpus.require("emails");
			score = Score.of(emails);
			System.out.println(score.table());
		}
	}

	@BeforeEach
	void corpus() {
		SharedCorpus.require("emails");
	}

	@Test
	void shouldParseAndClassifyEveryMessageWithoutAnUnhandledException() {
		assertThat(score.failures()).isEmpty();
		assertThat(score.messages()).isGreaterThanOrEqualTo(119);
	}

	@Test
	void shouldMatchEmailReplyTrimmerPairsWhenSignaturesAreStripped() {
		assertThat(score.rate("email_reply_trimmer")).isGreaterThanOrEqualTo(Bars.TRIMMER);
	}

	@Test
	void shouldMatchEmailReplyTrimmerElidedPartsWhenTheRemainderIsKept() {
		assertThat(score.rate("email_reply_trimmer elided")).isGreaterThanOrEqualTo(Bars.TRIMMER_ELIDED);
	}

	@Test
	void shouldMatchTalonRepliesWhenSignaturesAreKept() {
		assertThat(score.rate("talon plain")).isGreaterThanOrEqualTo(Bars.TALON_PLAIN);
		assertThat(score.rate("talon html")).isGreaterThanOrEqualTo(Bars.TALON_HTML);
	}

	@Test
	void shouldMatchDiscoursePostTextAndVerdicts() {
		assertThat(score.rate("discourse post")).isGreaterThanOrEqualTo(Bars.DISCOURSE_POST);
		assertThat(score.rate("discourse verdict")).isGreaterThanOrEqualTo(Bars.DISCOURSE_VERDICT);
	}

	@Test
	void shouldMatchSisimaiBouncesAndAutoReplies() {
		assertThat(score.rate("sisimai kind")).isGreaterThanOrEqualTo(Bars.SISIMAI_KIND);
		assertThat(score.rate("sisimai status")).isGreaterThanOrEqualTo(Bars.SISIMAI_STATUS);
	}

	@Test
	void shouldMatchParserAssertionsOfTheMimeFixtureSets() {
		assertThat(score.rate("mime assertions")).isGreaterThanOrEqualTo(Bars.MIME_ASSERTIONS);
	}

	/** Set just under the rates reached; raise them with the gateway. */
	static final class Bars {

		static final double TRIMMER = 0.99;

		/**
		 * 61/64: the elided files of embedded_email_1, _4 and _7 show "&gt;" where the
		 * stored inputs quote with "Richard&gt;", "|" and "C&gt;".
		 */
		static final double TRIMMER_ELIDED = 0.95;

		static final double TALON_PLAIN = 0.99;

		static final double TALON_HTML = 0.99;

		static final double DISCOURSE_POST = 0.99;

		static final double DISCOURSE_VERDICT = 0.99;

		static final double SISIMAI_KIND = 0.99;

		static final double SISIMAI_STATUS = 0.99;

		static final double MIME_ASSERTIONS = 0.99;

	}

	/** Normalisation of METRICS.md before an exact comparison. */
	static String normalise(String text) {
		String result = Normalizer.normalize(text, Normalizer.Form.NFC).replace("\uFEFF", "").replace("\r\n", "\n");
		result = result.replaceAll("(?m)[ \\t]+$", "");
		result = result.replaceAll("\\n{3,}", "\n\n");
		return result.strip();
	}

	record Score(Map<String, int[]> sets, List<String> misses, List<String> failures, int messages) {

		double rate(String set) {
			int[] counts = this.sets.get(set);
			return (counts == null || counts[1] == 0) ? 0 : (double) counts[0] / counts[1];
		}

		String table() {
			StringBuilder out = new StringBuilder("\nmail corpus conformance\n");
			out.append(String.format("%-28s %7s %7s %7s%n", "set", "match", "total", "rate"));
			this.sets.forEach((name, counts) -> out.append(String.format("%-28s %7d %7d %6.1f%%%n", name, counts[0],
					counts[1], 100.0 * counts[0] / Math.max(1, counts[1]))));
			out.append("messages parsed and classified: ").append(this.messages).append('\n');
			this.misses.forEach((miss) -> out.append("  miss: ").append(miss).append('\n'));
			this.failures.forEach((failure) -> out.append("  FAILURE: ").append(failure).append('\n'));
			return out.toString();
		}

		static Score of(Path emails) throws IOException {
			Score score = new Score(new LinkedHashMap<>(), new ArrayList<>(), new ArrayList<>(), 0);
			return score.run(emails);
		}

		private Score run(Path emails) throws IOException {
			MimeMailParser parser = new MimeMailParser();
			AutoMailClassifier classifier = new AutoMailClassifier(Set.of("notifications@ecs.example.org"),
					Set.of("ecs.example.org"));
			ReplyTrimmer trimmer = new ReplyTrimmer();
			Map<String, InboundMail> parsed = new LinkedHashMap<>();
			Map<String, MailClassification> verdicts = new LinkedHashMap<>();
			int count = 0;
			try (Stream<Path> files = Files.walk(emails)) {
				for (Path file : files.filter((p) -> MAIL_FILE.matcher(p.toString()).matches()).sorted().toList()) {
					String name = emails.relativize(file).toString();
					try {
						InboundMail mail = parser.parse(Files.readAllBytes(file));
						MailClassification verdict = classifier.classify(mail);
						trimmer.trim(mail);
						parsed.put(name, mail);
						verdicts.put(name, verdict);
						count++;
					}
					catch (RuntimeException | StackOverflowError ex) {
						this.failures.add(name + ": " + ex);
					}
				}
			}
			trimmerPairs(emails.resolve("discourse_email_reply_trimmer"), trimmer);
			talon(emails.resolve("mailgun_talon"), parsed, trimmer);
			discourse(parsed, verdicts, trimmer);
			sisimai(emails.resolve("sisimai_set-of-emails"), parsed, verdicts);
			mimeAssertions(emails, parsed, verdicts);
			return new Score(this.sets, this.misses, this.failures, count);
		}

		private void count(String set, boolean match, String what) {
			int[] counts = this.sets.computeIfAbsent(set, (key) -> new int[2]);
			counts[1]++;
			if (match) {
				counts[0]++;
			}
			else {
				this.misses.add(set + " " + what);
			}
		}

		private void compare(String set, String name, String expected, String actual) {
			boolean match = normalise(expected).equals(normalise(actual));
			this.count(set, match, name + (match ? "" : "\n    expected: " + shorten(normalise(expected))
					+ "\n    actual:   " + shorten(normalise(actual))));
		}

		private static String shorten(String text) {
			String flat = text.replace("\n", "⏎");
			return (flat.length() > 300) ? flat.substring(0, 300) + "…" : flat;
		}

		private void trimmerPairs(Path folder, ReplyTrimmer trimmer) throws IOException {
			try (Stream<Path> files = Files.list(folder.resolve("emails"))) {
				for (Path input : files.sorted().toList()) {
					Path expected = folder.resolve("trimmed").resolve(input.getFileName());
					if (Files.exists(expected)) {
						String text = Files.readString(input, StandardCharsets.UTF_8);
						TrimmedReply trimmed = trimmer.trim(text);
						compare("email_reply_trimmer", input.getFileName().toString(), Files.readString(expected),
								trimmed.replyWithoutSignature());
						Path elided = folder.resolve("elided").resolve(input.getFileName());
						if (Files.exists(elided)) {
							compare("email_reply_trimmer elided", input.getFileName().toString(),
									Files.readString(elided), trimmed.remainder());
						}
					}
				}
			}
		}

		private void talon(Path folder, Map<String, InboundMail> parsed, ReplyTrimmer trimmer) throws IOException {
			try (Stream<Path> files = Files.list(folder.resolve("standard_replies"))) {
				for (Path file : files.filter((p) -> p.toString().endsWith(".eml")).sorted().toList()) {
					String name = file.getFileName().toString();
					Path sibling = folder.resolve("standard_replies").resolve(name.replace(".eml", "_reply_text"));
					String expected = Files.exists(sibling) ? Files.readString(sibling) : "Hello";
					InboundMail mail = parsed.get("mailgun_talon/standard_replies/" + name);
					compare("talon plain", name, expected, trimmer.trim(mail.text()).reply());
				}
			}
			InboundMail shared = parsed.get("mailgun_talon/reply-quotations-share-block.eml");
			String sharedReply = trimmer
				.trim(Files.readString(folder.resolve("reply-quotations-share-block.eml"), StandardCharsets.ISO_8859_1))
				.reply();
			count("talon plain", !sharedReply.isBlank() && !sharedReply.contains("From") && shared != null,
					"reply-quotations-share-block.eml: " + shorten(sharedReply));
			String alex = "Hi. I am fine.\n\nThanks,\nAlex".replaceAll("\\s", "");
			try (Stream<Path> files = Files.list(folder.resolve("html_replies"))) {
				for (Path file : files.sorted().toList()) {
					String reply = trimmer.trimHtml(Files.readString(file, StandardCharsets.UTF_8)).reply();
					count("talon html", reply.replaceAll("\\s", "").equals(alex),
							file.getFileName() + ": " + shorten(reply));
				}
			}
			String olk = trimmer.trimHtml(Files.readString(folder.resolve("OLK_SRC_BODY_SECTION.html"))).reply();
			count("talon html", olk.strip().equals("Reply"), "OLK_SRC_BODY_SECTION.html: " + shorten(olk));
			String hr = trimmer.trimHtml(Files.readString(folder.resolve("reply-separated-by-hr.html"))).reply();
			count("talon html", hr.replaceAll("\\s", "").equals("Hithere"),
					"reply-separated-by-hr.html: " + shorten(hr));
		}

		private void discourse(Map<String, InboundMail> parsed, Map<String, MailClassification> verdicts,
				ReplyTrimmer trimmer) {
			Map<String, String> posts = new LinkedHashMap<>();
			posts.put("text_and_html_reply.eml", "This is the *text* part.");
			posts.put("gmail_html_reply.eml", "This is a **GMAIL** reply ;)");
			posts.put("hebrew_reply.eml", "שלום! מה שלומך היום?");
			posts.put("chinese_reply.eml", "您好！ 你今天好吗？");
			posts.put("reply_with_weird_encoding.eml", "This is a reply with a weird encoding.");
			posts.put("reply_with_8bit_encoding.eml", "hab vergessen kritische zeichen einzufügen:\näöüÄÖÜß");
			posts.put("on_date_contact_wrote.eml", "This is the actual reply.");
			posts.put("previous_replies_de.eml",
					"This will not include the previous discussion that is present in this email.");
			posts.put("inline_reply.eml", "And this is *my* reply :+1:");
			posts.put("inline_mixed_replies.eml",
					"> WAT <https://bar.com/users/wat> November 28\n>\n> This is the previous post.\n\n"
							+ "And this is *my* reply :+1:\n\n> This is another post.\n\nAnd this is **another** reply.");
			posts.put("iphone_signature.eml", "This is not the signature you're looking for.");
			posts.put("original_message.eml", "This is a reply :)");
			// asserted by later versions of receiver_spec.rb ("correctly extracts reply
			// from
			// exchange emails"); the pinned commit had no assertion for it
			posts.put("exchange_html_reply.eml", "This is the **body !!** of the email.");
			posts.forEach((name, expected) -> {
				InboundMail mail = parsed.get("discourse/" + name);
				compare("discourse post", name, expected, trimmer.trim(mail).replyWithoutSignature());
			});
			InboundMail html = parsed.get("discourse/text_and_html_reply.eml");
			compare("discourse post", "text_and_html_reply.eml (html)", "This is the **html** part.",
					trimmer.trimHtml(html.html()).replyWithoutSignature());
			InboundMail gmail = parsed.get("discourse/gmail_html_reply.eml");
			count("discourse post", trimmer.trim(gmail).remainder().contains("This is the *elided* part!"),
					"gmail_html_reply.eml remainder: " + shorten(trimmer.trim(gmail).remainder()));
			verdict("discourse/auto_generated_precedence.eml", verdicts, MailKind.AUTO_REPLY);
			verdict("discourse/auto_reply.eml", verdicts, MailKind.AUTO_REPLY);
			MailClassification bounce = verdicts.get("discourse/bounced_email.eml");
			count("discourse verdict",
					bounce.kind() == MailKind.BOUNCE && bounce.report().status().equals("5.1.1")
							&& bounce.report().recipients().get(0).finalRecipient().equals("linux-admin@b-s-c.co.jp"),
					"bounced_email.eml: " + bounce);
			InboundMail missing = parsed.get("discourse/missing_message_id.eml");
			count("discourse verdict",
					missing.messageId() == null && missing.dedupeKey().matches("sha256:[0-9a-f]{64}")
							&& verdicts.get("discourse/missing_message_id.eml").kind() == MailKind.HUMAN,
					"missing_message_id.eml: " + missing.dedupeKey());
			InboundMail encoded = parsed.get("discourse/encoded_display_name.eml");
			count("discourse verdict", "Случайная Имя".equals(encoded.from().displayName()),
					"encoded_display_name.eml: " + encoded.from());
			for (String human : List.of("hebrew_reply.eml", "chinese_reply.eml", "inline_reply.eml",
					"iphone_signature.eml", "gmail_html_reply.eml", "original_message.eml")) {
				verdict("discourse/" + human, verdicts, MailKind.HUMAN);
			}
		}

		private void verdict(String name, Map<String, MailClassification> verdicts, MailKind expected) {
			MailClassification verdict = verdicts.get(name);
			count("discourse verdict", verdict.kind() == expected, name + ": " + verdict);
		}

		private void sisimai(Path folder, Map<String, InboundMail> parsed, Map<String, MailClassification> verdicts)
				throws IOException {
			String json = Files.readString(folder.resolve("EXPECTED.json"));
			Matcher entry = Pattern.compile("\"([^\"]+\\.eml)\":\\s*(\\[[^\\]]*\\]|\"[^\"]*\")").matcher(json);
			while (entry.find()) {
				String name = entry.group(1);
				String value = entry.group(2);
				MailClassification verdict = verdicts.get("sisimai_set-of-emails/" + name);
				List<String> fields = new ArrayList<>();
				Matcher field = Pattern.compile("\"([^\"]*)\"|(\\d+)").matcher(value);
				while (field.find()) {
					fields.add((field.group(1) != null) ? field.group(1) : field.group(2));
				}
				MailKind expectedKind;
				if (value.startsWith("\"")) {
					expectedKind = MailKind.HUMAN;
				}
				else if (fields.get(2).equals("vacation")) {
					expectedKind = MailKind.AUTO_REPLY;
				}
				else {
					expectedKind = MailKind.BOUNCE;
				}
				count("sisimai kind", verdict.kind() == expectedKind, name + ": " + verdict);
				if (expectedKind == MailKind.BOUNCE && !fields.get(0).isEmpty()) {
					DeliveryReport report = verdict.report();
					boolean status = report != null && report.status().equals(fields.get(0));
					boolean reply = fields.get(1).isEmpty() || (report != null && !report.recipients().isEmpty()
							&& report.recipients().get(0).replyCode().equals(fields.get(1)));
					count("sisimai status", status && reply, name + ": expected " + fields + " got " + report);
				}
			}
		}

		private void mimeAssertions(Path emails, Map<String, InboundMail> parsed,
				Map<String, MailClassification> verdicts) {
			InboundMail pdf = parsed.get("mikel_mail/attachment_emails/attachment_pdf.eml");
			check("attachment_pdf", pdf.attachments().size() == 1 && pdf.attachments().get(0).size() == 1026,
					pdf.attachments());
			InboundMail nonAscii = parsed.get("mikel_mail/attachment_emails/attachment_nonascii_filename.eml");
			check("nonascii filename",
					nonAscii.attachments().stream().anyMatch((a) -> a.fileName().equals("ciële.txt")),
					nonAscii.attachments());
			InboundMail inline = parsed.get("mikel_mail/attachment_emails/attachment_message_rfc822_inline_image.eml");
			// the mail gem measures decoded text with LF line ends; the message/rfc822
			// part is kept
			// here as received (CRLF), so compare in the gem's form
			check("rfc822 inline image",
					inline.attachments().size() == 2 && inline.attachments().get(0).inline()
							&& inline.attachments().get(0).fileName().equals("img.png")
							&& lfLength(inline.attachments().get(1).content()) == 1815,
					inline.attachments());
			InboundMail japanese = parsed.get("mikel_mail/multi_charset/japanese_iso_2022.eml");
			check("iso-2022-jp",
					japanese.text().strip().equals("すみません。") && japanese.to().equals(List.of("raasdnil@gmail.com")),
					japanese.text());
			InboundMail korean = parsed.get("mikel_mail/multi_charset/ks_c_5601-1987.eml");
			check("ks_c_5601-1987", korean.text().strip().equals("스티해"), korean.text());
			InboundMail utf8Headers = parsed.get("mikel_mail/rfc6532/utf8_headers.eml");
			check("rfc6532 headers",
					utf8Headers.subject().equals("Säying Hello")
							&& utf8Headers.from().address().equals("jdöe@mächine.example")
							&& "Jöhn Doe".equals(utf8Headers.from().displayName()),
					utf8Headers.subject() + " " + utf8Headers.from());
			InboundMail reply = parsed.get("mikel_mail/plain_emails/raw_email_reply.eml");
			// the gem's spec is about Mail#reply, the answer composed to this message:
			// its
			// In-Reply-To is this message's id and its References this message's plus
			// that id
			List<String> chain = new ArrayList<>(reply.references());
			chain.add(reply.messageId());
			check("in-reply-to",
					"473FFE27.20003@xxx.org".equals(reply.messageId())
							&& "348F04F142D69C21-291E56D292BC@xxxx.net".equals(reply.inReplyTo())
							&& chain.equals(List.of("473FF3B8.9020707@xxx.org",
									"348F04F142D69C21-291E56D292BC@xxxx.net", "473FFE27.20003@xxx.org")),
					reply.messageId() + " " + reply.inReplyTo() + " " + reply.references());
			InboundMail apple = parsed.get("mikel_mail/error_emails/cant_parse_from.eml");
			check("cant_parse_from",
					apple.from() != null && apple.from().address().equalsIgnoreCase("News@InsideApple.Apple.com"),
					apple.from());
			MailClassification delayed = verdicts.get("mikel_mail/multipart_report_emails/report_422.eml");
			check("report_422 delayed",
					delayed.kind() == MailKind.AUTO_REPLY && delayed.report() != null
							&& delayed.report().status().equals("4.2.2")
							&& delayed.report().recipients().get(0).finalRecipient().equals("fraser@oooooooo.com.au"),
					delayed);
			for (String bounce : List.of("mikel_mail/multipart_report_emails/multi_address_bounce1.eml",
					"mikel_mail/multipart_report_emails/multipart_report_multiple_status.eml",
					"mailgun_flanker/bounce/office365.eml", "mailgun_flanker/bounce/gmail-invalid-address.eml",
					"mailgun_flanker/bounce/mailbox-full.eml", "mimekit/messages_bounce.eml")) {
				check(bounce, verdicts.get(bounce).kind() == MailKind.BOUNCE, verdicts.get(bounce));
			}
			InboundMail bilingual = parsed.get("mailgun_flanker/bilingual-simple.eml");
			// flanker's part_test asserts this subject; the body is QP UTF-8 in two
			// languages
			check("bilingual",
					bilingual.subject().equals("Simple text. How are you? Как ты поживаешь?")
							&& bilingual.text().startsWith("This line is in English\nА эта линия по-русски."),
					bilingual.subject() + " | " + bilingual.text());
			InboundMail noType = parsed.get("mailgun_flanker/no-ctype.eml");
			check("no-ctype", noType.text().strip().equals("Hello,\nI'm just testing message parsing\n\nBR,\nBob"),
					noType.text());
			InboundMail longHeader = parsed.get("mailgun_flanker/long-header.eml");
			// flanker's max_header_length_test only asks that the 1 800 encoded words
			// survive;
			// "This is simple ascii subject" there is a string it encodes, not this
			// subject
			String sentence = "Die heiße Zypernsonne quälte Max und Victoria ja böse auf dem Weg bis zur Küste";
			check("long-header",
					longHeader.subject().length() > 100_000 && longHeader.subject().replace(sentence, "").isEmpty(),
					longHeader.subject());
			InboundMail torture = parsed.get("mailgun_flanker/torture.eml");
			check("torture", torture.subject().strip().equals("Multi-media mail demonstration"), torture.subject());
			InboundMail ukr = parsed.get("mimekit/tnef_ukr.eml");
			check("koi8-r", ukr.text().contains("шостий"), ukr.text());
			for (String name : List.of("russian-headers", "mimetools_russian")) {
				InboundMail russian = parsed.get("apache_james-mime4j/testmsgs/" + name + ".msg");
				byte[] expected = mime4jDecoded(emails, name + "_decoded_1.txt");
				check("koi8-r filename " + name,
						russian != null && russian.attachments().size() == 1
								&& russian.attachments().get(0).fileName().equals("Список.doc")
								&& java.util.Arrays.equals(russian.attachments().get(0).content(), expected),
						(russian != null) ? russian.attachments() : null);
			}
			InboundMail chinese = parsed.get("spamscope_mail-parser/mail_test_9.eml");
			check("gb2312 html-only", chinese.textFromHtml() && !chinese.text().isBlank(), chinese.subject());
			InboundMail spamJunk = parsed.get("spamscope_mail-parser/mail_test_16.eml");
			check("precedence junk",
					verdicts.get("spamscope_mail-parser/mail_test_16.eml").kind() == MailKind.AUTO_REPLY,
					spamJunk.header("precedence"));
			InboundMail binary = parsed.get("mikel_mail/mime_emails/raw_email_with_binary_encoded.eml");
			check("binary jpeg, boundary with unquoted '='",
					binary.attachments().size() == 1
							&& binary.attachments().get(0).fileName().equals("2013-08-13_19-08-28-1.jpg"),
					binary.attachments() + " " + binary.problems());
			InboundMail encodedName = parsed.get("mikel_mail/attachment_emails/attachment_with_encoded_name.eml");
			check("encoded attachment name", encodedName.attachments().size() == 1
					&& encodedName.attachments().get(0).fileName().matches("01 Quien Te Dij.at\\. Pitbull\\.mp3"),
					encodedName.attachments());
			InboundMail onlyAttachment = parsed.get("mikel_mail/attachment_emails/attachment_only_email.eml");
			check("attachment only",
					onlyAttachment.attachments().size() == 1
							&& onlyAttachment.attachments().get(0).declaredType().equals("application/x-gzip"),
					onlyAttachment.attachments());
			InboundMail nested = parsed.get("mikel_mail/mime_emails/raw_email_with_nested_attachment.eml");
			check("s/mime nested attachment",
					nested.attachments()
						.stream()
						.map(InboundMail.MailAttachment::fileName)
						.toList()
						.equals(List.of("truncated.png", "smime.p7s")),
					nested.attachments());
			InboundMail similar = parsed.get("mikel_mail/mime_emails/email_with_similar_boundaries.eml");
			check("similar boundaries", similar.text().strip().equals("Test") && similar.html() != null
					&& similar.attachments().size() == 1 && similar.attachments().get(0).fileName().equals("LOGO.png"),
					similar.attachments());
			InboundMail iphone = parsed.get("mailgun_flanker/iphone.eml");
			check("iphone inline photo",
					iphone.attachments().size() == 1 && iphone.attachments().get(0).fileName().equals("photo.JPG")
							&& iphone.attachments().get(0).inline() && iphone.text().strip().endsWith("~Danielle"),
					iphone.attachments());
			InboundMail brokenMime = parsed.get("mailgun_flanker/bounce/broken-mime.eml");
			check("broken-mime is text/plain",
					brokenMime.contentType().equals("text/plain") && brokenMime.attachments().isEmpty(),
					brokenMime.contentType());
			InboundMail attachedPdf = parsed.get("mailgun_flanker/attached-pdf.eml");
			check("attached pdf",
					attachedPdf.attachments().size() == 1
							&& attachedPdf.attachments().get(0).fileName().equals("test.pdf"),
					attachedPdf.attachments());
			InboundMail malformed = parsed.get("spamscope_mail-parser/mail_malformed_3.eml");
			check("malformed_3 reply-to", String.valueOf(malformed.header("reply-to")).contains("smgesi4@gmail.com")
					&& "High".equals(malformed.header("x-msmail-priority")), malformed.header("reply-to"));
			InboundMail mhtml = parsed.get("mimekit/messages_multipart-related-mhtml.eml");
			check("mhtml", mhtml.html() != null && mhtml.attachments().size() == 1
					&& mhtml.attachments().get(0).declaredType().equals("image/png"), mhtml.attachments());
		}

		private static int lfLength(byte[] content) {
			return new String(content, StandardCharsets.ISO_8859_1).replace("\r\n", "\n").length();
		}

		private static byte[] mime4jDecoded(Path emails, String name) {
			try {
				return Files.readAllBytes(emails.resolve("apache_james-mime4j/expected").resolve(name));
			}
			catch (IOException ex) {
				return null;
			}
		}

		private void check(String name, boolean ok, Object detail) {
			count("mime assertions", ok, name + ": " + shorten(String.valueOf(detail)));
		}

	}

}
