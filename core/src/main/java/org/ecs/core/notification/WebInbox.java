package org.ecs.core.notification;

import java.util.List;

import org.ecs.core.participant.Channel;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each person's web notification inbox. */
@Service
public class WebInbox {

	private final Notifications notifications;

	private final ApplicationEventPublisher events;

	public WebInbox(Notifications notifications, ApplicationEventPublisher events) {
		this.notifications = notifications;
		this.events = events;
	}

	/**
	 * The outbound.web stage: the notification shows in the inbox, and open pages hear of
	 * it.
	 */
	@Transactional
	public void deliver(OutboundDelivery delivery) {
		if (this.notifications.recordAttempt(delivery.notificationId(), Channel.WEB, DeliveryStatus.DELIVERED,
				null) == 1) {
			this.events.publishEvent(new InboxChanged(delivery.recipientId(), delivery.notificationId()));
		}
	}

	/** The outbound.web stage for a batch, in one transaction. */
	@Transactional
	public void deliverAll(List<OutboundDelivery> deliveries) {
		for (OutboundDelivery delivery : deliveries) {
			deliver(delivery);
		}
	}

	public List<Notification> latest(long recipientId, int limit) {
		return this.notifications.inbox(recipientId, limit);
	}

	public int unread(long recipientId) {
		return this.notifications.unreadCount(recipientId);
	}

	@Transactional
	public boolean markRead(long recipientId, long notificationId) {
		return this.notifications.markRead(recipientId, notificationId) == 1;
	}

	@Transactional
	public int markAllRead(long recipientId) {
		return this.notifications.markAllRead(recipientId);
	}

}
