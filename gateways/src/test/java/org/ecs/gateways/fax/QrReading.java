package org.ecs.gateways.fax;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/**
 * Reads a QR code off a received fax page with ZXing alone, as a reader without the ocr
 * module would: square the pixels, remove the line noise's speckles (they break the run
 * lengths ZXing's finder-pattern search counts), and try a reduced copy too.
 */
final class QrReading {

	private QrReading() {
	}

	/**
	 * @param normal a page at 204x98 dpi
	 * @return the QR payload, if found
	 */
	static Optional<String> fromNormalResolution(BufferedImage normal) {
		BufferedImage square = scale(normal, normal.getWidth(), normal.getHeight() * 2);
		BufferedImage clean = despeckle(square);
		for (BufferedImage attempt : List.of(clean, scale(clean, clean.getWidth() / 2, clean.getHeight() / 2),
				despeckle(scale(normal, normal.getWidth() / 2, normal.getHeight())))) {
			Optional<String> payload = decode(attempt);
			if (payload.isPresent()) {
				return payload;
			}
		}
		return Optional.empty();
	}

	static Optional<String> decode(BufferedImage image) {
		Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
		hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
		hints.put(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE));
		int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
		BinaryBitmap bitmap = new BinaryBitmap(
				new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
		try {
			return Optional.of(new QRCodeReader().decode(bitmap, hints).getText());
		}
		catch (ReaderException ex) {
			return Optional.empty();
		}
	}

	private static BufferedImage scale(BufferedImage image, int width, int height) {
		BufferedImage scaled = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
		Graphics2D g = scaled.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			g.drawImage(image, 0, 0, width, height, null);
		}
		finally {
			g.dispose();
		}
		return scaled;
	}

	// 3x3 majority vote: an isolated flipped pixel loses to its neighbours
	private static BufferedImage despeckle(BufferedImage grey) {
		int width = grey.getWidth();
		int height = grey.getHeight();
		BufferedImage clean = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
		Raster in = grey.getRaster();
		WritableRaster out = clean.getRaster();
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				int dark = 0;
				int counted = 0;
				for (int dy = -1; dy <= 1; dy++) {
					for (int dx = -1; dx <= 1; dx++) {
						int nx = x + dx;
						int ny = y + dy;
						if (nx >= 0 && ny >= 0 && nx < width && ny < height) {
							counted++;
							dark += (in.getSample(nx, ny, 0) < 128) ? 1 : 0;
						}
					}
				}
				out.setSample(x, y, 0, (dark * 2 > counted) ? 0 : 255);
			}
		}
		return clean;
	}

}
