package org.ecs.web;

import java.util.ArrayList;
import java.util.List;

import org.ecs.core.notification.DeliverySummary;
import org.ecs.core.notification.DeliveryStatus;
import org.ecs.web.i18n.Texts;

import org.springframework.stereotype.Component;

/**
 * How the notifications about a comment or a message fared, in the page's language
 * ({@code @ecsDelivery} in templates): "web: 6 delivered · email: 2 sent", one line per
 * delivery that did not go out. The words are the bundle's {@code delivery.*} and
 * {@code channel.*}; the reason a server gave stays as it gave it.
 */
@Component("ecsDelivery")
public class DeliveryLines {

	private final Texts texts;

	private final DisplayTime time;

	DeliveryLines(Texts texts, DisplayTime time) {
		this.texts = texts;
		this.time = time;
	}

	public String line(DeliverySummary summary) {
		List<String> channels = new ArrayList<>();
		String channel = null;
		List<String> counts = new ArrayList<>();
		for (DeliverySummary.Count c : summary.counts()) {
			String name = c.channel().name();
			if (!name.equals(channel)) {
				add(channels, channel, counts);
				channel = name;
				counts = new ArrayList<>();
			}
			counts.add(this.texts.get("delivery.count", c.count(), status(c.status())));
		}
		add(channels, channel, counts);
		return String.join(" · ", channels);
	}

	public String failure(DeliverySummary.Failure f) {
		StringBuilder line = new StringBuilder(this.texts.get("delivery.failure",
				this.texts.get("channel." + f.channel().name()), f.recipient(), status(f.status())));
		if (f.status() == DeliveryStatus.RETRYING) {
			line.append(' ')
				.append((f.nextAttemptAt() != null)
						? this.texts.get("delivery.retry.next", f.attempts(), this.time.format(f.nextAttemptAt()))
						: this.texts.get("delivery.retry", f.attempts()));
		}
		if (f.reason() != null && !f.reason().isBlank()) {
			line.append(this.texts.get("delivery.reason", f.reason()));
		}
		return line.toString();
	}

	private void add(List<String> channels, String channel, List<String> counts) {
		if (channel != null) {
			channels.add(this.texts.get("delivery.channel", this.texts.get("channel." + channel),
					String.join(this.texts.get("delivery.and"), counts)));
		}
	}

	private String status(DeliveryStatus status) {
		return this.texts.get("delivery.status." + status.name());
	}

}
