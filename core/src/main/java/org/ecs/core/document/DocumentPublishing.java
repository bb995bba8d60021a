package org.ecs.core.document;

import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;

import org.ecs.core.notice.Addressee;
import org.ecs.core.notice.Notice;
import org.ecs.core.notice.NoticeKind;
import org.ecs.core.notice.NoticePublication;
import org.ecs.core.notice.Notices;
import org.ecs.core.participant.Participant;
import org.ecs.core.participant.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The last steps of a document file: review by the secretariat where the policy asks
 * (files from participants and from mail), publication, and the "new document" / "new
 * language version" notice to those who may see it. Publishing, the notice and its
 * message for the fan-out (web inbox, email with a link, fax with symbol and title, never
 * the file) are one transaction, through the outbox.
 */
@Service
public class DocumentPublishing {

	public static final int MAX_REASON = 1000;

	private final Documents documents;

	private final Notices notices;

	private final NoticePublication publication;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final String baseUrl;

	public DocumentPublishing(Documents documents, Notices notices, NoticePublication publication,
			PlatformTransactionManager transactions, Clock clock,
			@Value("${ecs.mail.base-url:http://localhost:8080}") String baseUrl) {
		this.documents = documents;
		this.notices = notices;
		this.publication = publication;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
		this.baseUrl = baseUrl.replaceAll("/+$", "");
	}

	/**
	 * After extraction: a file that needs no review is published now.
	 * @return true when it was published by this call
	 */
	public boolean publishIfNoReview(long fileId) {
		DocumentFile f = this.documents.file(fileId).orElseThrow();
		return f.status() == DocumentFile.Status.EXTRACTED && publish(f, null);
	}

	/** The secretariat approves a file waiting for review. */
	public void approve(long fileId, Participant reviewer) {
		DocumentFile f = reviewable(fileId, reviewer);
		if (!publish(f, reviewer)) {
			throw new DocumentRefusedException(DocumentRefusedException.Kind.CONFLICT,
					"This file was decided already.");
		}
	}

	/** The secretariat refuses a file waiting for review, saying why. */
	public void reject(long fileId, Participant reviewer, String reason) {
		DocumentFile f = reviewable(fileId, reviewer);
		String r = (reason == null) ? "" : reason.strip();
		if (r.isEmpty() || r.length() > MAX_REASON) {
			throw new DocumentRefusedException(DocumentRefusedException.Kind.INVALID,
					"reason: say why, in under " + MAX_REASON + " characters.");
		}
		if (!this.documents.markRejected(f.id(), reviewer.id(), r)) {
			throw new DocumentRefusedException(DocumentRefusedException.Kind.CONFLICT,
					"This file was decided already.");
		}
	}

	private DocumentFile reviewable(long fileId, Participant reviewer) {
		if (!DocumentAccess.managesDocuments(reviewer)) {
			throw new DocumentRefusedException(DocumentRefusedException.Kind.FORBIDDEN,
					"Only the secretariat reviews documents.");
		}
		DocumentFile f = this.documents.file(fileId)
			.orElseThrow(() -> new DocumentRefusedException(DocumentRefusedException.Kind.NOT_FOUND,
					"No such document file."));
		if (f.status() != DocumentFile.Status.IN_REVIEW) {
			throw new DocumentRefusedException(DocumentRefusedException.Kind.CONFLICT,
					"This file is not waiting for review.");
		}
		return f;
	}

	private boolean publish(DocumentFile f, Participant reviewer) {
		Document d = this.documents.findById(f.documentId()).orElseThrow();
		record Outcome(boolean published, Notice notice) {
		}
		Outcome outcome = this.transaction.execute((status) -> {
			boolean firstOfDocument = this.documents.publishedCount(d.id(), null) == 0;
			boolean firstOfLanguage = this.documents.publishedCount(d.id(), f.language()) == 0;
			if (!this.documents.markPublished(f.id(), (reviewer != null) ? reviewer.id() : null,
					this.clock.instant())) {
				return new Outcome(false, null);
			}
			if (f.source() == DocumentFile.Source.DEMO) {
				return new Outcome(true, null);
			}
			Long sender = (f.uploadedBy() != null) ? f.uploadedBy() : (reviewer != null) ? reviewer.id() : null;
			List<Addressee> to = addressees(d);
			if (sender == null || this.notices.resolve(to, sender).isEmpty()) {
				return new Outcome(true, null);
			}
			String language = DocumentLanguage.name(f.language());
			String subject = firstOfDocument ? "New document: " + d.symbol()
					: firstOfLanguage ? "New language version (" + language + "): " + d.symbol()
							: "Updated file (" + language + "): " + d.symbol();
			Notice notice = this.notices.create(NoticeKind.MESSAGE, sender, null, subject, body(d, f), to);
			// in this transaction: the outbox keeps the publication and its message
			// together
			this.publication.publish(notice.id());
			return new Outcome(true, notice);
		});
		return outcome.published();
	}

	/** Who hears of it: exactly those who may see it. */
	static List<Addressee> addressees(Document d, List<Long> relatedDiscussions) {
		if (d.distribution() == Distribution.RESTRICTED) {
			return List.of(Addressee.role(Role.SECRETARIAT));
		}
		if (d.distribution() == Distribution.LIMITED || d.type() == DocumentType.DRAFT) {
			return relatedDiscussions.stream().map(Addressee::discussion).toList();
		}
		return List.of(Addressee.everyone());
	}

	private List<Addressee> addressees(Document d) {
		return addressees(d, this.documents.relatedDiscussions(d).stream().map((x) -> x.id()).toList());
	}

	/**
	 * Symbol, title and where to read it: the same words by email, in the web inbox and
	 * on a fax, and never the file.
	 */
	private String body(Document d, DocumentFile f) {
		String languages = this.documents.files(d.id())
			.stream()
			.filter((x) -> x.published() || x.id() == f.id())
			.map(DocumentFile::language)
			.distinct()
			.sorted(java.util.Comparator.comparingInt(DocumentLanguage.ALL::indexOf))
			.collect(Collectors.joining(", "));
		return d.symbol() + "\n" + d.title(f.language()) + "\nLanguages available: " + languages + "\n\n" + this.baseUrl
				+ "/documents/" + d.id();
	}

}
