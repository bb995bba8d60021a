package org.ecs.web.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ecs.core.participant.Channel;
import org.ecs.core.review.ReviewItem;

/**
 * What ECS removed from an email reply before the text to publish, part by part with why
 * (a quote, a copy of ECS's own notification, a signature, an app's footer), and what it
 * kept although unsure: the console shows them beside the text, each with a button that
 * puts the part back.
 *
 * @param parts the removed parts, in the order they stood in the mail
 * @param keptButUnsure lines kept that look like something a client adds, or null
 */
record MailTrimming(List<Part> parts, String keptButUnsure) {

	/**
	 * One removed part.
	 *
	 * @param number from 1, as the restore action names it
	 * @param why QUOTE, NOTIFICATION, SIGNATURE or FOOTER
	 * @param label why, as a key of the page bundle
	 * @param text the part as it stood in the mail
	 */
	record Part(int number, String why, String label, String text) {
	}

	static Optional<MailTrimming> of(ReviewItem item) {
		if (item.channel() != Channel.EMAIL) {
			return Optional.empty();
		}
		Map<String, String> facts = FaxReview.facts(item.factsJson());
		List<Part> parts = new ArrayList<>();
		for (int n = 1; facts.containsKey("email.removed." + n + ".text"); n++) {
			String why = facts.getOrDefault("email.removed." + n + ".why", "QUOTE");
			parts.add(new Part(n, why, label(why), facts.get("email.removed." + n + ".text")));
		}
		String unsure = facts.get("email.keptButUnsure");
		if (parts.isEmpty() && unsure == null) {
			return Optional.empty();
		}
		return Optional.of(new MailTrimming(List.copyOf(parts), unsure));
	}

	/** The part {@code number}, if the item has it. */
	static Optional<Part> part(ReviewItem item, int number) {
		return of(item).flatMap((t) -> t.parts().stream().filter((p) -> p.number() == number).findFirst());
	}

	private static String label(String why) {
		return switch (why) {
			case "NOTIFICATION" -> "review.removed.notification";
			case "SIGNATURE" -> "review.removed.signature";
			case "FOOTER" -> "review.removed.footer";
			default -> "review.removed.quoted";
		};
	}

}
