package org.ecs.web;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The configuration the slice tests boot from: what core's configuration gives the real
 * application, with a fixed clock.
 */
@SpringBootApplication
class WebSliceApplication {

	static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");

	@Bean
	Clock clock() {
		return Clock.fixed(NOW, ZoneOffset.UTC);
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		// the cheapest cost BCrypt allows keeps the login tests fast
		return new BCryptPasswordEncoder(4);
	}

}
