package org.ecs.core.meeting;

import java.util.List;

/** What is wrong with a meeting as sent, each problem naming its field. */
public class MeetingRefusedException extends RuntimeException {

	private final List<String> problems;

	public MeetingRefusedException(List<String> problems) {
		super(String.join(" ", problems));
		this.problems = List.copyOf(problems);
	}

	public List<String> problems() {
		return this.problems;
	}

}
