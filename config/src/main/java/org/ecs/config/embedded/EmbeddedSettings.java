package org.ecs.config.embedded;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the embedded default keeps its data, and its ports (0 picks a free one).
 *
 * @param brokerTcpPort a TCP acceptor on the embedded broker for outside tools; -1 for
 * none
 * @param postgresDurable whether the embedded PostgreSQL flushes every commit to disk
 * (fsync, synchronous commit) as a production server does; only tests turn it off
 */
@ConfigurationProperties("ecs.embedded")
@Validated
public record EmbeddedSettings(@DefaultValue("data/postgres") String postgresDir,
		@DefaultValue("0") @Min(0) @Max(65535) int postgresPort,
		@DefaultValue("-1") @Min(-1) @Max(65535) int brokerTcpPort, @DefaultValue("true") boolean postgresDurable) {
}
