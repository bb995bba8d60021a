package org.ecs.routes.mailbox;

/**
 * The port of an IMAP server started inside ECS (the embedded sandbox, on a port picked
 * at start): when such a bean exists, the pollers read it instead of the configured
 * server whenever they read over plain IMAP (the sandbox serves nothing else).
 */
@FunctionalInterface
public interface ImapServerPort {

	int port();

	/**
	 * The port a mailbox is polled on: the sandbox's when there is one and the protocol
	 * is plain IMAP, else the configured port.
	 * @param sandbox the sandbox's port, or {@code null} outside the sandbox
	 */
	static int choose(ImapServerPort sandbox, String protocol, int configured) {
		return (sandbox != null && "imap".equalsIgnoreCase(protocol)) ? sandbox.port() : configured;
	}

}
