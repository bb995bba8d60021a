package org.ecs.routes.mailbox;

import java.time.Duration;

import org.apache.camel.CamelContext;
import org.apache.camel.component.mail.MailEndpoint;

/**
 * A mailbox ECS empties (the ECS mailbox, the fax bridge's): configured from settings
 * records, so no secret sits in a URI, and the same way for both.
 */
public final class PolledMailbox {

	private PolledMailbox() {
	}

	/**
	 * @param login part of the endpoint's identity: another mailbox on the same server is
	 * another endpoint
	 * @param password empty for the login itself (the sandbox's accounts)
	 */
	public static MailEndpoint endpoint(CamelContext camel, String protocol, String host, int port, String folder,
			String login, String password, int batch, Duration delay) {
		MailEndpoint endpoint = camel.getEndpoint(
				protocol + "://" + host + ":" + port + "?folderName=RAW(" + folder + ")&username=RAW(" + login + ")",
				MailEndpoint.class);
		var config = endpoint.getConfiguration();
		config.setPassword(password.isBlank() ? login : password);
		// every mail in the folder is ours to take, whoever else may have read it
		config.setUnseen(false);
		config.setDelete(true);
		config.setPeek(true);
		config.setMapMailMessage(false);
		config.setFetchSize(batch);
		endpoint.setDelay(delay.toMillis());
		endpoint.setInitialDelay(delay.toMillis());
		return endpoint;
	}

}
