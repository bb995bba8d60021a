package org.ecs.config.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.springframework.boot.autoconfigure.jms.artemis.ArtemisConfigurationCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded broker's settings: redelivery with back-off and one dead-letter queue per
 * address ({@code DLQ.<address>}). A production broker needs the same address settings
 * (README).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EmbeddedSettings.class)
class BrokerConfiguration {

	static AddressSettings pipelineAddressSettings() {
		return new AddressSettings().setDeadLetterAddress(SimpleString.of("DLA"))
			.setAutoCreateDeadLetterResources(true)
			.setDeadLetterQueuePrefix(SimpleString.of("DLQ."))
			.setRedeliveryDelay(500)
			.setRedeliveryMultiplier(2.0)
			.setMaxRedeliveryDelay(30_000)
			.setMaxDeliveryAttempts(6);
	}

	/**
	 * Deliveries wait out an outage of the mail server or fax gateway: back-off up to
	 * five minutes, about an hour and a half in all, before a delivery becomes a dead
	 * letter.
	 */
	static AddressSettings outboundAddressSettings() {
		return pipelineAddressSettings().setMaxRedeliveryDelay(300_000).setMaxDeliveryAttempts(25);
	}

	@Bean
	ArtemisConfigurationCustomizer ecsBrokerSettings(EmbeddedSettings settings) {
		return configuration -> {
			configuration.addAddressSetting("ecs.#", pipelineAddressSettings());
			configuration.addAddressSetting("ecs.outbound.#", outboundAddressSettings());
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
