package org.ecs.config.certificates;

import java.nio.file.Path;
import java.time.Clock;

import org.ecs.gateways.certificate.CaKeys;
import org.ecs.gateways.certificate.EcsCertificateAuthority;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The ECS certificate authority: the operator's keystore when one is set, else a CA made
 * at the first start and kept in {@code ecs.certificates.directory} (never in the
 * repository).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ CertificateSettings.class, TlsSettings.class })
class CertificateAuthorityConfiguration {

	private static final Logger log = LoggerFactory.getLogger(CertificateAuthorityConfiguration.class);

	@Bean
	EcsCertificateAuthority certificateAuthority(CertificateSettings settings, Clock clock) {
		CaKeys keys;
		if (settings.operatorCa()) {
			String password = settings.caKeystorePassword();
			keys = CaKeys.load(Path.of(settings.caKeystore()),
					(password != null) ? password.toCharArray() : new char[0], settings.caAlias());
			log.info("ECS certificate authority: {} from {}", keys.certificate().getSubjectX500Principal(),
					settings.caKeystore());
		}
		else {
			keys = CaKeys.loadOrCreate(settings.directory(), settings.caName(), clock);
			log.info("ECS certificate authority: {} kept in {} (its certificate: {})",
					keys.certificate().getSubjectX500Principal(), settings.directory().toAbsolutePath(),
					settings.directory().resolve("ca.pem").toAbsolutePath());
		}
		return new EcsCertificateAuthority(keys, settings.validity(), clock);
	}

}
