package org.ecs.routes.fax;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;

import org.ecs.core.blob.BlobStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class FaxOriginalsTest {

	@TempDir
	Path blobs;

	@Test
	void shouldKeepTheRawMailAndKeyItOnItsMessageId() throws Exception {
		BlobStore store = new BlobStore(this.blobs);
		byte[] raw = "Message-ID: <abc@bridge>\r\nSubject: x\r\n\r\nbody".getBytes(StandardCharsets.US_ASCII);

		ReceivedFaxMail kept = new FaxOriginals(store).keep(raw, Date.from(Instant.parse("2026-11-25T10:00:00Z")));

		assertThat(kept.mailKey()).isEqualTo("abc@bridge");
		assertThat(store.get(kept.originalKey())).contains(raw);
		assertThat(kept.arrivedAt()).isEqualTo(Instant.parse("2026-11-25T10:00:00Z"));
	}

	@Test
	void shouldKeyAMailWithoutMessageIdOnItsBytes() {
		assertThat(FaxOriginals.keyOf("Subject: x\r\n\r\nbody".getBytes(StandardCharsets.US_ASCII)))
			.startsWith("sha256:");
	}

	@Test
	void shouldWriteAndReadTheQueuedMessageAndRefuseOthers() throws Exception {
		FaxOriginals originals = new FaxOriginals(new BlobStore(this.blobs));
		ReceivedFaxMail mail = new ReceivedFaxMail("k", "0".repeat(64), Instant.parse("2026-11-25T10:00:00Z"));

		assertThat(originals.read(originals.write(mail))).isEqualTo(mail);
		assertThatIllegalArgumentException().isThrownBy(() -> originals.read("{\"mailKey\":\"k\"}"));
		assertThatIllegalArgumentException().isThrownBy(() -> originals.read("not json"));
	}

}
