package org.ecs.gateways.mail;

import jakarta.mail.util.StreamProvider;
import org.eclipse.angus.mail.util.MailStreamProvider;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MailStreamsTest {

	@Test
	void shouldNameTheProviderWhenInstalled() {
		MailStreams.install();

		assertThat(System.getProperty(MailStreams.PROPERTY)).isEqualTo(MailStreamProvider.class.getName());
		assertThat(StreamProvider.provider()).isInstanceOf(MailStreamProvider.class);
	}

	@Test
	void shouldKeepAProviderSomeoneElseNamedWhenInstalled() {
		String before = System.getProperty(MailStreams.PROPERTY);
		System.setProperty(MailStreams.PROPERTY, "com.example.OtherProvider");
		try {
			MailStreams.install();

			assertThat(System.getProperty(MailStreams.PROPERTY)).isEqualTo("com.example.OtherProvider");
		}
		finally {
			if (before == null) {
				System.clearProperty(MailStreams.PROPERTY);
			}
			else {
				System.setProperty(MailStreams.PROPERTY, before);
			}
		}
	}

}
