package org.ecs.core.contribution;

/** Input refused at the door, with the sentence its author reads. */
public class ContributionRefusedException extends RuntimeException {

	private final boolean forbidden;

	private final boolean invalid;

	public ContributionRefusedException(String message, boolean forbidden) {
		this(message, forbidden, false);
	}

	private ContributionRefusedException(String message, boolean forbidden, boolean invalid) {
		super(message);
		this.forbidden = forbidden;
		this.invalid = invalid;
	}

	/** Input that is not acceptable as sent (empty, too long, unreadable characters). */
	public static ContributionRefusedException invalid(String message) {
		return new ContributionRefusedException(message, false, true);
	}

	/** True when the input itself is at fault, not who sends it or when. */
	public boolean isInvalid() {
		return this.invalid;
	}

	/**
	 * True when the person may not post at all (as opposed to input that is not
	 * acceptable).
	 */
	public boolean isForbidden() {
		return this.forbidden;
	}

}
