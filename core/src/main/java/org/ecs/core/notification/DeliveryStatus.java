package org.ecs.core.notification;

public enum DeliveryStatus {

	QUEUED, SENT, DELIVERED, FAILED, BOUNCED;

	/** Sent, delivered or bounced: never sent again (a failed delivery is retried). */
	public boolean isFinal() {
		return this == SENT || this == DELIVERED || this == BOUNCED;
	}

}
