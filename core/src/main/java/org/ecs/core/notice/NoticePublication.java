package org.ecs.core.notice;

import java.util.UUID;

/**
 * The port through which a stored notice is handed to the pipeline for fan-out. Called in
 * the transaction that stores the notice: the routes module writes the message to the
 * outbox in it, so the notice and its message are kept together or not at all.
 */
public interface NoticePublication {

	void publish(UUID noticeId);

}
