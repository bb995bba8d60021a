package org.ecs.routes.mail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.springframework.stereotype.Component;

/**
 * {@link ReceivedMail} as JSON text on the queue, so a dead letter can be read and
 * replayed by a person.
 */
@Component
class ReceivedMails {

	private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
		.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

	String write(ReceivedMail mail) {
		try {
			return this.json.writeValueAsString(mail);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalArgumentException(ex);
		}
	}

	ReceivedMail read(String body) {
		try {
			ReceivedMail mail = this.json.readValue(body, ReceivedMail.class);
			if (mail.mailKey() == null || mail.originalKey() == null) {
				throw new IllegalArgumentException("A received mail needs its key and original: " + body);
			}
			return mail;
		}
		catch (JsonProcessingException ex) {
			throw new IllegalArgumentException("Not a received mail: " + ex.getOriginalMessage(), ex);
		}
	}

}
