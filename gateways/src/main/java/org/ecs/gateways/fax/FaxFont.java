package org.ecs.gateways.fax;

import java.nio.file.Path;
import java.util.List;

/**
 * A font file the fax renderer embeds. The PDF must carry its own glyphs: the
 * email-to-fax gateway rasterises it with whatever fonts it has, which are rarely Arabic
 * or Chinese ones.
 *
 * @param file a TrueType file (PDFBox cannot embed OpenType fonts with CFF outlines)
 * @param family the CSS family name
 * @param weight 400 or 700
 * @param debianPackage the package that installs the file, named when it is missing
 */
public record FaxFont(Path file, String family, int weight, String debianPackage) {

	/**
	 * DejaVu Sans for Latin, Cyrillic and Arabic (it maps the Arabic presentation forms
	 * that shaping produces) and Droid Sans Fallback for Chinese: both TrueType, both in
	 * Debian.
	 * @return the default fonts
	 */
	public static List<FaxFont> debianDefaults() {
		Path dejavu = Path.of("/usr/share/fonts/truetype/dejavu");
		return List.of(new FaxFont(dejavu.resolve("DejaVuSans.ttf"), "DejaVu Sans", 400, "fonts-dejavu-core"),
				new FaxFont(dejavu.resolve("DejaVuSans-Bold.ttf"), "DejaVu Sans", 700, "fonts-dejavu-core"),
				new FaxFont(Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"), "Droid Sans Fallback",
						400, "fonts-droid-fallback"));
	}

}
