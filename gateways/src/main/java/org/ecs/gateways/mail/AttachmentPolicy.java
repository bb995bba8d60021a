package org.ecs.gateways.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.tika.Tika;
import org.apache.tika.config.TikaConfig;

import org.ecs.gateways.mail.InboundMail.MailAttachment;

/**
 * Decides which attachments of a reply may enter the discussion. The type is detected
 * from the bytes (with the file name only as a hint), never taken from the sender's
 * declaration, so an executable named {@code paper.pdf} is refused. Files are taken in
 * order until the per-mail budget is spent. Thread-safe.
 */
public final class AttachmentPolicy {

	/** Why a file was refused, for the rejection notice. */
	public enum Reason {

		EMPTY, TYPE_NOT_ALLOWED, FILE_TOO_LARGE, MAIL_TOO_LARGE,

		/** A ZIP container (such as a .docx) that unpacks to far more than it weighs. */
		ARCHIVE_EXPANDS_TOO_MUCH,

		/** A ZIP container with more entries than a document has. */
		ARCHIVE_HAS_TOO_MANY_FILES,

		/** A ZIP container that cannot be read as one. */
		ARCHIVE_DAMAGED

	}

	public record Accepted(MailAttachment attachment, String detectedType) {
	}

	public record Refused(MailAttachment attachment, String detectedType, Reason reason) {
	}

	public record Decision(List<Accepted> accepted, List<Refused> refused) {

		public Decision {
			accepted = List.copyOf(accepted);
			refused = List.copyOf(refused);
		}

	}

	private final Tika tika;

	private final Set<String> allowedTypes;

	private final long maxFileBytes;

	private final long maxMailBytes;

	private final ArchiveExpansion archives;

	/**
	 * @param tika the application's Tika configuration, whose detector tells the types
	 * @param allowedTypes media types accepted, for example {@code application/pdf}; a
	 * {@code type/*} entry accepts the whole type
	 * @param maxFileBytes largest accepted file
	 * @param maxMailBytes largest sum of accepted files in one mail
	 */
	public AttachmentPolicy(TikaConfig tika, Set<String> allowedTypes, long maxFileBytes, long maxMailBytes) {
		this(tika, allowedTypes, maxFileBytes, maxMailBytes, new ArchiveExpansion(100L * 1024 * 1024, 100, 10_000));
	}

	/**
	 * @param tika the application's Tika configuration, whose detector tells the types
	 * @param allowedTypes media types accepted, for example {@code application/pdf}; a
	 * {@code type/*} entry accepts the whole type
	 * @param maxFileBytes largest accepted file
	 * @param maxMailBytes largest sum of accepted files in one mail
	 * @param archives what ZIP containers may unpack to, checked before anything reads
	 * them
	 */
	public AttachmentPolicy(TikaConfig tika, Set<String> allowedTypes, long maxFileBytes, long maxMailBytes,
			ArchiveExpansion archives) {
		this.tika = new Tika(tika);
		this.archives = archives;
		this.allowedTypes = allowedTypes.stream()
			.map((type) -> type.strip().toLowerCase(Locale.ROOT))
			.collect(Collectors.toUnmodifiableSet());
		this.maxFileBytes = maxFileBytes;
		this.maxMailBytes = maxMailBytes;
	}

	public Decision check(List<MailAttachment> attachments) {
		List<Accepted> accepted = new ArrayList<>();
		List<Refused> refused = new ArrayList<>();
		long total = 0;
		for (MailAttachment attachment : attachments) {
			if (attachment.size() > this.maxFileBytes) {
				refused.add(new Refused(attachment, attachment.declaredType(), Reason.FILE_TOO_LARGE));
				continue;
			}
			// before anything, type detection included, opens the container
			Reason archive = archiveRefusal(attachment);
			if (archive != null) {
				refused.add(new Refused(attachment, "application/zip", archive));
				continue;
			}
			String detected = detect(attachment);
			if (attachment.size() == 0) {
				refused.add(new Refused(attachment, detected, Reason.EMPTY));
			}
			else if (!allowed(detected)) {
				refused.add(new Refused(attachment, detected, Reason.TYPE_NOT_ALLOWED));
			}
			else if (total + attachment.size() > this.maxMailBytes) {
				refused.add(new Refused(attachment, detected, Reason.MAIL_TOO_LARGE));
			}
			else {
				total += attachment.size();
				accepted.add(new Accepted(attachment, detected));
			}
		}
		return new Decision(accepted, refused);
	}

	private Reason archiveRefusal(MailAttachment attachment) {
		return switch (this.archives.check(attachment.content())) {
			case FINE -> null;
			case EXPANDS_TOO_MUCH -> Reason.ARCHIVE_EXPANDS_TOO_MUCH;
			case TOO_MANY_ENTRIES -> Reason.ARCHIVE_HAS_TOO_MANY_FILES;
			case UNREADABLE -> Reason.ARCHIVE_DAMAGED;
		};
	}

	private String detect(MailAttachment attachment) {
		String type = this.tika.detect(attachment.content(), attachment.fileName());
		int semicolon = type.indexOf(';');
		String detected = ((semicolon >= 0) ? type.substring(0, semicolon) : type).strip().toLowerCase(Locale.ROOT);
		if (NEWS_ARTICLE.equals(detected) && attachment.fileName() != null
				&& attachment.fileName().toLowerCase(Locale.ROOT).endsWith(".txt")) {
			// Tika's magic takes any text opening with "Article" for a Usenet article; in
			// a
			// treaty organisation's mail that is a text citing an article of the treaty
			return "text/plain";
		}
		return detected;
	}

	private static final String NEWS_ARTICLE = "message/news";

	private boolean allowed(String type) {
		if (this.allowedTypes.contains(type)) {
			return true;
		}
		int slash = type.indexOf('/');
		return slash > 0 && this.allowedTypes.contains(type.substring(0, slash) + "/*");
	}

}
