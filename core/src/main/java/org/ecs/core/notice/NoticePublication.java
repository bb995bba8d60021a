package org.ecs.core.notice;

import java.util.UUID;

/**
 * The port through which a stored notice is handed to the pipeline for fan-out. The
 * routes module implements it with a durable queue; a notice stored but never handed over
 * (a crash between the two) is handed over again by a periodic sweep.
 */
public interface NoticePublication {

	void publish(UUID noticeId);

}
