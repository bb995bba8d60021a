package org.ecs.gateways.mail;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MimeTreeTest {

	private static MimeTree.Node parse(String raw) throws Exception {
		return MimeTree.parse(raw.getBytes(StandardCharsets.ISO_8859_1));
	}

	@Test
	void shouldSplitAMultipartWithAnUnquotedBoundaryAndNoEndBoundary() throws Exception {
		MimeTree.Node root = parse("From: a@b.org\r\nContent-Type: multipart/mixed; boundary=----=_Part_1\r\n\r\n"
				+ "------=_Part_1\r\nContent-Type: text/plain\r\n\r\nhello\r\n------=_Part_1\r\n"
				+ "Content-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n\r\nJVBERi0=\r\n");

		assertThat(root.multipart).isTrue();
		assertThat(root.children).hasSize(2);
		assertThat(new String(root.children.get(0).body, StandardCharsets.US_ASCII)).startsWith("hello");
		assertThat(root.children.get(1).first("content-transfer-encoding")).isEqualTo("base64");
	}

	@Test
	void shouldKeepAnEmbeddedMessageWholeAndRawHeaderBytes() throws Exception {
		MimeTree.Node root = parse("Subject: R\u00c3\u00a9union\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n"
				+ "--b\r\nContent-Type: message/rfc822\r\n\r\nFrom: x@y.org\r\nSubject: inner\r\n\r\nbody\r\n--b--\r\n");

		assertThat(root.first("subject")).isEqualTo("R\u00c3\u00a9union");
		assertThat(root.children).singleElement()
			.satisfies((part) -> assertThat(new String(part.body, StandardCharsets.US_ASCII))
				.startsWith("From: x@y.org\r\nSubject: inner\r\n\r\nbody"));
	}

	@Test
	void shouldLeaveAMultipartWithoutBoundaryUnsplit() throws Exception {
		MimeTree.Node root = parse("From: a@b.org\r\nContent-Type: multipart/mixed\r\n\r\njust text\r\n");

		assertThat(root.multipart).isFalse();
		assertThat(new String(root.body, StandardCharsets.US_ASCII)).startsWith("just text");
	}

}
