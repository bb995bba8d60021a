package org.ecs.core.notification;

public enum DeliveryStatus {

	/**
	 * Waiting to retry: an attempt failed and the broker will try again (with back-off)
	 * until its attempts run out; only then is a delivery FAILED.
	 */
	QUEUED, RETRYING, SENT, DELIVERED, FAILED, BOUNCED;

	/** Sent, delivered or bounced: never sent again (a failed delivery is retried). */
	public boolean isFinal() {
		return this == SENT || this == DELIVERED || this == BOUNCED;
	}

	/** How a person reads it: "waiting to retry" rather than a constant's name. */
	public String label() {
		return (this == RETRYING) ? "waiting to retry" : name().toLowerCase(java.util.Locale.ROOT);
	}

}
