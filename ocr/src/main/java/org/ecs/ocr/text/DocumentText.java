package org.ecs.ocr.text;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.TikaException;
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
import org.xml.sax.SAXException;

/**
 * Detects what a file is and takes the text out of documents (PDF text layers, Word,
 * OpenDocument, HTML, plain text, mail...) with Apache Tika.
 * <p>
 * Tika's own OCR is switched off: it would run the {@code tesseract} command on every
 * image it meets whenever that command is on the path, so pages would be recognised twice
 * and outside the thread pool and settings of {@code OcrEngine}. Image-only pages are
 * OCR'd by the caller instead.
 * <p>
 * A Tika configuration loads every parser, and made with Tika's defaults it runs programs
 * of the machine to see which are there: make one with {@link #configuration()} and share
 * it with everything that detects or parses files.
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

	/**
	 * @param config the shared Tika configuration ({@link #configuration()})
	 */
	public DocumentText(TikaConfig config) {
		this(config, Limits.defaults());
	}

	/**
	 * @param config the shared Tika configuration ({@link #configuration()})
	 * @param limits what one document may cost
	 */
	public DocumentText(TikaConfig config, Limits limits) {
		this.limits = limits;
		this.config = config;
		this.parser = new AutoDetectParser(this.config);
		this.parsing = Executors.newCachedThreadPool((task) -> {
			Thread thread = new Thread(task, "document-text");
			// a parse that ignores interruption must not keep the JVM alive
			thread.setDaemon(true);
			return thread;
		});
	}

	/**
	 * Tika's standard parsers and detectors without those that run programs of the
	 * machine when they are made ({@code tika-config.xml}: Tika's own OCR, which every
	 * parse here skips, and the ffmpeg, exiftool and sox metadata parsers of audio and
	 * video). Made once and shared: it loads every parser class.
	 * @return a new configuration
	 */
	public static TikaConfig configuration() {
		try (InputStream xml = DocumentText.class.getResourceAsStream("tika-config.xml")) {
			if (xml == null) {
				throw new IllegalStateException("tika-config.xml is missing beside " + DocumentText.class);
			}
			return new TikaConfig(xml);
		}
		catch (TikaException | IOException | SAXException ex) {
			throw new IllegalStateException("Cannot read ECS's Tika configuration: " + ex.getMessage(), ex);
		}
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
