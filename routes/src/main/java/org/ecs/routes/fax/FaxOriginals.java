package org.ecs.routes.fax;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Date;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetHeaders;
import org.ecs.core.blob.BlobStore;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The poller's step: the raw bytes of a bridge mail go to the blob store before anything
 * else happens to it, so even a mail nobody can read is kept. Also the JSON of the queued
 * message, so a dead letter can be read and replayed by a person.
 */
@Component
@ConditionalOnProperty(name = "ecs.fax.enabled", havingValue = "true", matchIfMissing = true)
class FaxOriginals {

	private static final Pattern BRACKETED = Pattern.compile("<([^<>\\s]+)>");

	private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
		.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

	private final BlobStore blobs;

	FaxOriginals(BlobStore blobs) {
		this.blobs = blobs;
	}

	ReceivedFaxMail keep(Message message) throws IOException, MessagingException {
		ByteArrayOutputStream raw = new ByteArrayOutputStream(Math.max(message.getSize(), 4096));
		message.writeTo(raw);
		return keep(raw.toByteArray(), message.getReceivedDate());
	}

	ReceivedFaxMail keep(byte[] raw, Date arrived) {
		String blobKey = this.blobs.put(raw);
		return new ReceivedFaxMail(keyOf(raw), blobKey, (arrived != null) ? arrived.toInstant() : null);
	}

	String write(ReceivedFaxMail mail) throws JsonProcessingException {
		return this.json.writeValueAsString(mail);
	}

	ReceivedFaxMail read(String body) {
		try {
			ReceivedFaxMail mail = this.json.readValue(body, ReceivedFaxMail.class);
			if (mail.mailKey() == null || mail.originalKey() == null) {
				throw new IllegalArgumentException("A received fax mail needs its key and original: " + body);
			}
			return mail;
		}
		catch (JsonProcessingException ex) {
			throw new IllegalArgumentException("Not a received fax mail: " + ex.getOriginalMessage(), ex);
		}
	}

	/** Its Message-ID, or the SHA-256 of its bytes when it has none. */
	static String keyOf(byte[] raw) {
		try {
			String header = new InternetHeaders(new ByteArrayInputStream(raw)).getHeader("Message-ID", null);
			if (header != null && !header.isBlank()) {
				Matcher bracketed = BRACKETED.matcher(header);
				return bracketed.find() ? bracketed.group(1) : header.strip();
			}
		}
		catch (MessagingException ex) {
			// headers unreadable: the bytes themselves are the identity
		}
		try {
			return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every JVM has SHA-256", ex);
		}
	}

}
