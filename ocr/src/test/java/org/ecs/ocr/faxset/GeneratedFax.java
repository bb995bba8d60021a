package org.ecs.ocr.faxset;

/**
 * One page of the generated fax set, as a fax bridge hands it on.
 *
 * @param name a name that says what the page is, e.g. {@code ru-3-normal-90}
 * @param language the language the page is written in (ISO 639-1)
 * @param accountLanguage the language of the sender's account, which ECS would otherwise
 * read it in: English for every page of the set, so that only pages in English have it
 * right
 * @param resolution the fax resolution it was sent at
 * @param rotation how far the page's text is turned clockwise from upright: 0, 90, 180 or
 * 270 degrees
 * @param header the line the sending machine printed across the top, upright whatever the
 * rotation
 * @param truth the text written on the page, lines as typeset (without the header)
 * @param tiff the page as a bilevel CCITT T.4 TIFF with its resolution tags
 */
public record GeneratedFax(String name, String language, String accountLanguage, Resolution resolution, int rotation,
		String header, String truth, byte[] tiff) {

	/** The two resolutions of a group 3 fax. */
	public enum Resolution {

		/** 204x196 dpi. */
		FINE(196),
		/** 204x98 dpi: pixels twice as tall as wide. */
		NORMAL(98);

		private final int verticalDpi;

		Resolution(int verticalDpi) {
			this.verticalDpi = verticalDpi;
		}

		public int verticalDpi() {
			return this.verticalDpi;
		}

	}

	@Override
	public String toString() {
		return this.name;
	}

}
