package org.ecs.ocr.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.ecs.ocr.cleanup.PageCleanup;
import org.ecs.ocr.code.ReplyCodes;
import org.ecs.ocr.page.PageImage;
import org.ecs.ocr.page.PageImageReader;
import org.ecs.ocr.page.PageReadException;
import org.ecs.ocr.page.PdfPage;
import org.ecs.ocr.tesseract.OcrEngine;
import org.ecs.ocr.tesseract.OcrException;
import org.ecs.ocr.tesseract.OcrPage;
import org.ecs.ocr.tesseract.OcrProgressListener;
import org.ecs.ocr.tesseract.OcrResult;
import org.ecs.ocr.text.DocumentText;
import org.ecs.ocr.text.ExtractedText;
import org.ecs.ocr.text.TextExtractionException;

/**
 * Reads any received file into text, the one entry point callers need: documents through
 * their own text, faxes and scans through clean-up and OCR, PDFs page by page (text layer
 * where there is one, OCR where there is not), and every scanned page searched for a
 * reply-sheet code. When Tesseract is missing, scanned pages come back marked for
 * transcription by hand instead of failing.
 */
public class DocumentReader {

	private final DocumentText documents;

	private final PageImageReader pageReader;

	private final PageCleanup cleanup;

	private final OcrEngine ocr;

	private final ReplyCodes replyCodes;

	public DocumentReader(DocumentText documents, PageImageReader pageReader, PageCleanup cleanup, OcrEngine ocr,
			ReplyCodes replyCodes) {
		this.documents = documents;
		this.pageReader = pageReader;
		this.cleanup = cleanup;
		this.ocr = ocr;
		this.replyCodes = replyCodes;
	}

	/**
	 * @param bytes the file
	 * @param fileName its name if known, or {@code null}
	 * @param languages the sender's languages, ISO 639-1 ({@code en fr es ru ar zh})
	 * @param listener told as each OCR'd page is done
	 * @return the text, page by page, and the reply code if one was found
	 * @throws DocumentReadException when the file cannot be read at all
	 * @throws InterruptedException when interrupted while waiting for OCR
	 */
	public ReadDocument read(byte[] bytes, String fileName, List<String> languages, OcrProgressListener listener)
			throws DocumentReadException, InterruptedException {
		String mediaType = this.documents.detect(bytes, fileName);
		try {
			if (mediaType.equals("application/pdf")) {
				return readPdf(mediaType, bytes, languages, listener);
			}
			if (mediaType.startsWith("image/")) {
				List<PageImage> scans = this.pageReader.read(bytes, mediaType);
				List<ReadPage> pages = recognise(scans, languages, listener);
				return new ReadDocument(mediaType, pages, findReplyCode(scans));
			}
			ExtractedText text = this.documents.extract(bytes, fileName);
			return new ReadDocument(text.mediaType(),
					List.of(new ReadPage(1, text.text(), ReadPage.Source.TEXT_LAYER, 100)), Optional.empty());
		}
		catch (PageReadException | TextExtractionException | OcrException ex) {
			throw new DocumentReadException(
					"Cannot read " + ((fileName != null) ? fileName : mediaType) + ": " + ex.getMessage(), ex);
		}
	}

	private ReadDocument readPdf(String mediaType, byte[] bytes, List<String> languages, OcrProgressListener listener)
			throws PageReadException, OcrException, InterruptedException {
		List<PdfPage> pdfPages = this.pageReader.readPdf(bytes);
		List<PageImage> scans = pdfPages.stream().flatMap((page) -> page.scan().stream()).toList();
		List<ReadPage> recognised = recognise(scans, languages, listener);
		List<ReadPage> pages = new ArrayList<>(pdfPages.size());
		int next = 0;
		for (PdfPage page : pdfPages) {
			pages.add(page.needsOcr() ? recognised.get(next++)
					: new ReadPage(page.number(), page.text(), ReadPage.Source.TEXT_LAYER, 100));
		}
		return new ReadDocument(mediaType, pages, findReplyCode(scans));
	}

	private List<ReadPage> recognise(List<PageImage> scans, List<String> languages, OcrProgressListener listener)
			throws OcrException, InterruptedException {
		if (scans.isEmpty()) {
			return List.of();
		}
		if (!this.ocr.isAvailable(languages)) {
			return scans.stream()
				.map((scan) -> new ReadPage(scan.number(), "", ReadPage.Source.NEEDS_TRANSCRIPTION, 0))
				.toList();
		}
		List<PageImage> cleaned = scans.stream().map(this.cleanup::clean).toList();
		OcrResult result = this.ocr.recognise(cleaned, languages, listener);
		List<ReadPage> pages = new ArrayList<>(scans.size());
		for (OcrPage page : result.pages()) {
			pages.add(new ReadPage(page.number(), page.text().strip(), ReadPage.Source.OCR, page.meanConfidence()));
		}
		return pages;
	}

	/**
	 * The reply sheet is the last page ECS sends, so it comes back last, or first when
	 * the sender fed the pile the other way round. Only those two pages are searched: a
	 * thorough search of a page without a code takes seconds, too long for every page of
	 * a long fax.
	 */
	private Optional<String> findReplyCode(List<PageImage> scans) {
		if (scans.isEmpty()) {
			return Optional.empty();
		}
		Optional<String> code = this.replyCodes.decode(scans.get(scans.size() - 1).image());
		if (code.isEmpty() && scans.size() > 1) {
			code = this.replyCodes.decode(scans.get(0).image());
		}
		return code;
	}

}
