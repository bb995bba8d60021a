package org.ecs.config.embedded;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the embedded default keeps its data, and its ports (0 picks a free one).
 *
 * @param brokerTcpPort a TCP acceptor on the embedded broker for outside tools; -1 for
 * none
 * @param postgresDurable whether the embedded PostgreSQL flushes every commit to disk
 * (fsync, synchronous commit) as a production server does; only tests turn it off
 */
@ConfigurationProperties("ecs.embedded")
public record EmbeddedSettings(@DefaultValue("data/postgres") String postgresDir, @DefaultValue("0") int postgresPort,
		@DefaultValue("-1") int brokerTcpPort, @DefaultValue("true") boolean postgresDurable) {
}
