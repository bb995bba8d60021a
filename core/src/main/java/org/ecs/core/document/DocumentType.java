package org.ecs.core.document;

/** What a document is, as the document officers file it. */
public enum DocumentType {

	OFFICIAL("Official document"), WORKING_PAPER("Working paper"), CONFERENCE_ROOM_PAPER("Conference room paper"),
	DRAFT("Draft under preparation"), INFORMATION_NOTE("Information note");

	private final String label;

	DocumentType(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
