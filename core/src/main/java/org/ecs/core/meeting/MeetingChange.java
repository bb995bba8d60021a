package org.ecs.core.meeting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ecs.core.text.Said;

/**
 * One line of a meeting's history: who changed what, when. {@code changes} is as stored
 * and as the API gives it (field names such as {@code title, agenda},
 * {@code live stream}, {@code agenda[2]: discussion 7 launched}).
 */
public record MeetingChange(long meetingId, int sequence, String action, String changes, long changedBy,
		String changedByName, Instant changedAt) {

	private static final Set<String> FIELDS = Set.of("body", "session", "title", "start", "end", "venue", "room",
			"status", "statusReason", "contact", "agenda");

	private static final Pattern LAUNCHED = Pattern.compile("agenda\\[(\\d{1,4})\\]: discussion (\\d{1,18}) launched");

	/**
	 * What changed, each part for pages to say in the reader's language (a changed field
	 * by its label); empty when the stored text is not one ECS writes, which pages then
	 * show as stored.
	 */
	public List<Said> said() {
		String c = (this.changes == null) ? "" : this.changes.strip();
		if (c.equals("live stream")) {
			return List.of(Said.said("meeting.history.live-set", c));
		}
		if (c.equals("live stream removed")) {
			return List.of(Said.said("meeting.history.live-removed", c));
		}
		Matcher launched = LAUNCHED.matcher(c);
		if (launched.matches()) {
			return List.of(Said.said("meeting.history.discussion-launched", c, Integer.parseInt(launched.group(1)),
					launched.group(2)));
		}
		List<Said> fields = new ArrayList<>();
		for (String field : c.split(",")) {
			if (!FIELDS.contains(field.strip())) {
				return List.of();
			}
			fields.add(MeetingFields.field(field.strip()));
		}
		return fields;
	}

}
