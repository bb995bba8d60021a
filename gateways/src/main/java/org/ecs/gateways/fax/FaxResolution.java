package org.ecs.gateways.fax;

/**
 * The two resolutions every Group 3 fax machine speaks. Pixels are 1/204 inch wide; fine
 * lines are 1/196 inch and normal lines 1/98 inch, so a normal page has pixels twice as
 * tall as they are wide, which a reader must stretch before OCR or barcode decoding.
 */
public enum FaxResolution {

	/** 204 x 196 dpi, "fine". */
	FINE(204, 196, "Fine"),

	/** 204 x 98 dpi, "normal": the default of most machines. */
	NORMAL(204, 98, "Normal");

	/** Pixels across a fax line: 215 mm at 204 dpi, the width of every Group 3 page. */
	public static final int LINE_PIXELS = 1728;

	private final int horizontalDpi;

	private final int verticalDpi;

	private final String label;

	FaxResolution(int horizontalDpi, int verticalDpi, String label) {
		this.horizontalDpi = horizontalDpi;
		this.verticalDpi = verticalDpi;
		this.label = label;
	}

	public int horizontalDpi() {
		return this.horizontalDpi;
	}

	public int verticalDpi() {
		return this.verticalDpi;
	}

	/** How HylaFAX's faxinfo names it ({@code Quality: Fine}). */
	public String label() {
		return this.label;
	}

}
