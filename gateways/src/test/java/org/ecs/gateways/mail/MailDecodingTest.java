package org.ecs.gateways.mail;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What ECS decodes itself, beside mime4j: encoded-words, charsets, odd encodings. */
class MailDecodingTest {

	@Test
	void shouldJoinAMultiByteCharacterSplitAcrossTwoEncodedWords() {
		byte[] word = "Réunion".getBytes(StandardCharsets.UTF_8);
		String first = Base64.getEncoder().encodeToString(java.util.Arrays.copyOf(word, 2));
		String second = Base64.getEncoder().encodeToString(java.util.Arrays.copyOfRange(word, 2, word.length));

		assertThat(EncodedWords.decode("=?UTF-8?B?" + first + "?= =?UTF-8?B?" + second + "?=")).isEqualTo("Réunion");
	}

	@Test
	void shouldDecodeEncodedWordsGluedToTextAndRaw8BitHeaders() {
		assertThat(EncodedWords.decode("Re:=?ISO-8859-1?Q?_Gen=E8ve?= meeting")).isEqualTo("Re: Genève meeting");
		String raw = new String("Säying".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
		assertThat(EncodedWords.decode(raw)).isEqualTo("Säying");
	}

	@Test
	void shouldPreferUtf8OverAWrongLabelAndSayItDid() {
		MailCharsets.Decoded decoded = MailCharsets.decodeReporting("Привет".getBytes(StandardCharsets.UTF_8),
				"iso-8859-1");

		assertThat(decoded.text()).isEqualTo("Привет");
		assertThat(decoded.problem()).contains("content is UTF-8");
	}

	@Test
	void shouldDetectTheCharsetBehindAnUnknownLabel() {
		String text = "Мы поддерживаем проект доклада, но просим уточнить пункт о сроках.";
		MailCharsets.Decoded decoded = MailCharsets.decodeReporting(text.getBytes(Charset.forName("windows-1251")),
				"x-unknown-cyrillic");

		assertThat(decoded.text()).isEqualTo(text);
		assertThat(decoded.problem()).contains("unknown charset").contains("detected");
	}

	@Test
	void shouldDecodeUrlSafeBase64QuotedPrintableAndUuencode() {
		List<String> problems = new ArrayList<>();
		byte[] bytes = { (byte) 0xfb, (byte) 0xff, 0x01 };
		String urlSafe = Base64.getUrlEncoder().encodeToString(bytes);

		assertThat(TransferEncodings.decode(urlSafe.getBytes(StandardCharsets.US_ASCII), "base64", problems))
			.containsExactly(bytes);
		assertThat(new String(TransferEncodings.decode("caf=C3=A9 au =\r\nlait".getBytes(StandardCharsets.US_ASCII),
				"Quoted-Printable", problems), StandardCharsets.UTF_8))
			.isEqualTo("café au lait");
		byte[] uu = "begin 644 a.txt\n#:&D*\n`\nend\n".getBytes(StandardCharsets.US_ASCII);
		assertThat(new String(TransferEncodings.decode(uu, "x-uuencode", problems), StandardCharsets.US_ASCII))
			.isEqualTo("hi\n");
		assertThat(TransferEncodings.decode("as is".getBytes(StandardCharsets.US_ASCII), "x-strange", problems))
			.asString()
			.isEqualTo("as is");
		assertThat(problems).singleElement().asString().contains("x-strange");
	}

}
