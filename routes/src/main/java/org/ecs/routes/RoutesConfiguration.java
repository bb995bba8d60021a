package org.ecs.routes;

import org.ecs.routes.outbound.MailSettings;
import org.ecs.routes.review.RouteSettings;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ RouteSettings.class, MailSettings.class })
public class RoutesConfiguration {

}
