package org.ecs.routes.mailbox;

import java.time.Duration;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.ExpressionBuilder;
import org.apache.camel.builder.ValueBuilder;
import org.apache.camel.component.mail.MailComponent;
import org.apache.camel.component.mail.MailEndpoint;
import org.apache.camel.model.ChoiceDefinition;
import org.apache.camel.model.ProcessorDefinition;
import org.apache.camel.spi.IdempotentRepository;

/**
 * A mailbox ECS empties (the ECS mailbox, the fax bridge's) over IMAP(S) or POP3(S):
 * configured from settings records, so no secret sits in a URI, and the same way for
 * both. Its consumer removes a poll's mails from the mailbox together, once every one of
 * them was handed on ({@link BatchAcknowledgingConsumer}), and fetches them in bulk
 * ({@link BulkFetch}). POP3 keeps no flags, so the claims of the poller's idempotent
 * repository, not the mailbox, remember what was taken.
 */
public final class PolledMailbox {

	private PolledMailbox() {
	}

	/**
	 * The poll half every mailbox route shares: each mail, by its {@code mailKey}, is
	 * claimed once in the repository; a copy met again (a second delivery, or a removal
	 * that was lost) is only removed from the mailbox.
	 * @return where the first copy goes on; the caller ends the choice
	 */
	public static ChoiceDefinition takeOnce(ProcessorDefinition<?> route, IdempotentRepository claims, String mailbox) {
		return route.idempotentConsumer(ExpressionBuilder.simpleExpression("${body.mailKey}"))
			.idempotentRepository(claims)
			.eager(true)
			.skipDuplicate(false)
			.choice()
			.when(new ValueBuilder(ExpressionBuilder.exchangePropertyExpression(Exchange.DUPLICATE_MESSAGE))
				.isEqualTo(true))
			.log(LoggingLevel.DEBUG, mailbox + " mail ${body.mailKey} was taken before")
			.otherwise();
	}

	/**
	 * @param protocol imap, imaps, pop3 or pop3s
	 * @param folder the folder to poll (POP3 has only INBOX)
	 * @param login part of the endpoint's identity: another mailbox on the same server is
	 * another endpoint
	 * @param password empty for the login itself (the sandbox's accounts)
	 * @param batch most mails taken, and removed together, per poll
	 */
	public static MailEndpoint endpoint(CamelContext camel, String protocol, String host, int port, String folder,
			String login, String password, int batch, Duration delay) {
		return endpoint(camel, protocol, host, port, folder, login, password, batch, delay, 1);
	}

	/**
	 * @param handOnThreads how many of a poll's mails go through the route at once (1:
	 * one after the other, in mailbox order)
	 * @see #endpoint(CamelContext, String, String, int, String, String, String, int,
	 * Duration)
	 */
	public static MailEndpoint endpoint(CamelContext camel, String protocol, String host, int port, String folder,
			String login, String password, int batch, Duration delay, int handOnThreads) {
		return endpoint(camel, protocol, host, port, folder, login, password, batch, delay, handOnThreads, false);
	}

	/**
	 * An endpoint whose exchanges are whole polls: the body is the list of the poll's
	 * {@link PolledMail}s, in mailbox order, and the poll's mails leave the mailbox
	 * together once the exchange completed ({@link MailboxHandOn} hands such a list on).
	 * @see #endpoint(CamelContext, String, String, int, String, String, String, int,
	 * Duration)
	 */
	public static MailEndpoint wholePolls(CamelContext camel, String protocol, String host, int port, String folder,
			String login, String password, int batch, Duration delay) {
		return endpoint(camel, protocol, host, port, folder, login, password, batch, delay, 1, true);
	}

	private static MailEndpoint endpoint(CamelContext camel, String protocol, String host, int port, String folder,
			String login, String password, int batch, Duration delay, int handOnThreads, boolean wholePoll) {
		String uri = protocol + "://" + host + ":" + port + "?folderName=RAW(" + folder + ")&username=RAW(" + login
				+ ")";
		MailEndpoint plain;
		try {
			plain = (MailEndpoint) camel.getComponent(protocol, MailComponent.class).createEndpoint(uri);
		}
		catch (Exception ex) {
			throw new IllegalArgumentException("Not a mailbox: " + protocol + "://" + host + ":" + port, ex);
		}
		MailEndpoint endpoint = new BatchAcknowledgingEndpoint(plain, handOnThreads, wholePoll);
		var config = endpoint.getConfiguration();
		config.setPassword(password.isBlank() ? login : password);
		// every mail in the folder is ours to take, whoever else may have read it
		config.setUnseen(false);
		config.setDelete(true);
		config.setPeek(true);
		config.setMapMailMessage(false);
		config.setFetchSize(batch);
		endpoint.setMailUidGenerator(new BulkFetch(batch));
		endpoint.setDelay(delay.toMillis());
		endpoint.setInitialDelay(delay.toMillis());
		try {
			camel.addEndpoint(uri, endpoint);
		}
		catch (Exception ex) {
			throw new IllegalStateException("Mailbox endpoint not added: " + protocol + "://" + host + ":" + port, ex);
		}
		return endpoint;
	}

}
