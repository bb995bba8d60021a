package org.ecs.routes.review;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many consumers each pipeline stage runs in this instance. More instances add
 * consumers that compete on the same queues.
 */
@ConfigurationProperties("ecs.pipeline")
public record RouteSettings(@DefaultValue("2") int consumers) {
}
