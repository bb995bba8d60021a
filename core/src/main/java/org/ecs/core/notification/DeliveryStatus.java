package org.ecs.core.notification;

public enum DeliveryStatus {

	QUEUED, SENT, DELIVERED, FAILED, BOUNCED

}
