package org.ecs.routes.fax;

import java.time.Instant;

/**
 * The message on {@code ecs.fax.received}: a mail taken from the fax bridge's mailbox,
 * its raw bytes already in the blob store.
 *
 * @param mailKey its Message-ID or digest, the idempotency key of the mailbox
 * @param originalKey blob store key of the raw mail
 * @param arrivedAt when the mailbox received it (IMAP INTERNALDATE), or null
 */
record ReceivedFaxMail(String mailKey, String originalKey, Instant arrivedAt) {
}
