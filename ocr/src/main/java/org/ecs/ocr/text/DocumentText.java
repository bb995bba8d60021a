package org.ecs.ocr.text;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;

/**
 * Detects what a file is and takes the text out of documents (PDF text layers, Word,
 * OpenDocument, HTML, plain text, mail...) with Apache Tika.
 * <p>
 * Tika's own OCR is switched off: it would run the {@code tesseract} command on every
 * image it meets whenever that command is on the path, so pages would be recognised twice
 * and outside the thread pool and settings of {@code OcrEngine}. Image-only pages are
 * OCR'd by the caller instead.
 */
public class DocumentText implements AutoCloseable {

	/**
	 * @param maxBytes larger inputs are refused before parsing
	 * @param maxChars the text is cut after this many characters
	 * @param timeout parsing is abandoned after this long
	 */
	public record Limits(long maxBytes, int maxChars, Duration timeout) {

		public static Limits defaults() {
			return new Limits(50L * 1024 * 1024, 2_000_000, Duration.ofSeconds(60));
		}

	}

	private final Limits limits;

	private final TikaConfig config;

	private final Parser parser;

	private final ExecutorService parsing;

	public DocumentText() {
		this(Limits.defaults());
	}

	public DocumentText(Limits limits) {
		this.limits = limits;
		this.config = TikaConfig.getDefaultConfig();
		this.parser = new AutoDetectParser(this.config);
		this.parsing = Executors.newCachedThreadPool((task) -> {
			Thread thread = new Thread(task, "document-text");
			// a parse that ignores interruption must not keep the JVM alive
			thread.setDaemon(true);
			return thread;
		});
	}

	/**
	 * @param bytes the file
	 * @param fileName its name if known (a hint only: the bytes win), or {@code null}
	 * @return the media type without parameters, e.g. {@code image/tiff}
	 */
	public String detect(byte[] bytes, String fileName) {
		Metadata metadata = new Metadata();
		if (fileName != null) {
			metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
		}
		try (TikaInputStream in = TikaInputStream.get(bytes)) {
			MediaType type = this.config.getDetector().detect(in, metadata);
			return type.getBaseType().toString();
		}
		catch (IOException ex) {
			return MediaType.OCTET_STREAM.toString();
		}
	}

	/**
	 * @param bytes the document
	 * @param fileName its name if known, or {@code null}
	 * @return the plain text and the detected media type
	 * @throws TextExtractionException when the document is too large, too slow, corrupt
	 * or encrypted
	 */
	public ExtractedText extract(byte[] bytes, String fileName) throws TextExtractionException {
		if (bytes.length > this.limits.maxBytes()) {
			throw new TextExtractionException(
					"Document of " + bytes.length + " bytes exceeds the limit of " + this.limits.maxBytes());
		}
		Future<ExtractedText> result = this.parsing.submit(() -> parse(bytes, fileName));
		try {
			return result.get(this.limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			result.cancel(true);
			throw new TextExtractionException("Text extraction took longer than " + this.limits.timeout(), ex);
		}
		catch (InterruptedException ex) {
			result.cancel(true);
			Thread.currentThread().interrupt();
			throw new TextExtractionException("Interrupted", ex);
		}
		catch (ExecutionException ex) {
			throw new TextExtractionException("Text extraction failed: " + ex.getCause().getMessage(), ex.getCause());
		}
	}

	private ExtractedText parse(byte[] bytes, String fileName) throws Exception {
		Metadata metadata = new Metadata();
		if (fileName != null) {
			metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
		}
		ParseContext context = new ParseContext();
		TesseractOCRConfig ocr = new TesseractOCRConfig();
		ocr.setSkipOcr(true);
		context.set(TesseractOCRConfig.class, ocr);
		PDFParserConfig pdf = new PDFParserConfig();
		pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
		pdf.setExtractInlineImages(false);
		context.set(PDFParserConfig.class, pdf);
		context.set(Parser.class, this.parser);
		BodyContentHandler handler = new BodyContentHandler(this.limits.maxChars());
		boolean truncated = false;
		try (TikaInputStream in = TikaInputStream.get(bytes)) {
			this.parser.parse(in, handler, metadata, context);
		}
		catch (Exception ex) {
			if (!WriteLimitReachedException.isWriteLimitReached(ex)) {
				throw ex;
			}
			truncated = true;
		}
		String type = metadata.get(Metadata.CONTENT_TYPE);
		String mediaType = (type != null) ? MediaType.parse(type).getBaseType().toString() : detect(bytes, fileName);
		return new ExtractedText(mediaType, handler.toString().strip(), truncated);
	}

	@Override
	public void close() {
		this.parsing.shutdownNow();
	}

}
