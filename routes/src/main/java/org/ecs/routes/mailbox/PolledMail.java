package org.ecs.routes.mailbox;

import java.time.Instant;

/**
 * One mail of a poll as the mailbox gave it: its raw bytes, fetched with the rest of the
 * batch, and when the mailbox received it.
 *
 * @param raw the whole message (RFC 5322 bytes)
 * @param arrived IMAP INTERNALDATE, or null (POP3 keeps none)
 */
public record PolledMail(byte[] raw, Instant arrived) {
}
