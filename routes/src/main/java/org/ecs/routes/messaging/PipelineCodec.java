package org.ecs.routes.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.ecs.core.comment.CommittedComment;
import org.ecs.core.contribution.Contribution;
import org.ecs.core.notification.OutboundDelivery;
import org.ecs.core.review.ApprovedContribution;
import org.ecs.core.review.RejectedContribution;
import org.springframework.stereotype.Component;

/**
 * Messages travel as JSON text, so a dead letter can be read by a person and replayed as
 * it is. A body that does not parse fails the exchange and ends in the dead-letter queue.
 */
@Component
public class PipelineCodec {

	private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
		.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

	public String write(Object message) {
		try {
			return this.json.writeValueAsString(message);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalArgumentException("Cannot write " + message.getClass().getSimpleName(), ex);
		}
	}

	// reading a message about a contribution names it in the logging context
	// (ContributionLogContext) for the rest of the exchange

	public Contribution contribution(String body) {
		return ContributionLogContext.enter(read(body, Contribution.class), Contribution::id);
	}

	public ApprovedContribution approved(String body) {
		return ContributionLogContext.enter(read(body, ApprovedContribution.class),
				ApprovedContribution::contributionId);
	}

	public RejectedContribution rejected(String body) {
		return ContributionLogContext.enter(read(body, RejectedContribution.class),
				RejectedContribution::contributionId);
	}

	public CommittedComment committed(String body) {
		return ContributionLogContext.enter(read(body, CommittedComment.class), CommittedComment::contributionId);
	}

	public java.util.UUID noticeId(String body) {
		return read(body, java.util.UUID.class);
	}

	public OutboundDelivery delivery(String body) {
		return read(body, OutboundDelivery.class);
	}

	private <T> T read(String body, Class<T> type) {
		try {
			return this.json.readValue(body, type);
		}
		catch (JsonProcessingException ex) {
			throw new MalformedMessageException(type.getSimpleName() + " expected: " + ex.getOriginalMessage(), ex);
		}
	}

	/** A message no redelivery can fix. */
	public static class MalformedMessageException extends RuntimeException {

		MalformedMessageException(String message, Throwable cause) {
			super(message, cause);
		}

	}

}
