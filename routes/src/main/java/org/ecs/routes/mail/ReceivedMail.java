package org.ecs.routes.mail;

import java.time.Instant;

/**
 * The message on {@code ecs.mail.received}: a mail taken from the mailbox, its raw bytes
 * already in the blob store.
 *
 * @param mailKey its Message-ID or digest, the idempotency key of the mailbox
 * @param originalKey blob store key of the raw .eml
 * @param arrivedAt when the mailbox received it (IMAP INTERNALDATE), or null (POP3 keeps
 * no arrival date: the intake falls back on the Date header)
 */
public record ReceivedMail(String mailKey, String originalKey, Instant arrivedAt) {
}
