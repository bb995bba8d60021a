package org.ecs.ocr.faxset;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;

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

import org.ecs.ocr.faxset.GeneratedFax.Resolution;

/**
 * What a fax machine does to a sheet: scans it slightly askew (turned as it was fed),
 * prints its header line across the top, samples it at the line's resolution, thresholds
 * it to black and white, and the telephone line flips pixels and now and then hits a
 * whole scan line. The result is stored the way fax servers store it: a CCITT T.4 TIFF.
 */
final class FaxTransmission {

	private FaxTransmission() {
	}

	static byte[] send(BufferedImage sheet, String header, int rotation, Resolution resolution, Random random)
			throws IOException {
		double skew = (random.nextBoolean() ? 1 : -1) * (0.3 + 0.7 * random.nextDouble());
		return send(sheet, header, rotation, skew, resolution, random);
	}

	/**
	 * @param skewDegrees how far the sheet was turned as it was fed, clockwise
	 */
	static byte[] send(BufferedImage sheet, String header, int rotation, double skewDegrees, Resolution resolution,
			Random random) throws IOException {
		double skew = skewDegrees;
		BufferedImage scanned = scan(sheet, rotation, skew);
		stamp(scanned, header);
		BufferedImage sampled = (resolution == Resolution.NORMAL) ? everyOtherLine(scanned) : scanned;
		BufferedImage bilevel = threshold(sampled, 110 + random.nextInt(40));
		lineNoise(bilevel, random);
		return tiff(bilevel, resolution);
	}

	/** The sheet turned and fed into a portrait fax line, slightly askew. */
	private static BufferedImage scan(BufferedImage sheet, int rotation, double skewDegrees) {
		BufferedImage page = new BufferedImage(FaxTypesetter.WIDTH, FaxTypesetter.HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
		Graphics2D g = page.createGraphics();
		try {
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, page.getWidth(), page.getHeight());
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			AffineTransform place = new AffineTransform();
			place.rotate(Math.toRadians(skewDegrees), page.getWidth() / 2.0, page.getHeight() / 2.0);
			place.translate(page.getWidth() / 2.0, page.getHeight() / 2.0);
			place.quadrantRotate(rotation / 90);
			place.translate(-sheet.getWidth() / 2.0, -sheet.getHeight() / 2.0);
			g.drawImage(sheet, place, null);
		}
		finally {
			g.dispose();
		}
		return page;
	}

	/** The sending machine's line, upright at the top whatever the sheet's rotation. */
	private static void stamp(BufferedImage page, String header) {
		Graphics2D g = page.createGraphics();
		try {
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, page.getWidth(), 48);
			g.setColor(Color.BLACK);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setFont(new Font("DejaVu Sans Mono", Font.PLAIN, 26));
			g.drawString(header, 40, 36);
		}
		finally {
			g.dispose();
		}
	}

	/** Normal resolution: one scan line for every two of fine, each the mean of both. */
	private static BufferedImage everyOtherLine(BufferedImage fine) {
		BufferedImage normal = new BufferedImage(fine.getWidth(), fine.getHeight() / 2, BufferedImage.TYPE_BYTE_GRAY);
		WritableRaster in = fine.getRaster();
		WritableRaster out = normal.getRaster();
		for (int y = 0; y < normal.getHeight(); y++) {
			for (int x = 0; x < normal.getWidth(); x++) {
				out.setSample(x, y, 0, (in.getSample(x, 2 * y, 0) + in.getSample(x, 2 * y + 1, 0)) / 2);
			}
		}
		return normal;
	}

	private static BufferedImage threshold(BufferedImage grey, int level) {
		BufferedImage bilevel = new BufferedImage(grey.getWidth(), grey.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
		WritableRaster in = grey.getRaster();
		WritableRaster out = bilevel.getRaster();
		for (int y = 0; y < grey.getHeight(); y++) {
			for (int x = 0; x < grey.getWidth(); x++) {
				out.setSample(x, y, 0, (in.getSample(x, y, 0) < level) ? 0 : 1);
			}
		}
		return bilevel;
	}

	/** One pixel in a thousand flipped, and two or three scan lines hit by a burst. */
	private static void lineNoise(BufferedImage bilevel, Random random) {
		WritableRaster raster = bilevel.getRaster();
		int flips = bilevel.getWidth() * bilevel.getHeight() / 1000;
		for (int i = 0; i < flips; i++) {
			int x = random.nextInt(bilevel.getWidth());
			int y = random.nextInt(bilevel.getHeight());
			raster.setSample(x, y, 0, 1 - raster.getSample(x, y, 0));
		}
		int bursts = 2 + random.nextInt(2);
		for (int burst = 0; burst < bursts; burst++) {
			int y = random.nextInt(bilevel.getHeight());
			int from = random.nextInt(bilevel.getWidth() / 2);
			int to = from + random.nextInt(bilevel.getWidth() - from);
			for (int x = from; x < to; x++) {
				if (random.nextInt(3) == 0) {
					raster.setSample(x, y, 0, 0);
				}
			}
		}
	}

	private static byte[] tiff(BufferedImage bilevel, Resolution resolution) throws IOException {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
			writer.setOutput(out);
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionType("CCITT T.4");
			IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(bilevel),
					param);
			TIFFDirectory directory = TIFFDirectory.createFromMetadata(metadata);
			BaselineTIFFTagSet tags = BaselineTIFFTagSet.getInstance();
			directory.addTIFFField(new TIFFField(tags.getTag(BaselineTIFFTagSet.TAG_X_RESOLUTION),
					TIFFTag.TIFF_RATIONAL, 1, new long[][] { { 204, 1 } }));
			directory.addTIFFField(new TIFFField(tags.getTag(BaselineTIFFTagSet.TAG_Y_RESOLUTION),
					TIFFTag.TIFF_RATIONAL, 1, new long[][] { { resolution.verticalDpi(), 1 } }));
			directory.addTIFFField(new TIFFField(tags.getTag(BaselineTIFFTagSet.TAG_RESOLUTION_UNIT),
					BaselineTIFFTagSet.RESOLUTION_UNIT_INCH));
			writer.write(null, new IIOImage(bilevel, null, directory.getAsMetadata()), param);
		}
		finally {
			writer.dispose();
		}
		return bytes.toByteArray();
	}

}
