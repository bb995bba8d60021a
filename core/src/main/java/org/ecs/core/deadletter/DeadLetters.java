package org.ecs.core.deadletter;

import java.util.List;

/** The port to the broker's dead-letter queues, implemented by the routes module. */
public interface DeadLetters {

	List<DeadLetter> list(int limit);

	/** Moves one dead letter back to the queue it failed on; false when it is gone. */
	boolean replay(String queue, String messageId);

}
