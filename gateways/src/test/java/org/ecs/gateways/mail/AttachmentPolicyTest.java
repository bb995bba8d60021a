package org.ecs.gateways.mail;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.apache.tika.config.TikaConfig;
import org.ecs.ocr.text.DocumentText;
import org.junit.jupiter.api.Test;

import org.ecs.gateways.mail.InboundMail.MailAttachment;

import static org.assertj.core.api.Assertions.assertThat;

class AttachmentPolicyTest {

	private static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	private static final TikaConfig TIKA = DocumentText.configuration();

	private final AttachmentPolicy policy = new AttachmentPolicy(TIKA, Set.of("application/pdf", "image/*"), 1000,
			1500);

	@Test
	void shouldRefuseWhenBytesBetrayTheDeclaredType() {
		byte[] executable = { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xff, (byte) 0xff };
		AttachmentPolicy.Decision decision = this.policy
			.check(List.of(new MailAttachment("paper.pdf", "application/pdf", executable, false, null)));
		assertThat(decision.accepted()).isEmpty();
		assertThat(decision.refused()).singleElement()
			.extracting(AttachmentPolicy.Refused::reason)
			.isEqualTo(AttachmentPolicy.Reason.TYPE_NOT_ALLOWED);
	}

	@Test
	void shouldAcceptUntilTheMailBudgetIsSpent() {
		byte[] big = new byte[900];
		System.arraycopy(PDF, 0, big, 0, PDF.length);
		AttachmentPolicy.Decision decision = this.policy
			.check(List.of(new MailAttachment("a.pdf", "application/octet-stream", big, false, null),
					new MailAttachment("b.pdf", "application/pdf", big, false, null),
					new MailAttachment("c.pdf", "application/pdf", new byte[2000], false, null)));
		assertThat(decision.accepted()).singleElement()
			.satisfies((a) -> assertThat(a.detectedType()).isEqualTo("application/pdf"));
		assertThat(decision.refused()).extracting(AttachmentPolicy.Refused::reason)
			.containsExactly(AttachmentPolicy.Reason.MAIL_TOO_LARGE, AttachmentPolicy.Reason.FILE_TOO_LARGE);
	}

	@Test
	void shouldAcceptATextFileThatOpensWithArticleAsPlainText() {
		AttachmentPolicy texts = new AttachmentPolicy(TIKA, Set.of("text/plain"), 10_000, 10_000);
		byte[] text = "Article IV of the Treaty\nParagraph 2 deserves a note.\n"
			.getBytes(java.nio.charset.StandardCharsets.UTF_8);

		var decision = texts.check(List.of(new MailAttachment("notes.txt", "text/plain", text, false, null)));

		assertThat(decision.refused()).isEmpty();
		assertThat(decision.accepted()).singleElement()
			.satisfies(a -> assertThat(a.detectedType()).isEqualTo("text/plain"));
	}

	@Test
	void shouldRefuseAZipBombDocxWithoutReadingIt() throws Exception {
		AttachmentPolicy documents = new AttachmentPolicy(TIKA,
				Set.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document"), 10_000_000,
				20_000_000, new ArchiveExpansion(8L * 1024 * 1024, 100, 100));
		byte[] bomb = ArchiveExpansionTest.docxBomb(64L * 1024 * 1024);

		var decision = documents.check(List.of(new MailAttachment("report.docx",
				"application/vnd.openxmlformats-officedocument.wordprocessingml.document", bomb, false, null)));

		assertThat(decision.accepted()).isEmpty();
		assertThat(decision.refused()).singleElement()
			.extracting(AttachmentPolicy.Refused::reason)
			.isEqualTo(AttachmentPolicy.Reason.ARCHIVE_EXPANDS_TOO_MUCH);
	}

}
