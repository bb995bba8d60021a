package org.ecs.web.review;

import java.util.Map;
import java.util.Optional;

import org.ecs.core.participant.Channel;
import org.ecs.core.review.ReviewItem;

/**
 * What an email whose sender is not proven claims: the console shows its From and why it
 * is not believed, so a coordinator can judge it (it is never attributed by itself).
 *
 * @param claimedFrom the From of the mail
 * @param why why ECS does not believe it (no reply token, the receiving server's verdict)
 */
record MailSenderClaim(String claimedFrom, String why) {

	static Optional<MailSenderClaim> of(ReviewItem item) {
		if (item.channel() != Channel.EMAIL) {
			return Optional.empty();
		}
		Map<String, String> facts = FaxReview.facts(item.factsJson());
		String why = facts.get("email.senderUnproven");
		if (why == null) {
			return Optional.empty();
		}
		return Optional.of(new MailSenderClaim(facts.getOrDefault("email.from", "no address"), why));
	}

}
