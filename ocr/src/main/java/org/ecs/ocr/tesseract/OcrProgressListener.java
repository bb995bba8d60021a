package org.ecs.ocr.tesseract;

/**
 * Told each time a page is recognised, from the worker thread that recognised it.
 */
@FunctionalInterface
public interface OcrProgressListener {

	OcrProgressListener NONE = (page, done, total) -> {
	};

	/**
	 * @param page the page just recognised
	 * @param done how many pages of this call are now done
	 * @param total how many pages this call has
	 */
	void pageRecognised(OcrPage page, int done, int total);

}
