package org.ecs.core.contribution;

/** Input refused at the door, with the sentence its author reads. */
public class ContributionRefusedException extends RuntimeException {

	private final boolean forbidden;

	public ContributionRefusedException(String message, boolean forbidden) {
		super(message);
		this.forbidden = forbidden;
	}

	/**
	 * True when the person may not post at all (as opposed to input that is not
	 * acceptable).
	 */
	public boolean isForbidden() {
		return this.forbidden;
	}

}
