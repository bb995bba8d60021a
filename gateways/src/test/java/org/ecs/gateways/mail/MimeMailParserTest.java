package org.ecs.gateways.mail;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class MimeMailParserTest {

	private final MimeMailParser parser = new MimeMailParser();

	private InboundMail parse(String raw) {
		return this.parser.parse(raw.getBytes(StandardCharsets.ISO_8859_1));
	}

	@Test
	void shouldUseDigestAsDedupeKeyWhenMessageIdIsMissing() {
		InboundMail mail = parse("From: a@b.org\r\nSubject: x\r\n\r\nbody\r\n");
		assertThat(mail.messageId()).isNull();
		assertThat(mail.dedupeKey()).matches("sha256:[0-9a-f]{64}");
		assertThat(mail.text()).isEqualTo("body\n");
	}

	@Test
	void shouldReadHeadersAddressesAndThreadingWhenPresent() {
		InboundMail mail = parse("Message-ID: <1@x>\r\nFrom: =?UTF-8?B?0KHQu9GD0YfQsNC5?= <s@x.org>\r\n"
				+ "To: reply+abc@ecs.org, b@c.org\r\nDelivered-To: reply+abc@ecs.org\r\nIn-Reply-To: <n-1@ecs.org>\r\n"
				+ "References: <d-1@ecs.org> <n-1@ecs.org>\r\nSubject: Re: test\r\nDate: Mon, 2 Apr 2012 18:26:00 +0200\r\n\r\nhi\r\n");
		assertThat(mail.dedupeKey()).isEqualTo("1@x");
		assertThat(mail.from().displayName()).isEqualTo("Случай");
		assertThat(mail.to()).containsExactly("reply+abc@ecs.org", "b@c.org");
		assertThat(mail.deliveredTo()).containsExactly("reply+abc@ecs.org");
		assertThat(mail.inReplyTo()).isEqualTo("n-1@ecs.org");
		assertThat(mail.references()).containsExactly("d-1@ecs.org", "n-1@ecs.org");
		assertThat(mail.date()).isNotNull();
	}

	@Test
	void shouldRemoveNulBytesFromTextAndSubjectAndSayItDid() {
		InboundMail mail = parse("From: a@b.org\r\nSubject: Re: dr\u0000aft\r\nContent-Type: text/plain\r\n\r\n"
				+ "We agree\u0000 with\u0007 para 3.\tYes.\r\n");
		assertThat(mail.text()).isEqualTo("We agree with para 3.\tYes.\n");
		assertThat(mail.subject()).isEqualTo("Re: draft");
		assertThat(mail.problems()).anyMatch((p) -> p.contains("NUL") && p.contains("text"));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"windows-1251|Мы поддерживаем проект доклада, но просим уточнить пункт четвёртый о сроках представления.",
			"KOI8-R|Мы поддерживаем проект доклада, но просим уточнить пункт четвёртый о сроках представления.",
			"GB18030|我们支持报告草案，但请澄清关于提交期限的第四段。我们认为应当给各国更多的时间。", "Big5|我們支持報告草案，但請澄清關於提交期限的第四段。我們認為應當給各國更多的時間。",
			"windows-1256|نحن نؤيد مشروع التقرير، ولكننا نطلب توضيح الفقرة الرابعة بشأن المواعيد النهائية للتقديم." })
	void shouldDetectTheCharsetOfUndeclaredText(String charset, String text) {
		byte[] head = "From: a@b.org\r\nSubject: Re: draft\r\nContent-Type: text/plain\r\n\r\n"
			.getBytes(StandardCharsets.US_ASCII);
		byte[] body = (text + "\r\n").getBytes(java.nio.charset.Charset.forName(charset));
		byte[] raw = new byte[head.length + body.length];
		System.arraycopy(head, 0, raw, 0, head.length);
		System.arraycopy(body, 0, raw, head.length, body.length);

		assertThat(this.parser.parse(raw).text().strip()).isEqualTo(text);
	}

	@Test
	void shouldReadUndeclaredWesternTextAsWindows1252() {
		InboundMail mail = parse(
				"From: a@b.org\r\nContent-Type: text/plain\r\n\r\nR\u00e9union \u00e0 Gen\u00e8ve \u0080\r\n");
		assertThat(mail.text().strip()).isEqualTo("R\u00e9union \u00e0 Gen\u00e8ve \u20ac");
	}

	@Test
	void shouldDecodeUtf7WhenTheJdkLacksIt() {
		InboundMail mail = parse(
				"From: a@b.org\r\nContent-Type: text/plain; charset=unicode-1-1-utf-7\r\n\r\nHi +AKM-1 +-\r\n");
		assertThat(mail.text().strip()).isEqualTo("Hi £1 +");
	}

	@Test
	void shouldConvertHtmlWithoutScriptsWhenMailIsHtmlOnly() {
		InboundMail mail = parse(
				"From: a@b.org\r\nContent-Type: text/html\r\n\r\n<p>Hello <b>you</b></p><script>alert(1)</script>");
		assertThat(mail.textFromHtml()).isTrue();
		assertThat(mail.text()).isEqualTo("Hello **you**");
	}

	@Test
	void shouldKeepAttachmentsAndPreferPlainTextWhenMultipart() {
		InboundMail mail = parse("From: a@b.org\r\nContent-Type: multipart/mixed; boundary=X\r\n\r\n--X\r\n"
				+ "Content-Type: multipart/alternative; boundary=Y\r\n\r\n--Y\r\nContent-Type: text/plain\r\n\r\nplain\r\n"
				+ "--Y\r\nContent-Type: text/html\r\n\r\n<p>html</p>\r\n--Y--\r\n--X\r\nContent-Type: application/pdf; name=a.pdf\r\n"
				+ "Content-Transfer-Encoding: base64\r\nContent-Disposition: attachment\r\n\r\nJVBERi0=\r\n--X--\r\n");
		assertThat(mail.text().strip()).isEqualTo("plain");
		assertThat(mail.html()).contains("html");
		assertThat(mail.attachments()).singleElement().satisfies((a) -> {
			assertThat(a.fileName()).isEqualTo("a.pdf");
			assertThat(new String(a.content(), StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		});
	}

	@Test
	void shouldNotThrowWhenInputIsGarbage() {
		InboundMail mail = this.parser.parse(new byte[] { 0, 1, 2, (byte) 0xff, '\n', '\n', 'x' });
		assertThat(mail.dedupeKey()).startsWith("sha256:");
	}

	@Test
	void shouldPreferUtf8WhenCharsetIsMislabelled() {
		byte[] raw = ("From: a@b.org\r\nContent-Type: text/plain; charset=Big5\r\n\r\n您好")
			.getBytes(StandardCharsets.UTF_8);
		assertThat(this.parser.parse(raw).text()).isEqualTo("您好");
	}

	@Test
	void shouldReadTheMultipartWhenTheBoundaryHasAnUnquotedEqualsSign() {
		InboundMail mail = parse("From: a@b.org\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed;\r\n"
				+ "  boundary=----=_Part_1_2.3\r\n\r\n------=_Part_1_2.3\r\nContent-Type: text/plain\r\n\r\n"
				+ "Hello\r\n------=_Part_1_2.3\r\nContent-Type: image/png; name=dot.png\r\n"
				+ "Content-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n------=_Part_1_2.3--\r\n");
		assertThat(mail.text()).isEqualTo("Hello");
		assertThat(mail.attachments()).extracting(InboundMail.MailAttachment::fileName).containsExactly("dot.png");
		assertThat(mail.attachments().get(0).size()).isEqualTo(8);
		assertThat(mail.problems()).isEmpty();
	}

}
