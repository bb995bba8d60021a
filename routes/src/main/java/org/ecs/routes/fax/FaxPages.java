package org.ecs.routes.fax;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.ecs.core.blob.BlobStore;
import org.ecs.core.contribution.Attachment;
import org.ecs.gateways.fax.FaxAttachment;
import org.ecs.ocr.page.PageImage;
import org.ecs.ocr.page.PageImageReader;
import org.ecs.ocr.page.PageReadException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Decodes the fax's page files (a 204x98 dpi page comes out stretched to square pixels)
 * and keeps each page as a PNG in the blob store: browsers do not show TIFF, and the
 * coordinator reads the page beside its OCR text. A page file that cannot be decoded is
 * named in the facts and the fax goes on: the raw mail still holds it.
 */
@Component
@ConditionalOnProperty(name = "ecs.fax.enabled", havingValue = "true", matchIfMissing = true)
class FaxPages {

	static final String PAGE_IMAGES = "fax.pageImages";

	private final PageImageReader reader;

	private final BlobStore blobs;

	private final Clock clock;

	FaxPages(PageImageReader faxPageReader, BlobStore blobs, Clock clock) {
		this.reader = faxPageReader;
		this.blobs = blobs;
		this.clock = clock;
	}

	FaxIntake read(BridgeMail.Fax mail) {
		FaxIntake fax = FaxIntake.of(mail.received(), mail.fax(), receivedAt(mail));
		List<PageImage> pages = new ArrayList<>();
		List<String> unreadable = new ArrayList<>();
		for (FaxAttachment file : mail.fax().pages()) {
			try {
				for (PageImage page : this.reader.read(file.bytes(), file.baseType())) {
					pages.add(new PageImage(pages.size() + 1, page.image(), page.xDpi(), page.yDpi()));
				}
			}
			catch (PageReadException ex) {
				unreadable.add(file.fileName() + ": " + ex.getMessage());
			}
		}
		List<Attachment> images = new ArrayList<>();
		for (PageImage page : pages) {
			byte[] png = png(page.image());
			images.add(
					new Attachment("fax-page-" + page.number() + ".png", "image/png", png.length, this.blobs.put(png)));
		}
		Map<String, String> facts = new LinkedHashMap<>();
		facts.put("fax.pages", String.valueOf(pages.size()));
		facts.put(PAGE_IMAGES, String.join(",", images.stream().map(Attachment::blobKey).toList()));
		if (!unreadable.isEmpty()) {
			facts.put("fax.unreadablePages", String.join("; ", unreadable));
		}
		return fax.withPages(pages, images, facts);
	}

	/**
	 * When the bridge says it received the fax, unless that is later than the mailbox
	 * received its mail or than now (a bridge clock off by hours must not move a fax past
	 * a deadline it met).
	 */
	private Instant receivedAt(BridgeMail.Fax mail) {
		Instant now = this.clock.instant();
		Instant latest = (mail.received().arrivedAt() != null && mail.received().arrivedAt().isBefore(now))
				? mail.received().arrivedAt() : now;
		Instant stated = mail.fax().received().orElse(latest);
		return stated.isAfter(latest) ? latest : stated;
	}

	private static byte[] png(BufferedImage image) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
