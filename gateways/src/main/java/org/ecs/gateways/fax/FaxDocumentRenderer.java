package org.ecs.gateways.fax;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.ibm.icu.text.Bidi;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.TextDirection;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Renders a {@link FaxDocument} as a PDF that survives a fax line: A4, black on white,
 * 14pt type, no greys, a header with the discussion and its deadline and "page x of y" on
 * every page, and a reply sheet as the last page with a large QR code (error correction
 * H, so that it still decodes after two passes through fax machines at 204x98 dpi).
 * <p>
 * Thread-safe: each call builds its own renderer.
 */
public final class FaxDocumentRenderer {

	// pixels per QR module in the embedded image: enough that rasterising at 204 dpi
	// never
	// interpolates a module edge into grey mush
	private static final String SHEET_TITLE = "REPLY SHEET";

	private static final String WRITE_COMMENT = "Write your comment on the lines below, in any language.";

	private static final String WRITE_ANSWER = "Write your answer on the lines below, in any language; "
			+ "the secretariat passes it on.";

	private static final String FAX_BACK = "Then fax this whole page back to:";

	private static final String KEEP_CODE_CLEAR = "Do not write on the square code.";

	/**
	 * The lines every reply sheet prints besides its reference, names and number: what
	 * OCR reads back from a returned sheet and must not take for the expert's words.
	 */
	public static final java.util.List<String> REPLY_SHEET_PRINT = java.util.List.of(SHEET_TITLE, WRITE_COMMENT,
			WRITE_ANSWER, FAX_BACK, KEEP_CODE_CLEAR);

	private static final int QR_PIXELS_PER_MODULE = 16;

	private final FaxDocumentProperties properties;

	private final DateTimeFormatter dates;

	private final String fontFamilies;

	public FaxDocumentRenderer(FaxDocumentProperties properties) {
		this.properties = properties;
		this.dates = DateTimeFormatter.ofPattern(properties.dateTimePattern(), Locale.ENGLISH);
		List<String> missing = properties.fonts()
			.stream()
			.filter((font) -> !Files.isReadable(font.file()))
			.map((font) -> font.file() + " (Debian package " + font.debianPackage() + ")")
			.toList();
		if (!missing.isEmpty()) {
			// a fax without its Arabic or Chinese glyphs is a fax the expert cannot read:
			// fail at start-up
			throw new IllegalStateException("Fax fonts missing: " + String.join(", ", missing));
		}
		this.fontFamilies = properties.fonts()
			.stream()
			.map(FaxFont::family)
			.distinct()
			.map((family) -> "'" + family + "'")
			.collect(Collectors.joining(", "));
	}

	/**
	 * Renders the fax.
	 * @param document what to say and to whom
	 * @return the PDF and its page count
	 */
	public RenderedFax render(FaxDocument document) {
		String html = html(document);
		ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.useUnicodeBidiSplitter(new IcuBidi.SplitterFactory());
		builder.useUnicodeBidiReorderer(new IcuBidi.Reorderer());
		builder.defaultTextDirection(TextDirection.LTR);
		// the only resource is the QR code we embed ourselves; untrusted text must not
		// fetch anything
		builder.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
				ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
		builder.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
				ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
		for (FaxFont font : this.properties.fonts()) {
			builder.useFont(font.file().toFile(), font.family(), font.weight(), FontStyle.NORMAL, true);
		}
		builder.withHtmlContent(html, null);
		builder.toStream(out);
		try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
			renderer.layout();
			renderer.createPDFWithoutClosing();
			PDDocument pdf = renderer.getPdfDocument();
			pdf.save(out);
			return new RenderedFax(out.toByteArray(), pdf.getNumberOfPages());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not render the fax for " + document.replyCode().reference(), ex);
		}
	}

	String html(FaxDocument document) {
		StringBuilder html = new StringBuilder(8 * 1024);
		html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"UTF-8\"/><title>")
			.append(escape(this.properties.organisation() + " - " + document.discussionTitle()))
			.append("</title><style>\n")
			.append(css())
			.append("</style></head><body>\n");
		html.append("<div id=\"header\"><div class=\"org\">")
			.append(escape(this.properties.organisation()))
			.append("</div>")
			.append(paragraph("title", document.discussionTitle()));
		document.deadline()
			.ifPresent((deadline) -> html.append("<div class=\"deadline\">Deadline for comments: ")
				.append(escape(date(deadline)))
				.append("</div>"));
		html.append("</div>\n");
		html.append("<div class=\"to\">To: ")
			.append(span(document.recipientName()))
			.append("<br/>Reference: ")
			.append(escape(document.replyCode().reference()))
			.append("</div>\n");
		for (FaxContent content : document.contents()) {
			html.append("<div class=\"item\">");
			content(html, content);
			html.append("</div>\n");
		}
		replySheet(html, document);
		html.append("</body></html>\n");
		return html.toString();
	}

	private void content(StringBuilder html, FaxContent content) {
		if (content instanceof FaxContent.Announcement announcement) {
			html.append("<div class=\"kind\">Announcement</div>")
				.append(paragraph("h", announcement.title()))
				.append(meta("By", announcement.author(), announcement.publishedAt()))
				.append(body(announcement.text()));
		}
		else if (content instanceof FaxContent.Comment comment) {
			html.append("<div class=\"kind\">Comment</div>")
				.append(meta("By", comment.author(), comment.postedAt()))
				.append(body(comment.text()));
		}
		else if (content instanceof FaxContent.NetworkMessage message) {
			html.append("<div class=\"kind\">Message</div>")
				.append(paragraph("h", message.subject()))
				.append(meta("From", message.sender(), message.sentAt()))
				.append(body(message.text()));
		}
	}

	private String meta(String label, String who, ZonedDateTime when) {
		return "<div class=\"meta\">" + label + ": " + span(who) + " - " + escape(date(when)) + "</div>";
	}

	private void replySheet(StringBuilder html, FaxDocument document) {
		ReplySheetCode code = document.replyCode();
		html.append("<div class=\"reply\">")
			.append("<div class=\"reply-title\">" + SHEET_TITLE + "</div>")
			.append("<table class=\"reply-top\"><tr><td class=\"qr\"><img src=\"")
			.append(qrDataUri(code.format()))
			.append("\" alt=\"reply code\"/></td><td class=\"how\">")
			.append("<div class=\"ref\">")
			.append(escape(code.reference()))
			.append("</div>")
			.append("<div>From: ")
			.append(span(document.recipientName()))
			.append("</div>")
			.append("<div>" + (code.namesDiscussion() ? WRITE_COMMENT : WRITE_ANSWER) + "</div>")
			.append("<div>" + FAX_BACK + "</div>")
			.append("<div class=\"number\">")
			.append(escape(this.properties.replyFaxNumber()))
			.append("</div>")
			.append("<div>" + KEEP_CODE_CLEAR + "</div>")
			.append("</td></tr></table>");
		for (int i = 0; i < this.properties.replyLines(); i++) {
			html.append("<div class=\"line\"></div>");
		}
		html.append("</div>\n");
	}

	private String css() {
		return """
				@page {
				  size: A4;
				  margin: 34mm 16mm 18mm 16mm;
				  @top-left { content: element(header); vertical-align: bottom; }
				  @bottom-center { content: "page " counter(page) " of " counter(pages); font-family: %1$s; font-size: 13pt; }
				}
				body { font-family: %1$s; font-size: 15pt; line-height: 1.35; color: #000; background: #fff; }
				#header { position: running(header); font-size: 12pt; border-bottom: 2pt solid #000; padding-bottom: 2mm; }
				#header .org { font-weight: bold; }
				#header .title { font-size: 14pt; font-weight: bold; margin: 0; }
				.to { margin-bottom: 6mm; }
				.item { margin-bottom: 8mm; }
				.kind { font-weight: bold; font-size: 13pt; text-transform: uppercase; border-bottom: 1pt solid #000; margin-bottom: 2mm; }
				.h { font-size: 17pt; font-weight: bold; margin: 0 0 2mm 0; }
				.meta { font-size: 13pt; margin-bottom: 3mm; }
				p { margin: 0 0 3mm 0; white-space: pre-wrap; }
				.rtl { direction: rtl; text-align: right; }
				.reply { page-break-before: always; page-break-inside: avoid; }
				.reply-title { font-size: 22pt; font-weight: bold; text-align: center; margin-bottom: 3mm; }
				table.reply-top { width: 100%%; border-collapse: collapse; }
				td.qr { width: 66mm; vertical-align: top; }
				td.qr img { width: 64mm; height: 64mm; }
				td.how { vertical-align: top; padding-left: 4mm; font-size: 14pt; }
				td.how div { margin-bottom: 2mm; }
				.ref { font-size: 22pt; font-weight: bold; }
				.number { font-size: 18pt; font-weight: bold; white-space: nowrap; }
				.line { height: 11mm; border-bottom: 1pt solid #000; }
				"""
			.formatted(this.fontFamilies);
	}

	private String body(String text) {
		StringBuilder html = new StringBuilder();
		for (String paragraph : normalise(text).split("\\n\\s*\\n")) {
			if (!paragraph.isBlank()) {
				html.append(paragraph("", paragraph.strip()));
			}
		}
		return html.toString();
	}

	// a paragraph of right-to-left text is set right-aligned with RTL as its base
	// direction
	private static String paragraph(String cssClass, String text) {
		String clean = normalise(text);
		List<String> classes = new ArrayList<>();
		if (!cssClass.isEmpty()) {
			classes.add(cssClass);
		}
		if (Bidi.getBaseDirection(clean) == Bidi.RTL) {
			classes.add("rtl");
		}
		String attribute = classes.isEmpty() ? "" : " class=\"" + String.join(" ", classes) + "\"";
		return "<p" + attribute + ">" + escape(clean) + "</p>";
	}

	private static String span(String text) {
		return escape(normalise(text).replace('\n', ' '));
	}

	private String date(ZonedDateTime when) {
		return this.dates.format(when);
	}

	private static String normalise(String text) {
		return (text != null) ? text.replace("\r\n", "\n").replace('\r', '\n') : "";
	}

	/**
	 * Escapes text for XHTML, dropping the characters XML cannot carry at all (controls
	 * other than tab and newline, lone surrogates, U+FFFE and U+FFFF).
	 */
	static String escape(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				out.append(c).append(text.charAt(++i));
				continue;
			}
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				case '\t', '\n' -> out.append(c);
				default -> {
					boolean xmlChar = c >= 0x20 && !Character.isSurrogate(c) && c != 0xFFFE && c != 0xFFFF;
					if (xmlChar) {
						out.append(c);
					}
				}
			}
		}
		return out.toString();
	}

	private static String qrDataUri(String payload) {
		try {
			Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
			hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.H);
			hints.put(EncodeHintType.MARGIN, 4);
			BitMatrix modules = new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, 0, 0, hints);
			int size = modules.getWidth() * QR_PIXELS_PER_MODULE;
			BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
			for (int y = 0; y < size; y++) {
				for (int x = 0; x < size; x++) {
					boolean dark = modules.get(x / QR_PIXELS_PER_MODULE, y / QR_PIXELS_PER_MODULE);
					image.setRGB(x, y, dark ? 0xFF000000 : 0xFFFFFFFF);
				}
			}
			ByteArrayOutputStream png = new ByteArrayOutputStream();
			ImageIO.write(image, "png", png);
			return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("Reply code does not fit a QR code: " + payload, ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
