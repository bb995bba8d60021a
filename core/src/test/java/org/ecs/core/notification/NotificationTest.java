package org.ecs.core.notification;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NotificationTest {

	static Notification about(String sourceKey) {
		return new Notification(1, 2, "COMMENT_PUBLISHED", sourceKey, 3L, "s", "b", Instant.EPOCH, null);
	}

	@Test
	void shouldNameTheCommentItIsAbout() {
		assertThat(about(Notification.commentKey(42)).commentId()).contains(42L);
	}

	@Test
	void shouldNameNoCommentWhenAboutSomethingElse() {
		assertThat(about("rejected:0f0e").commentId()).isEmpty();
		assertThat(about("comment:x").commentId()).isEmpty();
	}

	@Test
	void shouldTakeSentDeliveredAndBouncedAsFinalAndRetryFailed() {
		assertThat(DeliveryStatus.SENT.isFinal()).isTrue();
		assertThat(DeliveryStatus.DELIVERED.isFinal()).isTrue();
		assertThat(DeliveryStatus.BOUNCED.isFinal()).isTrue();
		assertThat(DeliveryStatus.QUEUED.isFinal()).isFalse();
		assertThat(DeliveryStatus.FAILED.isFinal()).isFalse();
	}

}
