package org.ecs.core.participant;

public enum Role {

	PARTICIPANT, COORDINATOR, SECRETARIAT, FOCAL_POINT, ADMINISTRATOR

}
