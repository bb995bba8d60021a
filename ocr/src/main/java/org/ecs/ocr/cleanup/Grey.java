package org.ecs.ocr.cleanup;

import java.awt.image.BufferedImage;

/**
 * An 8-bit grey page as a plain array, which the pixel loops below need to be fast.
 */
record Grey(byte[] pixels, int width, int height) {

	static Grey of(BufferedImage grey) {
		int width = grey.getWidth();
		int height = grey.getHeight();
		byte[] pixels = (byte[]) grey.getRaster().getDataElements(0, 0, width, height, null);
		return new Grey(pixels, width, height);
	}

	int at(int x, int y) {
		return this.pixels[y * this.width + x] & 0xFF;
	}

	BufferedImage toImage() {
		BufferedImage image = new BufferedImage(this.width, this.height, BufferedImage.TYPE_BYTE_GRAY);
		image.getRaster().setDataElements(0, 0, this.width, this.height, this.pixels);
		return image;
	}

}
