package org.ecs.gateways.mail;

import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReplyTrimmerTest {

	private final ReplyTrimmer trimmer = new ReplyTrimmer();

	@Test
	void shouldDropQuoteWhenOnDateWroteHeaderFollowsTheReply() {
		TrimmedReply trimmed = this.trimmer
			.trim("I agree.\n\nOn Mon, Apr 2, 2012 at 6:26 PM, Ann <a@b.org> wrote:\n> Hi\n> there");
		assertThat(trimmed.reply()).isEqualTo("I agree.");
		assertThat(trimmed.remainder()).contains("> Hi");
	}

	@Test
	void shouldJoinQuoteHeaderWhenWrappedOverTwoLines() {
		assertThat(this.trimmer.trim("Oui.\n\nLe 4 janv. 2016 19:03, \"Neil\" <info@example.org>\na écrit :\n> Bonjour")
			.reply()).isEqualTo("Oui.");
	}

	@Test
	void shouldKeepTheAuthorsDatedSentenceAboveAnAttributionWithoutOpenerWord() {
		// "W dniu" opens Polish attributions, but here it opens the author's sentence;
		// the
		// Gmail attribution below is a header of its own
		String mine = "W dniu 18 listopada 2026 Ann napisała, że stacje nie są gotowe.\nZgadzam się.";
		String text = mine + "\n\nśr., 18 lis 2026 o 18:45 ECS <reply@ecs.example.org> napisał(a):\n\n> Ann";
		assertThat(this.trimmer.trim(text).replyWithoutSignature()).isEqualTo(mine);
	}

	@Test
	void shouldCutLocalizedOutlookHeaderBlocksWhenTheLanguageIsNotAUnOne() {
		String text = "동의합니다.\n\n보낸 사람: ECS <reply@ecs.example.org>\n보낸 날짜: 2026년 11월 18일 수요일 오후 6:45\n"
				+ "받는 사람: Ivan <ivan@example.org>\n제목: RE: [ECS] Draft 3\n\nAnn commented";
		assertThat(this.trimmer.trim(text).replyWithoutSignature()).isEqualTo("동의합니다.");
	}

	@Test
	void shouldKeepTheAuthorsLinesThatOnlyLookLikeHeadersOrFooters() {
		// a lone header line, a sentence ending in "wrote" (no colon), a "Sent from my"
		// that names no device: the author's, above the quote and just above its header
		List<String> lines = List.of("Subject: article 4", "Date: 15 December 2026 suits me.",
				"Ngày: 15/12/2026 là hợp lý.", "On Monday 18 November the chair wrote",
				"Le 18 novembre 2026, le président a écrit.", "В 2026 году комитет написал", "他在2026年11月18日写道",
				"2026年に報告書を書きました", "詳細は2026年11月18日のメール", "Ann 18 Kasım 2026'da raporu yazdı",
				"Sent from my office in Vienna on 18 November.", "From: the Austrian delegation");
		String quote = "\n\nOn Wed, Nov 18, 2026 at 6:45 PM ECS <reply@ecs.example.org> wrote:\n\n> Ann commented\n";
		for (String line : lines) {
			String first = line + "\nWe support the draft.";
			String last = "We support the draft.\n" + line;
			assertThat(this.trimmer.trim(first + quote).replyWithoutSignature()).isEqualTo(first);
			assertThat(this.trimmer.trim(last + quote).replyWithoutSignature()).isEqualTo(last);
		}
	}

	@Test
	void shouldCutAGroupWiseQuoteHeader() {
		String text = "Agreed.\n\n>>> ECS <reply@ecs.example.org> 18.11.2026 18:45 >>>\nAnn commented";
		assertThat(this.trimmer.trim(text).replyWithoutSignature()).isEqualTo("Agreed.");
	}

	@Test
	void shouldKeepSignatureInReplyAndDropItWithoutSignature() {
		TrimmedReply trimmed = this.trimmer.trim("Hello\n\nSent from my iPhone\n\n> quoted");
		assertThat(trimmed.reply()).isEqualTo("Hello\n\nSent from my iPhone");
		assertThat(trimmed.replyWithoutSignature()).isEqualTo("Hello");
	}

	@Test
	void shouldCutOutlookHeaderBlockWhenThreeHeadersFollowText() {
		String text = "Fine by me.\n\n-----Original Message-----\nFrom: A\nSent: Monday, 1 May 2023 10:00\nTo: B\nSubject: X\n\nOld";
		assertThat(this.trimmer.trim(text).replyWithoutSignature()).isEqualTo("Fine by me.");
	}

	@Test
	void shouldKeepInterleavedRepliesWhenQuotesAlternateWithText() {
		String text = "> question one\n\nanswer one\n\n> question two\n\nanswer two";
		assertThat(this.trimmer.trim(text).reply()).isEqualTo(text);
	}

	@Test
	void shouldCutAtOurMarkerWhenTheClientDidNotQuote() {
		String text = "My comment\n\n" + ReplyTrimmer.REPLY_ABOVE_MARKER + "\nAnn commented:\nold";
		assertThat(this.trimmer.trim(text).reply()).isEqualTo("My comment");
	}

	@Test
	void shouldTrimGmailQuoteWhenMailIsHtmlOnly() {
		String html = "<div dir=ltr>Yes<br><div class=gmail_signature>Ann</div></div><div class=gmail_quote>"
				+ "<div class=gmail_attr>On Mon, Ann wrote:</div><blockquote class=gmail_quote>old</blockquote></div>";
		TrimmedReply trimmed = this.trimmer.trimHtml(html);
		assertThat(trimmed.reply()).isEqualTo("Yes\nAnn");
		assertThat(trimmed.replyWithoutSignature()).isEqualTo("Yes");
	}

	@Test
	void shouldBeEmptyWhenReplyIsOnlyAQuote() {
		assertThat(this.trimmer.trim("On Mon, Apr 2, 2012, Ann wrote:\n> only quote").isEmpty()).isFalse();
		assertThat(this.trimmer.trim("   \n").isEmpty()).isTrue();
	}

	@Test
	void shouldJoinQuoteHeaderWhenWrappedOverBlankLines() {
		String text = "Thanks\n\nOn Thu, 31 Mar 2016 at 11:16 Ann Example\n\n<\nmailto:Ann Example <ann@example.org>\n"
				+ "> wrote:\n\n\nOlder text";
		TrimmedReply trimmed = this.trimmer.trim(text);
		assertThat(trimmed.replyWithoutSignature()).isEqualTo("Thanks");
		assertThat(trimmed.remainder()).contains("Older text");
	}

	@Test
	void shouldJoinQuoteHeaderWhenWrappedOverThreeLines() {
		String text = "Parfait.\nLe 5 mars 2019 10:12, \"Anne\"\n<anne@example.org>\na écrit :\n\n> Bonjour\n>";
		assertThat(this.trimmer.trim(text).replyWithoutSignature()).isEqualTo("Parfait.");
	}

	@Test
	void shouldReadQuoteHeaderWhenTheAddressCarriesAMailtoLink() {
		String text = "Takk!\n\nDen 3. mai 2018 kl. 09.10 skrev Ola Nordmann <ola@example.no<mailto:ola@example.no>>:\n\n"
				+ "Gammel tekst";
		assertThat(this.trimmer.trim(text).replyWithoutSignature()).isEqualTo("Takk!");
	}

	@Test
	void shouldKeepTheAnswerWhenTextFollowsTheQuoteUnderAHeader() {
		String text = "First part.\n\nOn 8 May 2017 6:51 pm, \"Ann\" <ann@example.org> wrote:\n\n> Does it work?\n>\n"
				+ "Yes, it does.\n\nBye";
		assertThat(this.trimmer.trim(text).replyWithoutSignature())
			.isEqualTo("First part.\n\n\n> Does it work?\n>\nYes, it does.\n\nBye");
	}

	@Test
	void shouldReadInitialsAsQuoteWhenThePrefixRecurs() {
		assertThat(this.trimmer.trim("My answer.\n\nJD> your question\nJD> goes on\nJD>").replyWithoutSignature())
			.isEqualTo("My answer.");
		String prompt = "Type this:\nPS> Get-Date\nand press enter";
		assertThat(this.trimmer.trim(prompt).replyWithoutSignature()).isEqualTo(prompt);
	}

	@Test
	void shouldKeepAQuotedFromLineWhenItIsTheOnlyHeaderOfAKeptQuote() {
		String text = "> From: \"Ann\" <ann@example.org>\n>\n> > old\n> question?\n\nMy answer.";
		assertThat(this.trimmer.trim(text).replyWithoutSignature()).isEqualTo(text);
	}

	@Test
	void shouldBeEmptyWhenOnlyQuoteHeadersAndEmptyQuoteLevelsRemain() {
		String text = "> On Thu, Apr 30, 2020 at 10:07 AM, \"x\" <x@example.org> wrote:\n>\n"
				+ ">> On Thu, Apr 30, 2020 at 10:06 AM, \"x\" <x@example.org> wrote:\n>>\n>>>";
		assertThat(this.trimmer.trim(text).isEmpty()).isTrue();
	}

	@Test
	void shouldDropTheRuledBlockWhenOnlyASignOffPrecedesTheRule() {
		String html = "<div>Sure<div>see you</div><div>Ann<hr><b>From: </b>x@example.org<br>"
				+ "<b>Sent: </b>Monday, 1 May 2023<br><p>old text</p></div></div>";
		assertThat(this.trimmer.trimHtml(html).reply()).isEqualTo("Sure\nsee you");
	}

	@Test
	void shouldCutAtTheRuleWhenTheAuthorWroteMoreInTheRuledBlock() {
		String html = "<div>Intro<div>This is my own longer answer, which has to stay.<hr><b>From: </b>x@example.org"
				+ "<br><b>Sent: </b>Monday, 1 May 2023<br><p>old text</p></div></div>";
		String reply = this.trimmer.trimHtml(html).reply();
		assertThat(reply).contains("which has to stay.").doesNotContain("old text");
	}

	@Test
	void shouldPutTheSignatureInTheRemainderWhenItIsTrimmed() {
		TrimmedReply plain = this.trimmer.trim("Hello\n\n--\nAnn Example\n\nOn Mon, 1 May 2023, Bo wrote:\n> old");
		assertThat(plain.replyWithoutSignature()).isEqualTo("Hello");
		assertThat(plain.remainder()).contains("Ann Example").contains("> old");
		TrimmedReply html = this.trimmer.trimHtml("<div>Yes</div><div class=gmail_signature><i>Ann</i> Example</div>");
		assertThat(html.remainder()).isEqualTo("*Ann* Example");
	}

	@Test
	void shouldKeepAWrappedQuoteHeaderAsWrittenWhenItGoesToTheRemainder() {
		String text = "Thanks\n\nOn Thu, 31 Mar 2016 at 11:16 Ann\n\n<\nmailto:Ann <ann@example.org>\n> wrote:\n\nOld";
		assertThat(this.trimmer.trim(text).remainder())
			.isEqualTo("On Thu, 31 Mar 2016 at 11:16 Ann < mailto:Ann <ann@example.org> > wrote:\n\nOld");
	}

	@Test
	void shouldKeepHeaderBlockLinesApartWhenADateLineEndsLikeAQuoteHeader() {
		String text = "See below.\n\n-----Original Message-----\nFrom: Ann <ann@example.org>\n"
				+ "Date: Wednesday, 5 April 2017 at 17:01\nTo: Bo <bo@example.org>\nSubject: Hi\n\nOld";
		TrimmedReply trimmed = this.trimmer.trim(text);
		assertThat(trimmed.replyWithoutSignature()).isEqualTo("See below.");
		assertThat(trimmed.remainder()).contains("\nDate: Wednesday, 5 April 2017 at 17:01\nTo: Bo <bo@example.org>\n");
	}

	@Test
	void shouldDropAListFooterWhenItFollowsTheQuote() {
		String text = "Sounds good.\n\nOn Mon, 1 May 2023 at 10:00, Ann <ann@example.org> wrote:\n> Shall we meet?\n\n"
				+ "_______________________________________________\nExperts mailing list\nexperts@lists.example.org";
		TrimmedReply trimmed = this.trimmer.trim(text);
		assertThat(trimmed.reply()).isEqualTo("Sounds good.");
		assertThat(trimmed.replyWithoutSignature()).isEqualTo("Sounds good.");
		String bottom = "> Shall we meet?\n\nYes.\n--\nAnn";
		assertThat(this.trimmer.trim(bottom).reply()).isEqualTo(bottom);
	}

	@Test
	void shouldKeepExchangeReplySectionWhenItIsAllTheMailHolds() {
		String only = "<div><div name=\"messageReplySection\"><p>This is <b>mine</b>.</p></div></div>";
		assertThat(this.trimmer.trimHtml(only).replyWithoutSignature()).isEqualTo("This is **mine**.");
		String both = "<div><p>My answer.</p><div name=\"messageReplySection\"><p>Old mail.</p></div></div>";
		assertThat(this.trimmer.trimHtml(both).replyWithoutSignature()).isEqualTo("My answer.");
	}

	@Test
	void shouldFindTheClassSequencesWhereTheirRegularExpressionsWould() {
		Random random = new Random(7);
		for (int n = 0; n < 20_000; n++) {
			String alphabet = (n % 2 == 0) ? "edsbhqtm" : "hteqb";
			StringBuilder classes = new StringBuilder();
			for (int i = random.nextInt(16); i > 0; i--) {
				classes.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			String c = classes.toString();
			Matcher footer = Pattern.compile("qe*d").matcher(c);
			assertThat(ReplyTrimmer.Classes.delimiterUnderQuote(c)).as(c)
				.isEqualTo(footer.find() ? footer.end() - 1 : -1);
			assertThat(ReplyTrimmer.Classes.headerAfterTextWithoutQuoteAfter(c)).as(c)
				.isEqualTo(start("te*b[^q]*$", c));
			assertThat(ReplyTrimmer.Classes.headerAfterTextWithHistoryToTheEnd(c)).as(c)
				.isEqualTo(start("te*b[eqbh]*$", c));
			Matcher bottom = Pattern.compile("^e*b[eb]*q[eq]*(t[te]*)$").matcher(c);
			assertThat(ReplyTrimmer.Classes.bottomPostedText(c)).as(c).isEqualTo(bottom.find() ? bottom.start(1) : -1);
			Matcher spanning = Pattern.compile("h+[hte]+h+e").matcher(c);
			assertThat(ReplyTrimmer.Classes.spanningHeaderBlock(c)).as(c)
				.isEqualTo(spanning.find() ? new int[] { spanning.start(), spanning.end() } : null);
			assertThat(ReplyTrimmer.Classes.headerBlockAfterText(c)).as(c).isEqualTo(start("t[eq]*h{3,}", c));
			int trailing = start("[eq]+$", c);
			assertThat(ReplyTrimmer.Classes.trailingQuotes(c)).as(c).isEqualTo((trailing < 0) ? c.length() : trailing);
		}
	}

	private static int start(String regex, String text) {
		Matcher matcher = Pattern.compile(regex).matcher(text);
		return matcher.find() ? matcher.start() : -1;
	}

	@Test
	void shouldOnlySkipAQuoteHeaderPatternThatCannotMatch() {
		String[] pieces = { "On", "Le", "Am", "W dniu", "Il giorno", "Den", "søn.", " ", "  ", "\t", "\u00A0", "\u3000",
				">", "> ", "-", "--", "---", "*", "<", ">:", ":", "：", ".", ",", "@", "ann@example.org", "a.b",
				"<a@b.org>", "mailto:", "1", "12", "2016", "20", "10:07", "/", "01/02/2020",
				"2020-01-01 10:00 GMT+02:00", "Ann", "Mon, 4 Jan", "wrote", "WROTE", "Wrote", "writes", "said", "says",
				"a écrit", "A ÉCRIT", "nous a dit", "schrieb", "geschrieben", "schreef", "het volgende geschreven",
				"escribió", "ha scritto", "napisał(a)", "napisała", "napsal", "skrev", "yazdı", "YAZDI", "yazdi",
				"написал(а)", "написала", "пользователь", "כתב/ה", "כתבה", "写道", "のメッセージ", " via ", "In message",
				"Posted by", " on ", "Begin forwarded message", "Forwarded", "Original Message", "Message d'origine",
				"Ursprüngliche Nachricht", "Исходное сообщение", "ſaid", "\u212Airjoitti", "İn message", "\u0085",
				"\u2028", "\n", "x" };
		Random random = new Random(11);
		int matched = 0;
		for (int n = 0; n < 30_000; n++) {
			StringBuilder text = new StringBuilder();
			// most like a header: an opening, anything, a "wrote" and an ending
			if (random.nextBoolean()) {
				text.append(pieces[random.nextInt(10)]).append(' ');
			}
			for (int i = 1 + random.nextInt(6); i > 0; i--) {
				text.append(pieces[random.nextInt(pieces.length)]);
			}
			if (random.nextInt(3) > 0) {
				text.append(' ').append(pieces[36 + random.nextInt(35)]);
				text.append(pieces[7 + random.nextInt(20)]);
			}
			String line = text.toString();
			int words = ReplyTrimmer.headerWords(line);
			for (QuoteHeaderRule rule : ReplyTrimmer.RULES.rules()) {
				if (rule.pattern().matcher(line).find()) {
					matched++;
					assertThat(rule.mayMatch(words)).as("rule %s on %s", rule.id(), line).isTrue();
				}
			}
		}
		assertThat(matched).isGreaterThan(1_000);
	}

	@Test
	void shouldCutTheBatQuoteWithInitialsUnderYouWrote() {
		String text = "Здравствуйте, ECS.\n\nСогласен с текстом.\n\nВы писали 18 ноября 2026 г., 18:45:\n\n"
				+ "E> Ann commented\nE> on the draft\n\n-- \nС уважением,\n Иван";
		assertThat(this.trimmer.trim(text).replyWithoutSignature())
			.isEqualTo("Здравствуйте, ECS.\n\nСогласен с текстом.");
	}

	@Test
	void shouldCutLotusNotesHeaderAndItsHeaderBlock() {
		String lotus = "I support it.\n\n-----ECS <reply+abc@ecs.example.org> wrote: -----\nTo: ivan@example.org\n"
				+ "From: ECS <reply+abc@ecs.example.org>\nDate: 11/18/2026 06:45PM\nSubject: [ECS] Draft\n\nAnn commented";
		assertThat(this.trimmer.trim(lotus).replyWithoutSignature()).isEqualTo("I support it.");
		String classic = "I support it.\n\n\n\nECS <reply+abc@ecs.example.org>\n11/18/2026 06:45 PM\n\nTo\n"
				+ "ivan@example.org\ncc\n\nSubject\n[ECS] Draft\n\nAnn commented";
		assertThat(this.trimmer.trim(classic).replyWithoutSignature()).isEqualTo("I support it.");
	}

	@Test
	void shouldCutGmailChineseYahooAndroidAndThunderbirdRussianHeaders() {
		assertThat(this.trimmer.trim("我同意。\n\nECS <reply+abc@ecs.example.org> 于2026年11月18日周三 18:45写道：\n\n> 原文")
			.replyWithoutSignature()).isEqualTo("我同意。");
		assertThat(this.trimmer
			.trim("Ok fine\n\nOn Wed, Nov 18, 2026 at 18:45, ECS<reply+abc@ecs.example.org> wrote:\n> old")
			.replyWithoutSignature()).isEqualTo("Ok fine");
		assertThat(this.trimmer.trim("Согласен.\n\n18.11.2026 18:45, ECS пишет:\n> old").replyWithoutSignature())
			.isEqualTo("Согласен.");
	}

	@Test
	void shouldKeepAParagraphThatOnlyLooksLikeAMobileFooter() {
		TrimmedReply trimmed = this.trimmer
			.trim("My point.\n\nSent by email reply (test).\n\n> On Mon, Ann wrote:\n> old");
		assertThat(trimmed.replyWithoutSignature()).isEqualTo("My point.\n\nSent by email reply (test).");
		assertThat(this.trimmer.trim("My point.\n\nSent from my iPhone").replyWithoutSignature())
			.isEqualTo("My point.");
	}

	@Test
	void shouldSayWhatItRemovedAndWhyAndNameWhatItKeptUnsure() {
		String sent = "##- Please type your reply above this line -##\nAnn commented on the draft in the discussion Water:\n\n"
				+ "The stations do not cover the basin yet.";
		String text = "I agree.\n\nSent by email reply (test).\n\n-- \nAlice\nMinistry\n\nSent from my iPhone\n\n"
				+ "On Mon, 2 Mar 2026 at 10:00, ECS <reply+abc@ecs.example.org> wrote:\n> Ann commented on the draft in the "
				+ "discussion Water:\n>\n> The stations do not cover the basin yet.\n";
		TrimmedReply trimmed = this.trimmer.trim(text, List.of(sent));
		assertThat(trimmed.replyWithoutSignature()).isEqualTo("I agree.\n\nSent by email reply (test).");
		assertThat(trimmed.doubts()).containsExactly("Sent by email reply (test).");
		assertThat(trimmed.removed()).extracting(TrimmedReply.Removed::why)
			.containsExactly(TrimmedReply.Why.SIGNATURE, TrimmedReply.Why.NOTIFICATION);
		assertThat(trimmed.removed().get(0).text()).contains("Alice", "Sent from my iPhone");
		assertThat(trimmed.removed().get(1).text()).contains("ECS <reply+abc", "The stations do not cover");
	}

	@Test
	void shouldKeepTheQuotedAttributionOfAnInlineReplyThatComesBeforeTheAuthorsText() {
		String sent = ReplyTrimmer.REPLY_ABOVE_MARKER + "\nAnn Smith commented in the discussion Water quality:\n\n"
				+ "Should article 4 say target values?\n\nAnd by when should the stations cover the basin?";
		String text = "On Wed, 18 Nov 2026 at 18:45, ECS <reply+abc@ecs.example.org> wrote:\n"
				+ "> Should article 4 say target values?\n\nYes, target values.\n\n"
				+ "> And by when should the stations cover the basin?\n\nBy June.";
		// answering ECS's notification line by line: the attribution stays with the quote
		assertThat(this.trimmer.trim(text, List.of(sent)).replyWithoutSignature()).isEqualTo(text);
	}

	@Test
	void shouldRemoveAQuotedCopyOfOurNotificationWhateverTheMarkersWrappingOrHtml() {
		String sent = ReplyTrimmer.REPLY_ABOVE_MARKER + "\nAnn Smith commented in the discussion Water quality:\n\n"
				+ "The measuring stations do not yet cover the whole basin, so I suggest target values instead of "
				+ "limit values in article 4.\n\nComments are accepted until 15 Dec 2026.";
		String wrapped = "Ann Smith commented in the discussion Water\nquality:\n\nThe measuring stations do not yet\n"
				+ "cover the whole basin, so I suggest target\nvalues instead of limit values in article\n4.\n\n"
				+ "Comments are accepted until 15 Dec 2026.";
		for (String marker : new String[] { "> ", "| ", "E> ", ">> ", "" }) {
			String quoted = wrapped.lines().map((line) -> marker + line).reduce((a, b) -> a + "\n" + b).orElseThrow();
			TrimmedReply below = this.trimmer.trim("18.11.2026 18:45, ECS пишет:\n" + quoted + "\n\nСогласен.",
					List.of(sent));
			assertThat(below.replyWithoutSignature()).as("marker [%s]", marker).isEqualTo("Согласен.");
			assertThat(this.trimmer.trim(quoted, List.of(sent)).isEmpty()).as("marker [%s] alone", marker).isTrue();
		}
		String html = "<div>Je suis d'accord.</div><blockquote><p>Ann Smith commented in the discussion "
				+ "<b>Water quality</b>:</p><p>The measuring stations do not yet cover the whole basin, so I suggest "
				+ "target values instead of limit values in article&nbsp;4.</p><p>Comments are accepted until 15 Dec "
				+ "2026.</p></blockquote>";
		assertThat(this.trimmer.trimHtml(html, List.of(sent)).replyWithoutSignature()).isEqualTo("Je suis d'accord.");
	}

	@Test
	void shouldTakeTimeInProportionToTheMailWhateverItsShape() {
		assertLinear((n) -> "line " + n + " of the text Ann said was fine, 12:00\n");
		assertLinear((n) -> "> quoted " + n + " as she said\n");
		assertLinear((n) -> "To: ann" + n + "\n");
		assertLinear((n) -> "On Mon, 1 Jan 2020, Ann" + n + " <a@b.org> wrote:\n");
		// one long line
		assertLinear((n) -> "word " + n + " said ann@x.org: ");
	}

	/**
	 * Four times the lines take well under the 16 times a quadratic trimmer would need
	 * (best of a few runs, so that a busy machine does not fail it; measured again up to
	 * three times, since a quadratic trimmer fails every time and noise does not).
	 */
	private void assertLinear(IntFunction<String> piece) {
		String small = repeat(piece, 1_000);
		String large = repeat(piece, 4_000);
		this.trimmer.trim(small);
		this.trimmer.trim(large);
		long smallNanos = 0;
		long largeNanos = Long.MAX_VALUE;
		for (int attempt = 0; attempt < 3 && largeNanos >= 10 * Math.max(smallNanos, 1_000_000); attempt++) {
			smallNanos = best(small);
			largeNanos = best(large);
		}
		assertThat(largeNanos)
			.as("%s: %d ns for %d chars, %d ns for %d chars", piece.apply(0), smallNanos, small.length(), largeNanos,
					large.length())
			.isLessThan(10 * Math.max(smallNanos, 1_000_000));
	}

	/**
	 * The best of a few runs in CPU time of this thread, so that time spent waiting for a
	 * core on a busy machine does not count.
	 */
	private long best(String text) {
		java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
		long best = Long.MAX_VALUE;
		for (int run = 0; run < 5; run++) {
			long start = threads.getCurrentThreadCpuTime();
			this.trimmer.trim(text);
			best = Math.min(best, threads.getCurrentThreadCpuTime() - start);
		}
		return best;
	}

	private static String repeat(IntFunction<String> piece, int times) {
		StringBuilder text = new StringBuilder("Hello,\n\n");
		for (int i = 0; i < times; i++) {
			// the same lines again, so that both sizes hold the same kinds of line
			text.append(piece.apply(i % 500));
		}
		return text.toString();
	}

}
