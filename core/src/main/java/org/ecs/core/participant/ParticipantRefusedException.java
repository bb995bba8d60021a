package org.ecs.core.participant;

import java.util.List;

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

	public ParticipantRefusedException(Kind kind, List<String> problems) {
		super(String.join(" ", problems));
		this.kind = kind;
		this.problems = List.copyOf(problems);
	}

	public static ParticipantRefusedException invalid(List<String> problems) {
		return new ParticipantRefusedException(Kind.INVALID, problems);
	}

	public static ParticipantRefusedException forbidden(String why) {
		return new ParticipantRefusedException(Kind.FORBIDDEN, List.of(why));
	}

	public static ParticipantRefusedException notFound(long id) {
		return new ParticipantRefusedException(Kind.NOT_FOUND, List.of("There is no participant " + id + "."));
	}

	public static ParticipantRefusedException conflict(String why) {
		return new ParticipantRefusedException(Kind.CONFLICT, List.of(why));
	}

	public Kind kind() {
		return this.kind;
	}

	public List<String> problems() {
		return this.problems;
	}

}
