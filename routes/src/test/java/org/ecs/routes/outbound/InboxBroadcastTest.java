package org.ecs.routes.outbound;

import java.util.ArrayList;
import java.util.List;

import org.ecs.core.notification.InboxChangedElsewhere;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InboxBroadcastTest {

	final List<Object> published = new ArrayList<>();

	final InboxBroadcast broadcast = new InboxBroadcast(null, this.published::add);

	@Test
	void shouldTellThePagesHereOfAnotherInstancesDelivery() {
		this.broadcast.heard("42 7001", "another-instance");

		assertThat(this.published).containsExactly(new InboxChangedElsewhere(42, 7001));
	}

	@Test
	void shouldNotTellTwiceWhatThisInstanceDelivered() {
		this.broadcast.heard("42 7001", this.broadcast.instance());

		assertThat(this.published).isEmpty();
	}

	@Test
	void shouldDropAnAnnouncementThatDoesNotRead() {
		this.broadcast.heard("42", "another-instance");
		this.broadcast.heard("x y", "another-instance");
		this.broadcast.heard(null, "another-instance");

		assertThat(this.published).isEmpty();
	}

}
