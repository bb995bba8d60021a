package org.ecs.web.security;

import java.util.ArrayList;
import java.util.List;

import org.ecs.core.participant.Participant;
import org.ecs.core.participant.ParticipantDirectory;
import org.ecs.core.participant.Role;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Login against the participants database; the password is checked with core's
 * PasswordEncoder.
 */
@Component
class ParticipantUserDetailsService implements UserDetailsService {

	private final ParticipantDirectory directory;

	ParticipantUserDetailsService(ParticipantDirectory directory) {
		this.directory = directory;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		Participant p = this.directory.findByUsername(username)
			.orElseThrow(() -> new UsernameNotFoundException("Unknown username"));
		// the directory gives no hash for a deactivated account; it is refused as
		// disabled before any password is compared
		String hash = this.directory.passwordHash(username).orElse("");
		return User.withUsername(p.username()).password(hash).disabled(!p.active()).authorities(authorities(p)).build();
	}

	static List<GrantedAuthority> authorities(Participant p) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		for (Role role : p.roles()) {
			authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
		}
		authorities.add(new SimpleGrantedAuthority("LEVEL_" + p.level().name()));
		return authorities;
	}

}
