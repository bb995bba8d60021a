package org.ecs.gateways.mail;

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

}
