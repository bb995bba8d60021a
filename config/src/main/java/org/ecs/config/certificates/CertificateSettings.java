package org.ecs.config.certificates;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The ECS certificate authority ({@code ecs.certificates.*}): the operator's CA keystore,
 * or, when none is given, the directory where ECS makes and keeps its own.
 *
 * @param caKeystore PKCS#12 with the CA key and its certificate chain (production)
 * @param caKeystorePassword its password
 * @param caAlias the key entry to use when the keystore holds several
 * @param directory where ECS keeps the CA it made (and the demo accounts' certificates)
 * @param caName the common name of a CA made here
 * @param validity how long a participant's certificate is valid
 * @param renewalNotice how long before its certificate runs out a person is reminded to
 * make a new one
 * @param renewalCheck how often ECS looks for certificates that run out soon
 */
@ConfigurationProperties("ecs.certificates")
record CertificateSettings(String caKeystore, String caKeystorePassword, String caAlias,
		@DefaultValue("data/certificates") Path directory, @DefaultValue("ECS Certificate Authority") String caName,
		@DefaultValue("365d") Duration validity, @DefaultValue("30d") Duration renewalNotice,
		@DefaultValue("6h") Duration renewalCheck) {

	boolean operatorCa() {
		return this.caKeystore != null && !this.caKeystore.isBlank();
	}

}
