package org.ecs.core.participant;

import java.util.List;

import org.ecs.core.text.Said;

/**
 * A change to the participants database that cannot be made as asked, with the sentences
 * the person reads: forbidden when it is a matter of rights, not found when there is no
 * such participant, a conflict when the participant's status does not allow it, else
 * something to correct.
 */
public class ParticipantRefusedException extends RuntimeException {

	public enum Kind {

		INVALID, FORBIDDEN, NOT_FOUND, CONFLICT

	}

	private final Kind kind;

	private final List<String> problems;

	private final List<Said> said;

	public ParticipantRefusedException(Kind kind, List<String> problems) {
		super(String.join(" ", problems));
		this.kind = kind;
		this.problems = List.copyOf(problems);
		this.said = List.of();
	}

	private ParticipantRefusedException(Kind kind, List<Said> said, boolean keyed) {
		super(String.join(" ", said.stream().map(Said::english).toList()));
		this.kind = kind;
		this.problems = said.stream().map(Said::english).toList();
		this.said = List.copyOf(said);
	}

	/** Problems to correct as sentences pages say in the reader's language. */
	public static ParticipantRefusedException invalidSaid(List<Said> problems) {
		return new ParticipantRefusedException(Kind.INVALID, problems, true);
	}

	/** A conflict as a sentence pages say in the reader's language. */
	public static ParticipantRefusedException conflict(Said why) {
		return new ParticipantRefusedException(Kind.CONFLICT, List.of(why), true);
	}

	/**
	 * Problems to correct, already in the reader's language (a password's, from
	 * {@link PasswordRules}).
	 */
	public static ParticipantRefusedException invalid(List<String> problems) {
		return new ParticipantRefusedException(Kind.INVALID, problems);
	}

	/** A matter of rights, as a sentence pages say in the reader's language. */
	public static ParticipantRefusedException forbidden(Said why) {
		return new ParticipantRefusedException(Kind.FORBIDDEN, List.of(why), true);
	}

	public static ParticipantRefusedException notFound(long id) {
		return new ParticipantRefusedException(Kind.NOT_FOUND,
				List.of(Said.said("problem.participant.not-found", "There is no participant " + id + ".", id)), true);
	}

	public Kind kind() {
		return this.kind;
	}

	public List<String> problems() {
		return this.problems;
	}

	/** The problems with their keys; empty when only the English is known. */
	public List<Said> said() {
		return this.said;
	}

}
