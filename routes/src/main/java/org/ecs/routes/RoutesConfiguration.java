package org.ecs.routes;

import org.apache.tika.config.TikaConfig;
import org.ecs.ocr.text.DocumentText;
import org.ecs.routes.outbound.MailSettings;
import org.ecs.routes.review.RouteSettings;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ RouteSettings.class, MailSettings.class })
public class RoutesConfiguration {

	/**
	 * The one Tika configuration of ECS, for everything that detects or parses files
	 * (document and comment uploads, mail attachments, the document reader, the fax
	 * sandbox): each one loads every parser class, so it is made once.
	 */
	@Bean
	TikaConfig tikaConfig() {
		return DocumentText.configuration();
	}

}
