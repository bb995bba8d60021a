package org.ecs.gateways.fax;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import com.ibm.icu.text.BidiRun;
import com.openhtmltopdf.bidi.BidiReorderer;
import com.openhtmltopdf.bidi.BidiSplitter;
import com.openhtmltopdf.bidi.BidiSplitterFactory;
import com.openhtmltopdf.bidi.BidiTextRun;

/**
 * Right-to-left support for openhtmltopdf with ICU4J: splitting into directional runs,
 * reordering and Arabic shaping. PDFBox draws glyphs one by one without OpenType shaping,
 * so Arabic must be turned into its presentation forms before it reaches the PDF.
 * (openhtmltopdf's own rtl-support module does the same, but no 1.1.22 release of it can
 * be had here.)
 */
final class IcuBidi {

	private IcuBidi() {
	}

	static final class SplitterFactory implements BidiSplitterFactory {

		@Override
		public BidiSplitter createBidiSplitter() {
			return new Splitter();
		}

	}

	static final class Splitter implements BidiSplitter {

		private final Bidi bidi = new Bidi();

		@Override
		public void setParagraph(String paragraph, byte defaultDirection) {
			byte level = switch (defaultDirection) {
				case LTR -> Bidi.LTR;
				case RTL -> Bidi.RTL;
				default -> Bidi.LEVEL_DEFAULT_LTR;
			};
			this.bidi.setPara(paragraph, level, null);
		}

		@Override
		public int countTextRuns() {
			return this.bidi.countRuns();
		}

		@Override
		public BidiTextRun getVisualRun(int runIndex) {
			BidiRun run = this.bidi.getVisualRun(runIndex);
			return new BidiTextRun(run.getStart(), run.getLength(), run.getDirection());
		}

		@Override
		public byte getBaseDirection(String paragraph) {
			return Bidi.getBaseDirection(paragraph);
		}

	}

	static final class Reorderer implements BidiReorderer {

		private final ArabicShaping shaper = new ArabicShaping(
				ArabicShaping.TEXT_DIRECTION_LOGICAL | ArabicShaping.LETTERS_SHAPE | ArabicShaping.LENGTH_GROW_SHRINK);

		private final ArabicShaping deshaper = new ArabicShaping(ArabicShaping.TEXT_DIRECTION_LOGICAL
				| ArabicShaping.LETTERS_UNSHAPE | ArabicShaping.LENGTH_GROW_SHRINK);

		@Override
		public String reorderRTLTextToLTR(String text) {
			return Bidi.writeReverse(text, Bidi.DO_MIRRORING);
		}

		@Override
		public String shapeText(String text) {
			try {
				return this.shaper.shape(text);
			}
			catch (ArabicShapingException ex) {
				// unshaped Arabic is still legible letter by letter; better than no fax
				return text;
			}
		}

		@Override
		public String deshapeText(String text) {
			try {
				return this.deshaper.shape(text);
			}
			catch (ArabicShapingException ex) {
				return text;
			}
		}

		@Override
		public boolean isLiveImplementation() {
			return true;
		}

	}

}
