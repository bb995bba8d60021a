package org.ecs.routes.mail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;

import org.ecs.core.blob.BlobStore;
import org.ecs.gateways.mail.MimeMailParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MailParsingTest {

	static final byte[] RAW = """
			From: Alice <alice@example.org>
			To: ecs+token@ecs.localhost
			Subject: Re: draft
			Date: Mon, 2 Mar 2026 09:00:00 +0000
			Message-ID: <reply-1@example.org>

			We agree.
			""".replace("\n", "\r\n").getBytes(StandardCharsets.US_ASCII);

	@TempDir
	Path dir;

	@Test
	void shouldKeepTheOriginalAndKeyItOnItsMessageId() {
		BlobStore blobs = new BlobStore(this.dir);

		ReceivedMail received = new MailOriginals(blobs).keep(RAW, MailFixtures.NOW);

		assertThat(received.mailKey()).isEqualTo("reply-1@example.org");
		assertThat(blobs.get(received.originalKey())).hasValue(RAW);
		assertThat(received.arrivedAt()).isEqualTo(MailFixtures.NOW);
		assertThat(MailKeys.of("no headers at all".getBytes(StandardCharsets.US_ASCII))).startsWith("sha256:");
	}

	@Test
	void shouldCountArrivalBoundedByNowAndFallBackOnTheDateHeader() {
		BlobStore blobs = new BlobStore(this.dir);
		MailParsing parsing = new MailParsing(blobs, new MimeMailParser(),
				Clock.fixed(MailFixtures.NOW, ZoneOffset.UTC));
		String key = blobs.put(RAW);

		assertThat(parsing.parse(new ReceivedMail("k", key, MailFixtures.NOW.minusSeconds(5))).receivedAt())
			.isEqualTo(MailFixtures.NOW.minusSeconds(5));
		assertThat(parsing.parse(new ReceivedMail("k", key, null)).receivedAt())
			.isEqualTo(MailFixtures.NOW.minus(Duration.ofHours(1)));
		assertThat(parsing.parse(new ReceivedMail("k", key, MailFixtures.NOW.plusSeconds(3600))).receivedAt())
			.isEqualTo(MailFixtures.NOW);
		assertThat(parsing.parse(new ReceivedMail("k", key, null)).mail().text()).contains("We agree.");
	}

	@Test
	void shouldFailLoudlyWhenTheOriginalIsMissing() {
		MailParsing parsing = new MailParsing(new BlobStore(this.dir), new MimeMailParser(), Clock.systemUTC());

		assertThatThrownBy(() -> parsing.parse(new ReceivedMail("k", "0".repeat(64), null)))
			.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void shouldReadAndWriteTheQueueMessage() {
		ReceivedMails codec = new ReceivedMails();
		ReceivedMail mail = new ReceivedMail("k@x", "a".repeat(64), MailFixtures.NOW);

		assertThat(codec.read(codec.write(mail))).isEqualTo(mail);
		assertThatThrownBy(() -> codec.read("{\"mailKey\": null}")).isInstanceOf(IllegalArgumentException.class);
	}

}
