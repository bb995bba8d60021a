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
			sb.append(c.count()).append(' ').append(c.status().name().toLowerCase(java.util.Locale.ROOT));
		}
		return sb.toString();
	}

	public record Count(Channel channel, DeliveryStatus status, int count) {
	}

	public record Failure(String recipient, Channel channel, DeliveryStatus status, String reason) {
	}

}
