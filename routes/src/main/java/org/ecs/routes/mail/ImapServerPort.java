package org.ecs.routes.mail;

/**
 * The port of an IMAP server started inside ECS (the embedded sandbox, on a port picked
 * at start): when such a bean exists, the intake polls it instead of
 * {@code ecs.mailbox.port} when it reads the mailbox over IMAP.
 */
@FunctionalInterface
public interface ImapServerPort {

	int port();

}
