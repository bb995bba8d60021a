package org.ecs.core.comment;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;

import org.apache.tika.config.TikaConfig;
import org.ecs.core.blob.BlobStore;
import org.ecs.core.contribution.Attachment;
import org.ecs.core.contribution.ContributionRefusedException;
import org.ecs.core.document.DocumentFormats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommentAttachmentsTest {

	@TempDir
	Path blobDir;

	CommentAttachments attachments() {
		return new CommentAttachments(null, new BlobStore(this.blobDir),
				new DocumentFormats(TikaConfig.getDefaultConfig()), 1024);
	}

	@Test
	void shouldKeepAFileByTheTypeItsBytesAreWithASafeName() {
		byte[] text = "Comments on paragraph 3.".getBytes(StandardCharsets.UTF_8);
		List<Attachment> kept = attachments()
			.accept(List.of(new CommentAttachments.Incoming("../../etc/notes\".txt", text)));

		assertThat(kept).hasSize(1);
		assertThat(kept.get(0).mediaType()).isEqualTo("text/plain");
		assertThat(kept.get(0).name()).isEqualTo("notes_.txt");
		assertThat(kept.get(0).size()).isEqualTo(text.length);
		assertThat(new BlobStore(this.blobDir).getVerified(kept.get(0).blobKey())).contains(text);
	}

	@Test
	void shouldRefuseAProgramWhateverItsNameSaysAndNameEveryFileRefused() {
		byte[] exe = new byte[] { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xff, (byte) 0xff, 0, 0 };
		byte[] large = "x".repeat(2048).getBytes(StandardCharsets.UTF_8);
		assertThatThrownBy(() -> attachments().accept(List.of(new CommentAttachments.Incoming("report.pdf", exe),
				new CommentAttachments.Incoming("big.txt", large))))
			.isInstanceOfSatisfying(ContributionRefusedException.class, (ex) -> assertThat(ex.isInvalid()).isTrue())
			.hasMessageContaining("report.pdf: a ")
			.hasMessageContaining("file is not taken")
			.hasMessageContaining("big.txt: larger than");
		// nothing of a refused comment is kept
		assertThat(this.blobDir.toFile().list()).isEmpty();
	}

	@Test
	void shouldRefuseMoreThanFiveFilesAndIgnoreEmptyInputs() {
		byte[] text = "a note".getBytes(StandardCharsets.UTF_8);
		assertThatThrownBy(
				() -> attachments().accept(Collections.nCopies(6, new CommentAttachments.Incoming("n.txt", text))))
			.hasMessageContaining("at most 5 files");
		assertThat(attachments().accept(List.of(new CommentAttachments.Incoming("", new byte[0])))).isEmpty();
	}

}
