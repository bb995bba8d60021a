package org.ecs.routes.messaging;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The outbox relay: how often it looks for rows other instances wrote (rows of this
 * instance wake it at once), and how many rows it hands over in one broker transaction.
 */
@ConfigurationProperties("ecs.outbox")
public record OutboxSettings(@DefaultValue("150ms") Duration poll, @DefaultValue("500") int batch) {
}
