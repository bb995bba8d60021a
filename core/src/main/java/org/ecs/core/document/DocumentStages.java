package org.ecs.core.document;

/**
 * The messages that move a document file from one stage of the pipeline to the next
 * (implemented in the routes module with the outbox). Each is called inside the
 * transaction of the decision it follows, so the decision and its message are kept
 * together or not at all; every stage that consumes one is idempotent on the file id.
 */
public interface DocumentStages {

	/** A file was catalogued as received: its text is to be extracted. */
	void received(long fileId);

	/**
	 * A file needs no review, or the secretariat approved it: it is to be published and
	 * announced.
	 */
	void approved(long fileId);

	/**
	 * A file was refused by the secretariat or could not be read: its uploader is to be
	 * told why.
	 */
	void rejected(long fileId);

}
