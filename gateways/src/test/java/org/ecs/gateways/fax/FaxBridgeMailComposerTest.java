package org.ecs.gateways.fax;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.OptionalInt;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.plugins.tiff.BaselineTIFFTagSet;
import javax.imageio.plugins.tiff.TIFFDirectory;
import javax.imageio.stream.ImageInputStream;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FaxBridgeMailComposerTest {

	private static final Instant RECEIVED = Instant.parse("2026-11-25T09:04:12Z");

	private final FaxBridgeMailComposer composer = new FaxBridgeMailComposer("HylaFAX Agent <fax@localhost>",
			FaxResolution.FINE, ZoneId.of("Europe/Zurich"));

	@Test
	void shouldWriteAFaxrcvdMailThatTheHylafaxFormatReadsWhenAPngIsUploaded() throws Exception {
		MimeMessage mail = this.composer.compose(FaxMails.SESSION, "ecs-fax-inbox@example.org", png(), "image/png",
				"+41 22 555 01 23", RECEIVED);

		ReceivedFax fax = new ReceivedFaxParser(new FaxBridgeProperties(null, ZoneId.of("Europe/Zurich"), null),
				new FaxNumbers("CH"))
			.parse(FaxBridgeMail.of(mail))
			.found()
			.orElseThrow();

		assertThat(mail.getSubject()).isEqualTo("Fax received from \"+41 22 555 01 23\"");
		assertThat(fax.format()).isEqualTo("hylafax");
		assertThat(fax.senderNumber()).contains("+41225550123");
		assertThat(fax.statedPages()).isEqualTo(OptionalInt.of(1));
		assertThat(fax.received()).contains(RECEIVED);
		assertThat(fax.pages()).singleElement().satisfies((page) -> {
			assertThat(page.fileName()).matches("fax\\d{9}\\.tif");
			assertThat(page.baseType()).isEqualTo("image/tiff");
		});
	}

	@Test
	void shouldMakeABilevelCcittTiffAtFaxWidthAndResolutionForEveryPdfPage() throws Exception {
		RenderedFax pdf = new FaxDocumentRenderer(FaxDocumentProperties.withReplyNumber("+41225550199"))
			.render(FaxSamples.longAnnouncement(15));

		for (FaxResolution resolution : FaxResolution.values()) {
			byte[] tiff = FaxTiff.write(FaxTiff.pages(pdf.pdf(), "application/pdf", resolution), resolution,
					FaxTiff.Compression.T4);

			try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(tiff))) {
				ImageReader reader = jdkTiffReader();
				reader.setInput(in);
				assertThat(reader.getNumImages(true)).isEqualTo(pdf.pageCount());
				BufferedImage first = reader.read(0);
				assertThat(first.getWidth()).isEqualTo(FaxResolution.LINE_PIXELS);
				assertThat(first.getColorModel().getPixelSize()).isEqualTo(1);
				int expectedHeight = (int) Math.round(297 / 25.4 * resolution.verticalDpi());
				assertThat(first.getHeight()).isBetween(expectedHeight - 40, expectedHeight + 40);
				TIFFDirectory tags = TIFFDirectory.createFromMetadata(reader.getImageMetadata(0));
				assertThat(tags.getTIFFField(BaselineTIFFTagSet.TAG_COMPRESSION).getAsInt(0))
					.isEqualTo(BaselineTIFFTagSet.COMPRESSION_CCITT_T_4);
				assertThat(tags.getTIFFField(BaselineTIFFTagSet.TAG_X_RESOLUTION).getAsRational(0)[0]).isEqualTo(204);
				assertThat(tags.getTIFFField(BaselineTIFFTagSet.TAG_Y_RESOLUTION).getAsRational(0)[0])
					.isEqualTo(resolution.verticalDpi());
				reader.dispose();
			}
		}
	}

	@Test
	void shouldWriteT6WhenComposingTheBridgeMail() throws Exception {
		MimeMessage mail = this.composer.compose(FaxMails.SESSION, "inbox@example.org", jpeg(), "image/jpeg",
				"022 555 01 23", RECEIVED);
		byte[] tiff = FaxBridgeMail.of(mail).attachments().get(0).bytes();

		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(tiff))) {
			ImageReader reader = jdkTiffReader();
			reader.setInput(in);
			IIOMetadata metadata = reader.getImageMetadata(0);
			assertThat(TIFFDirectory.createFromMetadata(metadata)
				.getTIFFField(BaselineTIFFTagSet.TAG_COMPRESSION)
				.getAsInt(0)).isEqualTo(BaselineTIFFTagSet.COMPRESSION_CCITT_T_6);
			reader.dispose();
		}
	}

	@Test
	void shouldRefuseAnUploadThatIsNoImageOrPdf() {
		assertThatThrownBy(() -> this.composer.compose(FaxMails.SESSION, "inbox@example.org",
				"hello".getBytes(java.nio.charset.StandardCharsets.US_ASCII), "text/plain", "+41225550123", RECEIVED))
			.isInstanceOf(IOException.class);
	}

	@Test
	void shouldRefuseColourPagesWhenWritingCcitt() {
		BufferedImage colour = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB);

		assertThatThrownBy(() -> FaxTiff.write(List.of(colour), FaxResolution.FINE, FaxTiff.Compression.T6))
			.isInstanceOf(IllegalArgumentException.class);
	}

	// the JDK's reader: jai-imageio's (through Tika) reports rationals its own way
	private static ImageReader jdkTiffReader() {
		java.util.Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("tiff");
		while (readers.hasNext()) {
			ImageReader reader = readers.next();
			if (reader.getClass().getName().startsWith("com.sun.imageio.plugins.tiff.")) {
				return reader;
			}
		}
		throw new IllegalStateException("The JDK has no TIFF reader");
	}

	private static BufferedImage page() {
		BufferedImage page = new BufferedImage(827, 1169, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = page.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, page.getWidth(), page.getHeight());
		g.setColor(Color.BLACK);
		g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 28));
		g.drawString("I agree with the proposal.", 80, 200);
		g.dispose();
		return page;
	}

	private static byte[] png() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(page(), "png", out);
		return out.toByteArray();
	}

	private static byte[] jpeg() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(page(), "jpeg", out);
		return out.toByteArray();
	}

}
