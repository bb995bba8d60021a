package org.ecs.routes.mail;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import jakarta.mail.internet.InternetHeaders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class MailKeysTest {

	@Test
	void shouldKeyAMailOnTheIdInsideItsMessageIdHeader() {
		assertThat(
				MailKeys.of(mail("From: a@example.org\r\nMessage-ID: <reply-1@example.org>\r\nSubject: Re\r\n\r\nHi")))
			.isEqualTo("reply-1@example.org");
	}

	@Test
	void shouldReadTheHeaderWhateverItsCaseFoldingAndLineEndings() {
		assertThat(MailKeys.of(mail("Subject: Re\nmessage-id:\n\t<folded@example.org>\nTo: b@example.org\n\nHi")))
			.isEqualTo("folded@example.org");
		assertThat(MailKeys.of(mail("MESSAGE-ID:   bare-id@example.org  \r\n\r\n"))).isEqualTo("bare-id@example.org");
	}

	@Test
	void shouldTakeTheFirstMessageIdAndNotAFieldThatOnlyStartsAlike() {
		assertThat(MailKeys.of(mail("Message-IDs: <no@example.org>\r\nMessage-ID: <first@example.org>\r\n"
				+ "Message-ID: <second@example.org>\r\n\r\n")))
			.isEqualTo("first@example.org");
	}

	@ParameterizedTest
	@ValueSource(strings = { "From: a@example.org\r\nSubject: none\r\n\r\nMessage-ID: <in-the-body@example.org>\r\n",
			"no headers at all", "Message-ID:   \r\n\r\nblank id", "" })
	void shouldKeyAMailWithoutMessageIdOnItsDigest(String raw) {
		assertThat(MailKeys.of(mail(raw))).isEqualTo("sha256:" + MailKeys.sha256(mail(raw)));
	}

	@ParameterizedTest
	@ValueSource(strings = { "Message-ID: <a@b>\r\n\r\n", "X: 1\r\nMessage-Id:\r\n <c@d>\r\n e\r\n\r\n",
			"Subject: x\n\nMessage-ID: <body@x>\n" })
	void shouldReadTheSameIdAsJakartaMailsHeaderParser(String raw) throws Exception {
		String jakarta = new InternetHeaders(new ByteArrayInputStream(mail(raw))).getHeader("Message-ID", null);

		assertThat(MailKeys.messageId(MailKeys.messageIdHeader(mail(raw)))).isEqualTo(MailKeys.messageId(jakarta));
	}

	private static byte[] mail(String raw) {
		return raw.getBytes(StandardCharsets.ISO_8859_1);
	}

}
