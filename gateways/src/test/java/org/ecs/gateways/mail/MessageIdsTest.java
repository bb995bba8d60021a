package org.ecs.gateways.mail;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MessageIdsTest {

	private final MessageIds ids = new MessageIds(key("one key of ours, thirty-two bytes+"), "ecs.org");

	private static byte[] key(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	@Test
	void shouldNotBeGuessableFromTheNotificationNumber() {
		assertThat(this.ids.notification(104)).matches("<n-104\\.[0-9a-f]{32}@ecs\\.org>")
			.isNotEqualTo("<n-104@ecs.org>");
		assertThat(this.ids.notification(104)).isNotEqualTo(this.ids.notification(105));
		MessageIds otherKey = new MessageIds(key("another key, also thirty-two bytes"), "ecs.org");
		assertThat(otherKey.notification(104)).isNotEqualTo(this.ids.notification(104));
	}

	@Test
	void shouldBeTheSameIdWhenTheSameNotificationIsSentAgain() {
		assertThat(this.ids.notification(7)).isEqualTo(this.ids.notification(7));
		assertThat(this.ids.discussionRoot(42)).isEqualTo(this.ids.discussionRoot(42)).startsWith("<d-42.");
		assertThat(this.ids.answer("m1@x", "UNKNOWN_SENDER")).isEqualTo(this.ids.answer("m1@x", "UNKNOWN_SENDER"))
			.isNotEqualTo(this.ids.answer("m2@x", "UNKNOWN_SENDER"))
			.endsWith(".unknown-sender@ecs.org>");
	}

	@Test
	void shouldNameTheNotificationOnlyWhenTheMacVerifies() {
		String id = this.ids.notification(104);
		assertThat(this.ids.notificationOf(id)).hasValue(104);
		assertThat(this.ids.notificationOf(id.replaceAll("[<>]", "").toUpperCase())).hasValue(104);
		assertThat(this.ids.notificationOf("n-104@ecs.org")).isEmpty();
		assertThat(this.ids.notificationOf(id.replace("n-104.", "n-105."))).isEmpty();
		assertThat(this.ids.notificationOf(id.replace("@ecs.org", "@elsewhere.org"))).isEmpty();
		assertThat(this.ids.notificationOf(this.ids.discussionRoot(104))).isEmpty();
		assertThat(this.ids.notificationOf(null)).isEmpty();
	}

	@Test
	void shouldRefuseAShortKey() {
		assertThatThrownBy(() -> new MessageIds(key("short"), "ecs.org")).isInstanceOf(IllegalArgumentException.class);
	}

}
