package org.ecs.core.document;

import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;

import org.ecs.core.notice.Addressee;
import org.ecs.core.notice.Notice;
import org.ecs.core.notice.NoticeKind;
import org.ecs.core.notice.NoticePublication;
import org.ecs.core.notice.Notices;
import org.ecs.core.notification.Notifications;
import org.ecs.core.notification.Wording;
import org.ecs.core.notification.OutboundDelivery;
import org.ecs.core.participant.Participant;
import org.ecs.core.participant.Role;
import org.ecs.core.text.Said;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The last steps of a document file: review by the secretariat where the policy asks
 * (files from participants and from mail), publication, and the "new document" / "new
 * language version" notice to those who may see it; or the answer to the uploader of a
 * file that was refused or could not be read. Each decision writes its message for the
 * next stage ({@link DocumentStages}) in its own transaction. Publishing, the notice and
 * its message for the fan-out (web inbox, email with a link, fax with symbol and title,
 * never the file) are one transaction, through the outbox.
 */
@Service
public class DocumentPublishing {

	public static final int MAX_REASON = 1000;

	private final Documents documents;

	private final Notices notices;

	private final NoticePublication publication;

	private final Notifications notifications;

	private final DocumentStages stages;

	private final DocumentFollows follows;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final String baseUrl;

	public DocumentPublishing(Documents documents, Notices notices, NoticePublication publication,
			Notifications notifications, DocumentStages stages, DocumentFollows follows,
			PlatformTransactionManager transactions, Clock clock,
			@Value("${ecs.mail.base-url:http://localhost:8080}") String baseUrl) {
		this.documents = documents;
		this.notices = notices;
		this.publication = publication;
		this.notifications = notifications;
		this.stages = stages;
		this.follows = follows;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
		this.baseUrl = baseUrl.replaceAll("/+$", "");
	}

	/**
	 * The publication stage (from {@code ecs.document.approved}): a file that needed no
	 * review, or that the secretariat approved, is published and announced in one
	 * transaction. A second call for the same file changes nothing.
	 * @return true when it was published by this call
	 */
	public boolean publish(long fileId) {
		return this.documents.file(fileId).map(this::publish).orElse(false);
	}

	/**
	 * The secretariat approves a file waiting for review; its publication follows from
	 * the queue.
	 */
	public void approve(long fileId, Participant reviewer) {
		DocumentFile f = reviewable(fileId, reviewer);
		this.transaction.executeWithoutResult((status) -> {
			if (!this.documents.markApproved(f.id(), reviewer.id())) {
				throw new DocumentRefusedException(DocumentRefusedException.Kind.CONFLICT,
						Said.said("problem.document.decided", "This file was decided already."));
			}
			this.stages.approved(f.id());
		});
	}

	/**
	 * The secretariat refuses a file waiting for review, saying why; the uploader is told
	 * from the queue.
	 */
	public void reject(long fileId, Participant reviewer, String reason) {
		DocumentFile f = reviewable(fileId, reviewer);
		String r = (reason == null) ? "" : reason.strip();
		if (r.isEmpty() || r.length() > MAX_REASON) {
			throw new DocumentRefusedException(DocumentRefusedException.Kind.INVALID, Said.said(
					"problem.document.reason", "reason: say why, in under " + MAX_REASON + " characters.", MAX_REASON));
		}
		this.transaction.executeWithoutResult((status) -> {
			if (!this.documents.markRejected(f.id(), reviewer.id(), r)) {
				throw new DocumentRefusedException(DocumentRefusedException.Kind.CONFLICT,
						Said.said("problem.document.decided", "This file was decided already."));
			}
			this.stages.rejected(f.id());
		});
	}

	/**
	 * The answer stage (from {@code ecs.document.rejected}): the uploader is told, on
	 * their channels, that the file was not published and why (once: the notification's
	 * key is the file).
	 * @return the deliveries still to make
	 */
	public List<OutboundDelivery> answerRejected(long fileId) {
		DocumentFile f = this.documents.file(fileId).orElse(null);
		if (f == null || f.status() != DocumentFile.Status.REJECTED || f.uploadedBy() == null) {
			return List.of();
		}
		Document d = this.documents.findById(f.documentId()).orElseThrow();
		String language = DocumentLanguage.name(f.language());
		String subject = "Not published: " + d.symbol() + " (" + language + ")";
		String reason = (f.note() == null) ? "" : f.note();
		String body = d.symbol() + "\n" + d.title(f.language()) + "\nFile: " + f.fileName() + " (" + language + ")\n\n"
				+ "Reason: " + reason + "\n\n"
				+ "The file is kept for the secretariat; you may send a corrected one for the same symbol and language.\n"
				+ this.baseUrl + "/documents/" + d.id();
		Wording wording = Wording.of("document.rejected", d.symbol(), Wording.language(f.language()),
				d.title(f.language()), f.fileName(), reason, this.baseUrl + "/documents/" + d.id());
		return this.transaction.execute((status) -> this.notifications.createForRecipients(List.of(f.uploadedBy()),
				"DOCUMENT_REJECTED", "document-rejected:" + f.id(), null, subject, body, wording));
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
					Said.said("problem.document.not-waiting", "This file is not waiting for review."));
		}
		return f;
	}

	private boolean publish(DocumentFile f) {
		Document d = this.documents.findById(f.documentId()).orElseThrow();
		Boolean published = this.transaction.execute((status) -> {
			boolean firstOfDocument = this.documents.publishedCount(d.id(), null) == 0;
			boolean firstOfLanguage = this.documents.publishedCount(d.id(), f.language()) == 0;
			if (!this.documents.markPublished(f.id(), this.clock.instant())) {
				return false;
			}
			if (f.source() == DocumentFile.Source.DEMO) {
				return true;
			}
			Long sender = (f.uploadedBy() != null) ? f.uploadedBy() : this.documents.reviewer(f.id()).orElse(null);
			List<Addressee> to = addressees(d);
			if (sender == null || this.notices.resolve(to, sender).isEmpty()) {
				return true;
			}
			String language = DocumentLanguage.name(f.language());
			String subject = firstOfDocument ? "New document: " + d.symbol()
					: firstOfLanguage ? "New language version (" + language + "): " + d.symbol()
							: "Updated file (" + language + "): " + d.symbol();
			String key = firstOfDocument ? "document.new" : firstOfLanguage ? "document.language" : "document.updated";
			Notice notice = this.notices.create(NoticeKind.MESSAGE, sender, null, subject, body(d, f), to,
					wording(key, d, f));
			// in this transaction: the outbox keeps the publication and its message
			// together
			this.publication.publish(notice.id());
			return true;
		});
		return Boolean.TRUE.equals(published);
	}

	/**
	 * A published document whose distribution changed: those who may read it now and
	 * could not before are told of it, as of a new document (symbol, titles, where to
	 * read it, never the file). Those who lost it are not told: naming a restricted
	 * document to them would say what it is. Call in the transaction of the change, so
	 * that the notice goes through the outbox with it.
	 * @return how many people were told
	 */
	public int announceDistributionChange(Document before, Document after, Participant editor) {
		if (before.distribution() == after.distribution()) {
			return 0;
		}
		List<DocumentFile> published = this.documents.files(after.id())
			.stream()
			.filter(DocumentFile::published)
			.toList();
		if (published.isEmpty()) {
			return 0;
		}
		List<Long> discussions = this.documents.relatedDiscussions(after).stream().map((x) -> x.id()).toList();
		java.util.Set<Long> could = new java.util.HashSet<>(
				this.notices.resolve(addressees(before, discussions), editor.id()));
		List<Addressee> admitted = this.notices.resolve(addressees(after, discussions), editor.id())
			.stream()
			.filter((p) -> !could.contains(p))
			.map(Addressee::person)
			.toList();
		if (admitted.isEmpty()) {
			return 0;
		}
		Notice notice = this.notices.create(NoticeKind.MESSAGE, editor.id(), null,
				"Document now open to you: " + after.symbol(), body(after, published.get(0)), admitted,
				wording("document.open", after, published.get(0)));
		this.publication.publish(notice.id());
		return admitted.size();
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
		List<Long> discussions = this.documents.relatedDiscussions(d).stream().map((x) -> x.id()).toList();
		List<Addressee> to = addressees(d, discussions);
		if (!to.equals(List.of(Addressee.everyone())) || !this.follows.anyone()) {
			return to;
		}
		// once people follow bodies or meetings, a general document goes to its
		// followers, to those who follow nothing, and to the audience of its
		// discussions
		List<Addressee> narrowed = new java.util.ArrayList<>();
		discussions.forEach((x) -> narrowed.add(Addressee.discussion(x)));
		this.follows.audienceOf(d).forEach((p) -> narrowed.add(Addressee.person(p)));
		return narrowed;
	}

	/**
	 * Symbol, title and where to read it: the same words by email, in the web inbox and
	 * on a fax, and never the file.
	 */
	private String body(Document d, DocumentFile f) {
		return d.symbol() + "\n" + titles(d, f) + "\nLanguages available: " + languages(d, f) + "\n\n" + this.baseUrl
				+ "/documents/" + d.id();
	}

	/**
	 * The same as a wording each reader's channels say in their language: {0} the symbol,
	 * {1} the file's language, {2} the titles, {3} the languages available, {4} where to
	 * read it.
	 */
	private Wording wording(String key, Document d, DocumentFile f) {
		return Wording.of(key, d.symbol(), Wording.language(f.language()), titles(d, f), languages(d, f),
				this.baseUrl + "/documents/" + d.id());
	}

	private String languages(Document d, DocumentFile f) {
		return this.documents.files(d.id())
			.stream()
			.filter((x) -> x.published() || x.id() == f.id())
			.map(DocumentFile::language)
			.distinct()
			.sorted(java.util.Comparator.comparingInt(DocumentLanguage.ALL::indexOf))
			.collect(Collectors.joining(", "));
	}

	private String titles(Document d, DocumentFile f) {
		// every title the document has, in the order the languages are offered: the
		// versions are published in any order, and each reader looks for their own
		String titles = DocumentLanguage.ALL.stream()
			.filter(d.titles()::containsKey)
			.map(d.titles()::get)
			.distinct()
			.collect(Collectors.joining("\n"));
		return titles.isEmpty() ? d.title(f.language()) : titles;
	}

}
