package org.ecs.routes.messaging;

import java.time.Clock;

import org.ecs.core.notification.DeliveryStatus;
import org.ecs.core.notification.Notifications;
import org.ecs.core.participant.Channel;
import org.springframework.stereotype.Component;

/**
 * Records a failed delivery attempt as the people who look at it should read it: waiting
 * to retry (which attempt, when the broker tries again) while the broker has attempts
 * left, failed only on the last, after which the broker dead-letters the message.
 */
@Component
public class DeliveryRetries {

	/** The broker's count of deliveries of a message, 1 for the first. */
	public static final String DELIVERY_COUNT = "JMSXDeliveryCount";

	private final Notifications notifications;

	private final RetrySettings settings;

	private final Clock clock;

	public DeliveryRetries(Notifications notifications, RetrySettings settings, Clock clock) {
		this.notifications = notifications;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * @param deliveryCount the broker's delivery count of the message, or null when
	 * unknown (then the attempts recorded so far tell)
	 * @return the status recorded
	 */
	public DeliveryStatus failed(long notificationId, Channel channel, Integer deliveryCount, String error) {
		int count = (deliveryCount != null && deliveryCount > 0) ? deliveryCount
				: this.notifications.delivery(notificationId, channel).map((d) -> d.attempts() + 1).orElse(1);
		RetrySettings.Policy policy = this.settings.outbound();
		if (policy.isLast(count)) {
			this.notifications.recordAttempt(notificationId, channel, DeliveryStatus.FAILED, error);
			return DeliveryStatus.FAILED;
		}
		this.notifications.recordRetry(notificationId, channel, error, policy.nextAttempt(count, this.clock.instant()));
		return DeliveryStatus.RETRYING;
	}

}
