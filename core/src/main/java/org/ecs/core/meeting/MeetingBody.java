package org.ecs.core.meeting;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The bodies that meet. One place to add one: the API, the pages and the calendar read
 * the names from here.
 */
public enum MeetingBody {

	PREPARATORY_COMMISSION("Preparatory Commission"), WORKING_GROUP_A("Working Group A"),
	WORKING_GROUP_B("Working Group B"), ADVISORY_GROUP("Advisory Group");

	private final String displayName;

	MeetingBody(String displayName) {
		this.displayName = displayName;
	}

	public String displayName() {
		return this.displayName;
	}

	/** By its code ({@code WORKING_GROUP_B}) or its name ({@code Working Group B}). */
	public static Optional<MeetingBody> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String t = text.strip();
		return Arrays.stream(values())
			.filter((b) -> b.name().equalsIgnoreCase(t) || b.displayName.equalsIgnoreCase(t))
			.findFirst();
	}

	static String known() {
		return Arrays.stream(values()).map(MeetingBody::name).collect(Collectors.joining(", "));
	}

}
