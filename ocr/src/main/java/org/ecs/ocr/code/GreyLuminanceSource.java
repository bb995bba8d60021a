package org.ecs.ocr.code;

import java.awt.image.BufferedImage;

import com.google.zxing.LuminanceSource;

/**
 * Hands an 8-bit grey image to ZXing without the desktop module ZXing keeps in a separate
 * artifact.
 */
final class GreyLuminanceSource extends LuminanceSource {

	private final byte[] pixels;

	GreyLuminanceSource(BufferedImage grey) {
		super(grey.getWidth(), grey.getHeight());
		this.pixels = (byte[]) grey.getRaster().getDataElements(0, 0, grey.getWidth(), grey.getHeight(), null);
	}

	@Override
	public byte[] getRow(int y, byte[] row) {
		byte[] target = (row != null && row.length >= getWidth()) ? row : new byte[getWidth()];
		System.arraycopy(this.pixels, y * getWidth(), target, 0, getWidth());
		return target;
	}

	@Override
	public byte[] getMatrix() {
		return this.pixels;
	}

}
