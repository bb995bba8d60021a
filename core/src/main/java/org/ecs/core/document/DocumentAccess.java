package org.ecs.core.document;

import java.util.Optional;

import org.ecs.core.discussion.Discussion;
import org.ecs.core.discussion.DiscussionAccess;
import org.ecs.core.participant.Channel;
import org.ecs.core.participant.Participant;
import org.ecs.core.participant.Role;
import org.springframework.stereotype.Component;

/**
 * Who may see, download and upload documents; every page and API call asks here. Seeing
 * is {@link Documents#VISIBLE_TO}; downloading is seeing, unless the participant takes
 * part by fax only (they receive announcements, never files); uploading is for the
 * secretariat, and for a full participant adding a document to a discussion they take
 * part in.
 */
@Component
public class DocumentAccess {

	private final Documents documents;

	private final DiscussionAccess discussions;

	private final java.time.Clock clock;

	public DocumentAccess(Documents documents, DiscussionAccess discussions, java.time.Clock clock) {
		this.documents = documents;
		this.discussions = discussions;
		this.clock = clock;
	}

	public boolean canSee(Participant p, Document d) {
		return p.active() && this.documents.visibleTo(d.id(), p.id());
	}

	/** Whether the participant may have files at all (fax-only participants may not). */
	public static boolean mayDownloadFiles(Participant p) {
		return p.active() && !faxOnly(p);
	}

	public static boolean faxOnly(Participant p) {
		return p.channels().equals(java.util.Set.of(Channel.FAX));
	}

	public boolean canDownload(Participant p, Document d, DocumentFile f) {
		return mayDownloadFiles(p) && canSee(p, d) && f.documentId() == d.id()
				&& (f.published() || managesDocuments(p) || (f.uploadedBy() != null && f.uploadedBy() == p.id()));
	}

	/**
	 * The secretariat catalogues, uploads without review, and reviews what others send.
	 */
	public static boolean managesDocuments(Participant p) {
		return p.active() && (p.has(Role.SECRETARIAT) || p.isAdministrator());
	}

	/**
	 * Why this participant may not upload to this symbol (and discussion), or empty when
	 * they may.
	 * @param existing the document already under that symbol, if any
	 * @param discussion the discussion a full participant adds it to, if any
	 */
	public Optional<String> refusalToUpload(Participant p, Optional<Document> existing,
			Optional<Discussion> discussion) {
		if (managesDocuments(p)) {
			return Optional.empty();
		}
		if (!p.mayPost()) {
			return Optional.of("Only the secretariat and full participants upload documents.");
		}
		if (discussion.isEmpty()) {
			return Optional.of("Name the discussion you take part in to add a document to it.");
		}
		Optional<DiscussionAccess.Refusal> refusal = this.discussions.refusalToPost(p, discussion.get(),
				this.clock.instant());
		if (refusal.isPresent()) {
			return Optional.of(refusal.get().message());
		}
		if (existing.isPresent() && !java.util.Objects.equals(existing.get().createdBy(), p.id())) {
			return Optional.of("Only the secretariat adds versions to a document someone else catalogued.");
		}
		return Optional.empty();
	}

}
