package org.ecs.core.contribution;

import java.util.List;

import org.ecs.core.text.Said;

/** Input refused at the door, with the sentence its author reads. */
public class ContributionRefusedException extends RuntimeException {

	private final boolean forbidden;

	private final boolean invalid;

	private final List<Said> said;

	public ContributionRefusedException(String message, boolean forbidden) {
		this(message, forbidden, false, List.of());
	}

	/** One with sentences pages say in the reader's language. */
	public ContributionRefusedException(List<Said> said, boolean forbidden) {
		this(Said.english(said), forbidden, false, Said.distinct(said));
	}

	private ContributionRefusedException(String message, boolean forbidden, boolean invalid, List<Said> said) {
		super(message);
		this.forbidden = forbidden;
		this.invalid = invalid;
		this.said = said;
	}

	/** Input that is not acceptable as sent (empty, too long, unreadable characters). */
	public static ContributionRefusedException invalid(String message) {
		return new ContributionRefusedException(message, false, true, List.of());
	}

	/** {@link #invalid(String)} with sentences pages say in the reader's language. */
	public static ContributionRefusedException invalid(List<Said> said) {
		return new ContributionRefusedException(Said.english(said), false, true, Said.distinct(said));
	}

	/** The reasons as sentences with their keys; empty when only the English is known. */
	public List<Said> said() {
		return this.said;
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
