package org.ecs.web.security;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How many wrong passwords are allowed within the window per account and per client
 * address before sign-in is refused for the lockout ({@code ecs.sign-in.*}).
 *
 * @param perAccount failures of one account within the window that lock it
 * @param perAddress failures from one client address (any accounts) that lock it
 * @param window how long failures are remembered (they are forgiven gradually over it)
 * @param lockout how long sign-in stays refused once locked
 */
@Validated
@ConfigurationProperties("ecs.sign-in")
public record SignInLimits(@DefaultValue("5") @Positive int perAccount, @DefaultValue("30") @Positive int perAddress,
		@DefaultValue("15m") @NotNull Duration window, @DefaultValue("15m") @NotNull Duration lockout) {

}
