package org.ecs.core.notification;

import java.util.List;

import org.ecs.core.participant.Channel;

/** How the notifications about one thing fared, for whoever sent it. */
public record DeliverySummary(List<Count> counts, List<Failure> failures) {

	/** Nothing was sent about it. */
	public static final DeliverySummary NONE = new DeliverySummary(List.of(), List.of());

	public boolean isEmpty() {
		return this.counts.isEmpty();
	}

	/**
	 * One line a person reads, e.g. "web: 6 delivered · email: 2 sent · fax: 1 failed".
	 */
	public String line() {
		StringBuilder sb = new StringBuilder();
		Channel current = null;
		for (Count c : this.counts) {
			if (c.channel() != current) {
				sb.append(sb.isEmpty() ? "" : " · ")
					.append(c.channel().name().toLowerCase(java.util.Locale.ROOT))
					.append(": ");
				current = c.channel();
			}
			else {
				sb.append(", ");
			}
			sb.append(c.count()).append(' ').append(c.status().label());
		}
		return sb.toString();
	}

	public record Count(Channel channel, DeliveryStatus status, int count) {
	}

	/**
	 * A delivery that did not go out (yet).
	 *
	 * @param attempts attempts made so far
	 * @param nextAttemptAt when one waiting to retry is tried again, else null
	 */
	public record Failure(String recipient, Channel channel, DeliveryStatus status, String reason, int attempts,
			java.time.Instant nextAttemptAt) {

		public Failure(String recipient, Channel channel, DeliveryStatus status, String reason) {
			this(recipient, channel, status, reason, 0, null);
		}

		/**
		 * E.g. "email to Bruno waiting to retry (attempt 3, next at 14:05:10 UTC):
		 * Connection refused".
		 */
		public String line() {
			StringBuilder sb = new StringBuilder(this.channel.name().toLowerCase(java.util.Locale.ROOT)).append(" to ")
				.append(this.recipient)
				.append(' ')
				.append(this.status.label());
			if (this.status == DeliveryStatus.RETRYING) {
				sb.append(" (attempt ").append(this.attempts);
				if (this.nextAttemptAt != null) {
					sb.append(", next at ").append(NEXT.format(this.nextAttemptAt));
				}
				sb.append(')');
			}
			if (this.reason != null && !this.reason.isBlank()) {
				sb.append(": ").append(this.reason);
			}
			return sb.toString();
		}

		private static final java.time.format.DateTimeFormatter NEXT = java.time.format.DateTimeFormatter
			.ofPattern("HH:mm:ss 'UTC'")
			.withZone(java.time.ZoneOffset.UTC);

	}

}
