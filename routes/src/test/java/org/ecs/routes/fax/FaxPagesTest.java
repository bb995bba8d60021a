package org.ecs.routes.fax;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import javax.imageio.ImageIO;

import org.ecs.core.blob.BlobStore;
import org.ecs.gateways.fax.FaxAttachment;
import org.ecs.gateways.fax.FaxResolution;
import org.ecs.gateways.fax.FaxTiff;
import org.ecs.gateways.fax.ReceivedFax;
import org.ecs.ocr.page.PageImageReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class FaxPagesTest {

	static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

	@TempDir
	Path dir;

	@Test
	void shouldStretchNormalPagesToSquarePixelsAndKeepEachAsAPng() throws Exception {
		BlobStore blobs = new BlobStore(this.dir);
		byte[] tiff = FaxTiff.write(
				List.of(FaxTiff.toFaxPage(FaxFixtures.typedPage(List.of("one")), FaxResolution.NORMAL),
						FaxTiff.toFaxPage(FaxFixtures.typedPage(List.of("two")), FaxResolution.NORMAL)),
				FaxResolution.NORMAL, FaxTiff.Compression.T6);

		FaxIntake fax = pages(blobs).read(mail(List.of(new FaxAttachment("f.tif", "image/tiff", tiff)),
				Optional.of(NOW.minusSeconds(60)), NOW.minusSeconds(30)));

		assertThat(fax.pages()).hasSize(2).allSatisfy((page) -> assertThat(page.hasSquarePixels()).isTrue());
		assertThat(fax.pages()).extracting((page) -> page.number()).containsExactly(1, 2);
		assertThat(fax.pageImages()).extracting((a) -> a.name()).containsExactly("fax-page-1.png", "fax-page-2.png");
		var png = ImageIO.read(new ByteArrayInputStream(blobs.get(fax.pageImages().get(0).blobKey()).orElseThrow()));
		assertThat(png.getHeight()).isGreaterThan(png.getWidth());
		assertThat(fax.facts()).containsEntry("fax.pages", "2")
			.containsEntry(FaxPages.PAGE_IMAGES,
					fax.pageImages().get(0).blobKey() + "," + fax.pageImages().get(1).blobKey());
		assertThat(fax.receivedAt()).isEqualTo(NOW.minusSeconds(60));
	}

	@Test
	void shouldNameAnUnreadablePageFileAndGoOn() {
		FaxIntake fax = pages(new BlobStore(this.dir))
			.read(mail(List.of(new FaxAttachment("broken.tif", "image/tiff", new byte[] { 'I', 'I', 42, 0, 1 })),
					Optional.empty(), null));

		assertThat(fax.pages()).isEmpty();
		assertThat(fax.facts()).containsEntry("fax.pages", "0").containsKey("fax.unreadablePages");
		assertThat(fax.receivedAt()).isEqualTo(NOW);
	}

	@Test
	void shouldNotLetABridgeClockAheadMoveTheFaxPastItsArrival() {
		FaxIntake fax = pages(new BlobStore(this.dir))
			.read(mail(List.of(), Optional.of(NOW.plusSeconds(7200)), NOW.minusSeconds(5)));

		assertThat(fax.receivedAt()).isEqualTo(NOW.minusSeconds(5));
	}

	private static FaxPages pages(BlobStore blobs) {
		return new FaxPages(new PageImageReader(), blobs, Clock.fixed(NOW, ZoneOffset.UTC));
	}

	private static BridgeMail.Fax mail(List<FaxAttachment> files, Optional<Instant> stated, Instant arrived) {
		return new BridgeMail.Fax(new ReceivedFaxMail("k", "0".repeat(64), arrived),
				new ReceivedFax("hylafax", "+254201234567", Optional.of("+254201234567"), Optional.empty(),
						Optional.empty(), OptionalInt.empty(), stated, files));
	}

}
