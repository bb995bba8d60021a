package org.ecs.ocr.code;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.Binarizer;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.EncodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.Result;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * Prints and reads the QR code on a reply sheet.
 * <p>
 * A reply sheet goes out by fax and comes back by fax: twice through 204x98 dpi, bilevel,
 * with line noise, skew and sometimes upside down. Reading therefore tries, cheapest
 * first, the whole page and then its regions (the code sits near a corner), at several
 * scales, with two binarisers, a despeckled version and, as a last resort, rotated
 * versions.
 */
public class ReplyCodes {

	private static final Map<DecodeHintType, Object> HINTS = Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE,
			DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE), DecodeHintType.CHARACTER_SET, "UTF-8");

	/**
	 * Pages are read at about this width; bigger ones are reduced, which also averages
	 * noise.
	 */
	private static final int WORKING_WIDTH = 1700;

	private final ErrorCorrectionLevel errorCorrection;

	/**
	 * Codes with the highest error correction (H, 30% of the code may be lost), which is
	 * what survives two fax transmissions.
	 */
	public ReplyCodes() {
		this(ErrorCorrectionLevel.H);
	}

	public ReplyCodes(ErrorCorrectionLevel errorCorrection) {
		this.errorCorrection = errorCorrection;
	}

	/**
	 * @param payload the text to carry, kept short so the modules stay large on a fax
	 * @param sizePx the side of the square image, quiet zone included
	 * @return a black-and-white image of the code
	 * @throws IllegalArgumentException when the payload does not fit in a QR code
	 */
	public BufferedImage encode(String payload, int sizePx) {
		Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
		hints.put(EncodeHintType.ERROR_CORRECTION, this.errorCorrection);
		hints.put(EncodeHintType.CHARACTER_SET, "UTF-8");
		hints.put(EncodeHintType.MARGIN, 4);
		BitMatrix matrix;
		try {
			matrix = new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, sizePx, sizePx, hints);
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("Cannot encode payload as a QR code: " + ex.getMessage(), ex);
		}
		BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
		Graphics2D g = image.createGraphics();
		try {
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, image.getWidth(), image.getHeight());
			g.setColor(Color.BLACK);
			for (int y = 0; y < matrix.getHeight(); y++) {
				for (int x = 0; x < matrix.getWidth(); x++) {
					if (matrix.get(x, y)) {
						g.fillRect(x, y, 1, 1);
					}
				}
			}
		}
		finally {
			g.dispose();
		}
		return image;
	}

	/**
	 * @param page a page image, any orientation
	 * @return the payload of the first QR code found, empty when none can be read
	 */
	public Optional<String> decode(BufferedImage page) {
		BufferedImage grey = toGrey(page);
		double reduction = Math.min(1.0, (double) WORKING_WIDTH / Math.max(grey.getWidth(), grey.getHeight()));
		BufferedImage working = (reduction < 1.0) ? scale(grey, reduction) : grey;
		BufferedImage[] cleaned = new BufferedImage[1];
		Supplier<BufferedImage> despeckled = () -> {
			if (cleaned[0] == null) {
				cleaned[0] = despeckle(working);
			}
			return cleaned[0];
		};
		List<Supplier<BufferedImage>> views = new ArrayList<>();
		views.add(() -> working);
		for (Region region : Region.values()) {
			views.add(() -> region.cut(working));
		}
		views.add(despeckled);
		for (Region region : Region.values()) {
			views.add(() -> region.cut(despeckled.get()));
		}
		views.add(() -> scale(working, 0.5));
		if (working != grey) {
			views.add(() -> grey);
		}
		if (working.getWidth() < WORKING_WIDTH / 2) {
			for (Region region : Region.values()) {
				views.add(() -> scale(region.cut(working), 2.0));
			}
		}
		// the detector copes with any rotation by itself; turning the page changes the
		// direction it scans in, which helps when noise breaks up the rows it scans first
		for (double angle : new double[] { 90, 4, -4, 8, -8 }) {
			views.add(() -> rotate(despeckled.get(), angle));
		}
		return firstDecoded(views);
	}

	private static Optional<String> firstDecoded(List<Supplier<BufferedImage>> views) {
		for (Supplier<BufferedImage> view : views) {
			Optional<String> text = read(view.get());
			if (text.isPresent()) {
				return text;
			}
		}
		return Optional.empty();
	}

	private static Optional<String> read(BufferedImage grey) {
		LuminanceSource source = new GreyLuminanceSource(grey);
		List<Function<LuminanceSource, Binarizer>> binarizers = List.of(HybridBinarizer::new,
				GlobalHistogramBinarizer::new);
		for (Function<LuminanceSource, Binarizer> binarizer : binarizers) {
			try {
				Result result = new QRCodeReader().decode(new BinaryBitmap(binarizer.apply(source)), HINTS);
				return Optional.of(result.getText());
			}
			catch (ReaderException ex) {
				// not found with this binariser: try the next
			}
		}
		return Optional.empty();
	}

	/**
	 * Parts of a page where a reply sheet puts its code, overlapping so a code is never
	 * cut.
	 */
	private enum Region {

		TOP_LEFT(0, 0), TOP_RIGHT(0.45, 0), BOTTOM_LEFT(0, 0.45), BOTTOM_RIGHT(0.45, 0.45);

		private final double left;

		private final double top;

		Region(double left, double top) {
			this.left = left;
			this.top = top;
		}

		BufferedImage cut(BufferedImage image) {
			int x = (int) (image.getWidth() * this.left);
			int y = (int) (image.getHeight() * this.top);
			int width = (int) Math.min(image.getWidth() - x, Math.ceil(image.getWidth() * 0.55));
			int height = (int) Math.min(image.getHeight() - y, Math.ceil(image.getHeight() * 0.55));
			return image.getSubimage(x, y, width, height);
		}

	}

	static BufferedImage toGrey(BufferedImage image) {
		if (image.getType() == BufferedImage.TYPE_BYTE_GRAY) {
			return image;
		}
		BufferedImage grey = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
		Graphics2D g = grey.createGraphics();
		try {
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, image.getWidth(), image.getHeight());
			g.drawImage(image, 0, 0, null);
		}
		finally {
			g.dispose();
		}
		return grey;
	}

	private static BufferedImage scale(BufferedImage grey, double factor) {
		int width = Math.max(1, (int) Math.round(grey.getWidth() * factor));
		int height = Math.max(1, (int) Math.round(grey.getHeight() * factor));
		BufferedImage scaled = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
		Graphics2D g = scaled.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
			g.drawImage(grey, 0, 0, width, height, null);
		}
		finally {
			g.dispose();
		}
		return scaled;
	}

	private static BufferedImage rotate(BufferedImage grey, double degrees) {
		double radians = Math.toRadians(degrees);
		double sin = Math.abs(Math.sin(radians));
		double cos = Math.abs(Math.cos(radians));
		int width = (int) Math.round(grey.getWidth() * cos + grey.getHeight() * sin);
		int height = (int) Math.round(grey.getWidth() * sin + grey.getHeight() * cos);
		BufferedImage rotated = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
		Graphics2D g = rotated.createGraphics();
		try {
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, width, height);
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			AffineTransform transform = new AffineTransform();
			transform.translate(width / 2.0, height / 2.0);
			transform.rotate(radians);
			transform.translate(-grey.getWidth() / 2.0, -grey.getHeight() / 2.0);
			g.drawImage(grey, transform, null);
		}
		finally {
			g.dispose();
		}
		return rotated;
	}

	/**
	 * A 3x3 majority vote on ink, the bilevel form of a median: fax line noise flips
	 * single pixels, and a flipped pixel inside a module is what makes a finder pattern's
	 * 1:1:3:1:1 run ratio fail.
	 */
	static BufferedImage despeckle(BufferedImage grey) {
		int width = grey.getWidth();
		int height = grey.getHeight();
		byte[] in = (byte[]) grey.getRaster().getDataElements(0, 0, width, height, null);
		int[] rows = new int[in.length];
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				int count = 0;
				for (int dx = -1; dx <= 1; dx++) {
					int xx = Math.min(width - 1, Math.max(0, x + dx));
					count += ((in[y * width + xx] & 0xFF) < 128) ? 1 : 0;
				}
				rows[y * width + x] = count;
			}
		}
		byte[] out = new byte[in.length];
		for (int y = 0; y < height; y++) {
			int above = Math.max(0, y - 1) * width;
			int below = Math.min(height - 1, y + 1) * width;
			for (int x = 0; x < width; x++) {
				int dark = rows[above + x] + rows[y * width + x] + rows[below + x];
				out[y * width + x] = (byte) ((dark >= 5) ? 0 : 255);
			}
		}
		BufferedImage result = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
		result.getRaster().setDataElements(0, 0, width, height, out);
		return result;
	}

}
