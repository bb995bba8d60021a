package org.ecs.core.meeting;

import java.util.List;

/** What is wrong with a meeting as sent, each problem naming its field. */
public class MeetingRefusedException extends RuntimeException {

	private final List<String> problems;

	private final List<org.ecs.core.text.Said> said;

	public MeetingRefusedException(List<String> problems) {
		super(String.join(" ", problems));
		this.problems = List.copyOf(problems);
		this.said = List.of();
	}

	/** Problems as sentences pages say in the reader's language. */
	public static MeetingRefusedException said(List<org.ecs.core.text.Said> said) {
		return new MeetingRefusedException(said.stream().map(org.ecs.core.text.Said::english).toList(), said);
	}

	private MeetingRefusedException(List<String> problems, List<org.ecs.core.text.Said> said) {
		super(String.join(" ", problems));
		this.problems = List.copyOf(problems);
		this.said = List.copyOf(said);
	}

	public List<String> problems() {
		return this.problems;
	}

	/** The problems with their keys; empty when only the English is known. */
	public List<org.ecs.core.text.Said> said() {
		return this.said;
	}

}
