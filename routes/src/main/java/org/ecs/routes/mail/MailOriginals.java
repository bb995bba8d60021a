package org.ecs.routes.mail;

import java.time.Instant;

import org.ecs.core.blob.BlobStore;
import org.springframework.stereotype.Component;

/**
 * The poller's step for each mail: its raw bytes go to the blob store (the original a
 * coordinator can open) before anything else happens to it.
 */
@Component
class MailOriginals {

	private final BlobStore blobs;

	MailOriginals(BlobStore blobs) {
		this.blobs = blobs;
	}

	ReceivedMail keep(byte[] raw, Instant arrived) {
		String blobKey = this.blobs.put(raw);
		return new ReceivedMail(MailKeys.of(raw), blobKey, arrived);
	}

}
