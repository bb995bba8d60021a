package org.ecs.core.review;

public enum ReviewState {

	PENDING, APPROVED, REJECTED

}
