package org.ecs.routes.mail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.ecs.core.blob.BlobStore;
import org.ecs.gateways.mail.AttachmentPolicy;
import org.ecs.gateways.mail.InboundMail.MailAttachment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class AttachmentIntakeTest {

	@TempDir
	Path blobs;

	AttachmentIntake intake;

	@AfterEach
	void close() {
		if (this.intake != null) {
			this.intake.destroy();
		}
	}

	@Test
	void shouldKeepAllowedFilesWithTheirTextAndNameRefusedOnes() {
		this.intake = new AttachmentIntake(MailFixtures.policy(), new BlobStore(this.blobs), MailFixtures.TIKA);
		IntakeMail m = MailFixtures.intake(
				MailFixtures.mailWith(List.of(
						new MailAttachment("notes.txt", "text/plain",
								"Our reading of article 4: every State reports yearly."
									.getBytes(StandardCharsets.UTF_8),
								false, null),
						new MailAttachment("tool.exe", "application/pdf", MailFixtures.executable(), false, null),
						new MailAttachment("logo.png", "image/png", new byte[] { 1, 2, 3 }, true, "logo@x"))));

		IntakeMail result = this.intake.accept(m);

		assertThat(result.attachments()).singleElement().satisfies((a) -> {
			assertThat(a.name()).isEqualTo("notes.txt");
			assertThat(a.mediaType()).isEqualTo("text/plain");
			assertThat(new BlobStore(this.blobs).get(a.blobKey())).isPresent();
		});
		assertThat(result.attachmentTexts()).containsValue("Our reading of article 4: every State reports yearly.");
		assertThat(result.refusedAttachments()).containsExactly("tool.exe (type not allowed)");
	}

	@Test
	void shouldLeaveARefusedMailAlone() {
		this.intake = new AttachmentIntake(MailFixtures.policy(), new BlobStore(this.blobs), MailFixtures.TIKA);
		IntakeMail m = MailFixtures
			.intake(MailFixtures.mailWith(List.of(new MailAttachment("tool.exe", "application/octet-stream",
					MailFixtures.executable(), false, null))))
			.refused(new IntakeMail.Refusal(org.ecs.gateways.mail.RejectionMailComposer.Reason.UNKNOWN_SENDER, "x"));

		assertThat(this.intake.accept(m)).isSameAs(m);
	}

}
