package org.ecs.routes.review;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How many consumers each pipeline stage runs in this instance, and how many waiting
 * messages the batched stages (reception, commit) take in one transaction. More instances
 * add consumers that compete on the same queues.
 */
@ConfigurationProperties("ecs.pipeline")
@Validated
public record RouteSettings(@DefaultValue("2") @Min(1) int consumers, @DefaultValue("100") @Min(1) int batch) {
}
