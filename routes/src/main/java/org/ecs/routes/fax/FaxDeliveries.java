package org.ecs.routes.fax;

import org.ecs.core.notification.DeliveryStatus;
import org.ecs.core.participant.Channel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The fate of a fax once the gateway reports it. Core's {@code Notifications} treats SENT
 * as final (right for email, where nothing more is heard); a fax gateway tells whether
 * the far machine took the pages, so a sent fax may still become DELIVERED or FAILED.
 * Neither outcome is undone by a later, duplicate report.
 */
@Repository
class FaxDeliveries {

	private final JdbcClient jdbc;

	FaxDeliveries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	int reported(long notificationId, DeliveryStatus status, String reason) {
		return this.jdbc.sql("""
				update notification_delivery set status = ?, last_error = ?, updated_at = now()
				where notification_id = ? and channel = ? and status in ('QUEUED', 'SENT', 'FAILED')
				""").params(status.name(), reason, notificationId, Channel.FAX.name()).update();
	}

}
