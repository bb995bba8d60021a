package org.ecs.routes.outbound;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param from the address notifications come from
 * @param domain the domain of message ids and reply addresses
 * @param baseUrl where the web UI is, for links in mail
 */
@ConfigurationProperties("ecs.mail")
public record MailSettings(@DefaultValue("ECS <ecs@ecs.localhost>") String from,
		@DefaultValue("ecs.localhost") String domain, @DefaultValue("http://localhost:8080") String baseUrl) {
}
