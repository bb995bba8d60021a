package org.ecs.ocr.code;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.plugins.tiff.BaselineTIFFTagSet;
import javax.imageio.plugins.tiff.TIFFDirectory;
import javax.imageio.plugins.tiff.TIFFField;
import javax.imageio.plugins.tiff.TIFFTag;
import javax.imageio.stream.ImageOutputStream;

import org.ecs.ocr.page.PageImage;
import org.ecs.ocr.page.PageImageReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reply sheet's round trip as real faxes carry it: printed, sent at 204x98 dpi,
 * received as a CCITT-compressed multi-page TIFF, printed crooked, sent back the same
 * way, and read by {@link PageImageReader} and {@link ReplyCodes}.
 */
class ReplyCodesFaxIT {

	private static final String PAYLOAD = "ECS-D-20931;R-4410";

	private final ReplyCodes codes = new ReplyCodes();

	@ParameterizedTest(name = "{0}, skew {1} then {2}, noise {3}")
	@CsvSource({ "CCITT T.4, 2.0, -2.5, 0.005", "CCITT T.6, -3.0, 2.0, 0.01", "CCITT T.4, 2.5, 3.0, 0.015",
			"CCITT T.6, 1.5, 182.0, 0.01" })
	void shouldDecodeReplyCodeWhenSheetComesBackAfterTwoFaxTransmissions(String compression, double firstSkew,
			double secondSkew, double noise) throws Exception {
		BufferedImage sheet = FaxLine.replySheet(this.codes.encode(PAYLOAD, 260));
		BufferedImage cover = FaxLine.replySheet(new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY));
		FaxLine line = new FaxLine(Double.doubleToLongBits(firstSkew + noise));

		byte[] outbound = normalFaxTiff(List.of(cover, line.transmit(sheet, firstSkew, noise)), compression);
		PageImage printed = new PageImageReader().read(outbound, "image/tiff").get(1);
		BufferedImage returned = line.transmit(FaxLine.scale(printed.grey(), 1654, 2339), secondSkew, noise);
		byte[] inbound = normalFaxTiff(List.of(returned), compression);
		List<PageImage> received = new PageImageReader().read(inbound, "image/tiff");

		assertThat(printed.yDpi()).isEqualTo(204);
		assertThat(received).singleElement().satisfies((page) -> {
			assertThat(page.height()).isGreaterThan(page.width());
			assertThat(this.codes.decode(page.image())).contains(PAYLOAD);
		});
	}

	/**
	 * Writes received pages (with doubled lines) as a 204x98 dpi bilevel TIFF, one line
	 * in two, the way a fax server stores a normal-resolution fax.
	 */
	static byte[] normalFaxTiff(List<BufferedImage> pages, String compression) throws IOException {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
			writer.setOutput(out);
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionType(compression);
			writer.prepareWriteSequence(null);
			for (BufferedImage page : pages) {
				BufferedImage bilevel = new BufferedImage(page.getWidth(), page.getHeight() / 2,
						BufferedImage.TYPE_BYTE_BINARY);
				Graphics2D g = bilevel.createGraphics();
				g.drawImage(page, 0, 0, page.getWidth(), page.getHeight() / 2, null);
				g.dispose();
				IIOMetadata metadata = writer
					.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(bilevel), param);
				TIFFDirectory directory = TIFFDirectory.createFromMetadata(metadata);
				BaselineTIFFTagSet tags = BaselineTIFFTagSet.getInstance();
				directory.addTIFFField(new TIFFField(tags.getTag(BaselineTIFFTagSet.TAG_X_RESOLUTION),
						TIFFTag.TIFF_RATIONAL, 1, new long[][] { { 204, 1 } }));
				directory.addTIFFField(new TIFFField(tags.getTag(BaselineTIFFTagSet.TAG_Y_RESOLUTION),
						TIFFTag.TIFF_RATIONAL, 1, new long[][] { { 98, 1 } }));
				directory.addTIFFField(new TIFFField(tags.getTag(BaselineTIFFTagSet.TAG_RESOLUTION_UNIT),
						BaselineTIFFTagSet.RESOLUTION_UNIT_INCH));
				writer.writeToSequence(new IIOImage(bilevel, null, directory.getAsMetadata()), param);
			}
			writer.endWriteSequence();
		}
		finally {
			writer.dispose();
		}
		return bytes.toByteArray();
	}

}
