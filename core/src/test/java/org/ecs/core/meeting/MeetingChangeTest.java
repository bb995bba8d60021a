package org.ecs.core.meeting;

import java.time.Instant;

import org.ecs.core.text.Said;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MeetingChangeTest {

	@Test
	void shouldSayTheChangedFieldsByTheirLabelKeys() {
		assertThat(change("title, room, statusReason").said()).containsExactly(
				Said.said("meeting.field.title", "title"), Said.said("meeting.field.room", "room"),
				Said.said("meeting.field.statusReason", "statusReason"));
	}

	@Test
	void shouldSayTheLiveStreamAndALaunchedDiscussionWithTheirArguments() {
		assertThat(change("live stream").said()).extracting(Said::key).containsExactly("meeting.history.live-set");
		assertThat(change("live stream removed").said()).extracting(Said::key)
			.containsExactly("meeting.history.live-removed");
		assertThat(change("agenda[2]: discussion 17 launched").said()).containsExactly(
				Said.said("meeting.history.discussion-launched", "agenda[2]: discussion 17 launched", 2, "17"));
	}

	@Test
	void shouldLeaveTextItDoesNotKnowAsStored() {
		assertThat(change("created").said()).isEmpty();
		assertThat(change("title, colour").said()).isEmpty();
	}

	private static MeetingChange change(String changes) {
		return new MeetingChange(1, 1, "AMENDED", changes, 5, "Sam", Instant.EPOCH);
	}

}
