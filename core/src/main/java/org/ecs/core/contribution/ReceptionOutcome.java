package org.ecs.core.contribution;

import org.ecs.core.review.ApprovedContribution;
import org.ecs.core.review.RejectedContribution;

/** Where a received contribution goes next. */
public sealed interface ReceptionOutcome {

	/** It waits in the review inbox; nothing more to send. */
	record Review() implements ReceptionOutcome {
	}

	/**
	 * It was received before (a redelivery, or the same input under another id): its
	 * outcome and message were stored then, nothing more to do.
	 */
	record AlreadyReceived() implements ReceptionOutcome {
	}

	record Approved(ApprovedContribution message) implements ReceptionOutcome {
	}

	record Rejected(RejectedContribution message) implements ReceptionOutcome {
	}

}
