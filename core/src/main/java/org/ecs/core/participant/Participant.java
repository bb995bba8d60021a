package org.ecs.core.participant;

import java.util.Set;

/**
 * A person nominated by their Government (or the secretariat) and approved to use ECS.
 */
public record Participant(long id, String username, String displayName, String email, String faxNumber,
		String stateCode, String language, Level level, Set<Role> roles, Set<Channel> channels, boolean active) {

	public Participant {
		roles = Set.copyOf(roles);
		channels = Set.copyOf(channels);
	}

	public boolean has(Role role) {
		return this.roles.contains(role);
	}

	/** Coordinators and secretariat staff review and log input. */
	public boolean reviews() {
		return has(Role.COORDINATOR) || has(Role.SECRETARIAT) || has(Role.ADMINISTRATOR);
	}

	public boolean isAdministrator() {
		return has(Role.ADMINISTRATOR);
	}

	public boolean mayPost() {
		return this.active && this.level == Level.FULL;
	}

}
