package org.ecs.config.certificates;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The HTTPS connector with client certificates ({@code ecs.tls.*}), beside the plain HTTP
 * port ({@code server.port}).
 *
 * @param enabled whether to open it
 * @param port its port (0: any free one)
 * @param keystore the organisation's server certificate and key (PKCS#12); without it the
 * ECS CA makes one for the host names at each start
 * @param keystorePassword its password
 * @param keyAlias its key entry, when it holds several
 * @param hostNames names and addresses a certificate made here is valid for
 * @param serverValidity how long a server certificate made here is valid
 */
@ConfigurationProperties("ecs.tls")
record TlsSettings(@DefaultValue("true") boolean enabled, @DefaultValue("8443") int port, String keystore,
		String keystorePassword, String keyAlias, @DefaultValue( {
				"localhost", "127.0.0.1" }) List<String> hostNames,
		@DefaultValue("397d") Duration serverValidity){

}
