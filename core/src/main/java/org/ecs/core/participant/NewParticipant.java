package org.ecs.core.participant;

import java.util.Set;

public record NewParticipant(String username, String displayName, String email, String faxNumber, String stateCode,
		String language, Level level, Set<Role> roles, Set<Channel> channels, String rawPassword) {
}
