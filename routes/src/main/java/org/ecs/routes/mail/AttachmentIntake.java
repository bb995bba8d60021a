package org.ecs.routes.mail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.tika.config.TikaConfig;
import org.ecs.core.blob.BlobStore;
import org.ecs.core.contribution.Attachment;
import org.ecs.gateways.mail.AttachmentPolicy;
import org.ecs.gateways.mail.InboundMail.MailAttachment;
import org.ecs.gateways.mail.StorableText;
import org.ecs.ocr.text.DocumentText;
import org.ecs.ocr.text.ExtractedText;
import org.ecs.ocr.text.TextExtractionException;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Files that came with a reply: the policy decides (on the sizes, what a ZIP container
 * unpacks to, and the detected type) before anything reads them; accepted ones go to the
 * blob store with the text Tika finds in documents, refused ones are named in the answer
 * to the sender (the whole mail stays in the blob store for inspection). Inline images
 * with a Content-ID are the mail's decoration (logos, signatures), not attachments.
 */
@Component
class AttachmentIntake implements DisposableBean {

	/** Enough of a document's text for search and for the coordinator's preview. */
	static final int MAX_TEXT = 20_000;

	private final AttachmentPolicy policy;

	private final BlobStore blobs;

	/** Tika stops writing at the text kept, and gives up on a slow document. */
	private final DocumentText documents;

	AttachmentIntake(AttachmentPolicy policy, BlobStore blobs, TikaConfig tika) {
		this.policy = policy;
		this.blobs = blobs;
		this.documents = new DocumentText(tika,
				new DocumentText.Limits(Long.MAX_VALUE, MAX_TEXT, Duration.ofSeconds(60)));
	}

	IntakeMail accept(IntakeMail m) {
		if (m.isRefused()) {
			return m;
		}
		List<MailAttachment> files = m.mail()
			.attachments()
			.stream()
			.filter((a) -> !(a.inline() && a.contentId() != null && a.declaredType().startsWith("image/")))
			.toList();
		if (files.isEmpty()) {
			return m;
		}
		AttachmentPolicy.Decision decision = this.policy.check(files);
		List<Attachment> accepted = new ArrayList<>();
		Map<String, String> texts = new LinkedHashMap<>();
		for (AttachmentPolicy.Accepted a : decision.accepted()) {
			String key = this.blobs.put(a.attachment().content());
			accepted.add(new Attachment(a.attachment().fileName(), a.detectedType(), a.attachment().size(), key));
			if (!a.detectedType().startsWith("image/")) {
				text(a).ifPresent((text) -> texts.put(key, text));
			}
		}
		List<String> refused = decision.refused()
			.stream()
			.map((r) -> r.attachment().fileName() + " (" + r.reason().name().toLowerCase(Locale.ROOT).replace('_', ' ')
					+ ")")
			.toList();
		return m.withAttachments(accepted, texts, refused);
	}

	private java.util.Optional<String> text(AttachmentPolicy.Accepted a) {
		try {
			ExtractedText extracted = this.documents.extract(a.attachment().content(), a.attachment().fileName());
			String text = StorableText.clean(extracted.text());
			if (text.isBlank()) {
				return java.util.Optional.empty();
			}
			return java.util.Optional.of((text.length() > MAX_TEXT) ? text.substring(0, MAX_TEXT) : text);
		}
		catch (TextExtractionException ex) {
			// the file is kept all the same; only its text is not searchable
			return java.util.Optional.empty();
		}
	}

	@Override
	public void destroy() {
		this.documents.close();
	}

}
