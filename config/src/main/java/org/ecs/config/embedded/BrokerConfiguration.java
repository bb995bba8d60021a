package org.ecs.config.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.ecs.routes.messaging.RetrySettings;
import org.springframework.boot.autoconfigure.jms.artemis.ArtemisConfigurationCustomizer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded broker's settings: redelivery with back-off ({@code ecs.retry.*}) and one
 * dead-letter queue per address ({@code DLQ.<address>}). A production broker needs the
 * same address settings (README).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = EmbeddedBroker.SERVER_CLASS)
@ConditionalOnProperty(name = "spring.artemis.embedded.enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(EmbeddedSettings.class)
class BrokerConfiguration {

	/**
	 * One address's redelivery from the settings ({@code ecs.retry.*}), then its
	 * dead-letter queue. Deliveries ({@code ecs.outbound.#}) wait out an outage of the
	 * mail server or fax gateway: by default back-off up to five minutes, about an hour
	 * and a half in all, before a delivery becomes a dead letter.
	 */
	static AddressSettings addressSettings(RetrySettings.Policy retry) {
		return new AddressSettings().setDeadLetterAddress(SimpleString.of("DLA"))
			.setAutoCreateDeadLetterResources(true)
			.setDeadLetterQueuePrefix(SimpleString.of("DLQ."))
			.setRedeliveryDelay(retry.initialDelay().toMillis())
			.setRedeliveryMultiplier(retry.multiplier())
			.setMaxRedeliveryDelay(retry.maxDelay().toMillis())
			.setMaxDeliveryAttempts(retry.maxAttempts());
	}

	@Bean
	ArtemisConfigurationCustomizer ecsBrokerSettings(EmbeddedSettings settings, RetrySettings retry) {
		return configuration -> {
			configuration.addAddressSetting("ecs.#", addressSettings(retry.pipeline()));
			configuration.addAddressSetting("ecs.outbound.#", addressSettings(retry.outbound()));
			// only the broker makes dead-letter queues (each filtered on its original
			// address); a
			// client looking for one that does not exist yet must not create an
			// unfiltered one
			configuration.addAddressSetting("DLA", new AddressSettings().setAutoCreateQueues(false));
			configuration.setJournalSyncTransactional(true).setJournalSyncNonTransactional(true);
			if (settings.brokerTcpPort() >= 0) {
				int port = settings.brokerTcpPort();
				requireFree(port);
				try {
					configuration.addAcceptorConfiguration("tcp", "tcp://127.0.0.1:" + port);
				}
				catch (Exception ex) {
					throw new IllegalStateException("Cannot open the broker's TCP acceptor on port " + port, ex);
				}
			}
		};
	}

	/**
	 * Artemis only logs a taken port and stays inactive; we would rather not start at
	 * all.
	 */
	private static void requireFree(int port) {
		if (port == 0) {
			return;
		}
		try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
			probe.setReuseAddress(true);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Port " + port + " for the embedded broker is taken", ex);
		}
	}

}
