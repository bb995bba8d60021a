package org.ecs.core.contribution;

public enum ContributionStatus {

	RECEIVED, PENDING_REVIEW, APPROVED, PUBLISHED, REJECTED

}
