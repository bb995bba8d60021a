package org.ecs.gateways.mail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.ecs.gateways.mail.ArchiveExpansion.Verdict;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ArchiveExpansionTest {

	private final ArchiveExpansion check = new ArchiveExpansion(8L * 1024 * 1024, 100, 50);

	/** A .docx-shaped ZIP whose document part is {@code unpacked} zero bytes. */
	static byte[] docxBomb(long unpacked) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
					+ "content-types\"><Override PartName=\"/word/document.xml\" ContentType=\"application/"
					+ "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")
				.getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			byte[] zeros = new byte[1024 * 1024];
			for (long written = 0; written < unpacked; written += zeros.length) {
				zip.write(zeros, 0, (int) Math.min(zeros.length, unpacked - written));
			}
		}
		return out.toByteArray();
	}

	static byte[] zip(int entries, String text) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (int i = 0; i < entries; i++) {
				zip.putNextEntry(new ZipEntry("part-" + i + ".xml"));
				zip.write(text.getBytes(StandardCharsets.UTF_8));
			}
		}
		return out.toByteArray();
	}

	@Test
	void shouldFindAZipBombBeforeUnpackingItAll() throws IOException {
		byte[] bomb = docxBomb(64L * 1024 * 1024);
		assertThat(bomb.length).isLessThan(200_000);

		assertThat(this.check.check(bomb)).isEqualTo(Verdict.EXPANDS_TOO_MUCH);
	}

	@Test
	void shouldRefuseAnArchiveThatUnpacksToManyTimesItsSizeEvenUnderTheByteLimit() throws IOException {
		byte[] bomb = docxBomb(2L * 1024 * 1024);

		assertThat(bomb.length * 100L).isLessThan(2L * 1024 * 1024);
		assertThat(this.check.check(bomb)).isEqualTo(Verdict.EXPANDS_TOO_MUCH);
	}

	@Test
	void shouldPassAnOrdinaryArchiveAndWhatIsNoArchive() throws IOException {
		assertThat(this.check.check(zip(10, "<w:p>Article 4 needs a deadline, " + "x".repeat(40) + "</w:p>")))
			.isEqualTo(Verdict.FINE);
		assertThat(this.check.check("%PDF-1.4".getBytes(StandardCharsets.US_ASCII))).isEqualTo(Verdict.FINE);
		assertThat(this.check.check(new byte[0])).isEqualTo(Verdict.FINE);
	}

	@Test
	void shouldRefuseTooManyEntriesAndADamagedArchive() throws IOException {
		assertThat(this.check.check(zip(51, "x"))).isEqualTo(Verdict.TOO_MANY_ENTRIES);
		byte[] damaged = zip(3, "some text that is long enough to be deflated " + "y".repeat(200));
		for (int i = 40; i < damaged.length - 30; i++) {
			damaged[i] = (byte) 0x5a;
		}
		assertThat(this.check.check(damaged)).isEqualTo(Verdict.UNREADABLE);
	}

}
