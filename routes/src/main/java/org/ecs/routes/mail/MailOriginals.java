package org.ecs.routes.mail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Date;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import org.ecs.core.blob.BlobStore;
import org.springframework.stereotype.Component;

/**
 * The poller's one step: the raw bytes of a mail go to the blob store (the original a
 * coordinator can open) before anything else happens to it.
 */
@Component
class MailOriginals {

	private final BlobStore blobs;

	MailOriginals(BlobStore blobs) {
		this.blobs = blobs;
	}

	ReceivedMail keep(Message message) throws IOException, MessagingException {
		ByteArrayOutputStream raw = new ByteArrayOutputStream(Math.max(message.getSize(), 1024));
		message.writeTo(raw);
		return keep(raw.toByteArray(), message.getReceivedDate());
	}

	ReceivedMail keep(byte[] raw, Date arrived) {
		String blobKey = this.blobs.put(raw);
		return new ReceivedMail(MailKeys.of(raw), blobKey, (arrived != null) ? arrived.toInstant() : null);
	}

}
