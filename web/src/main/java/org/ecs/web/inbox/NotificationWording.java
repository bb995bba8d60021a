package org.ecs.web.inbox;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ecs.core.discussion.DiscussionAccess.Refusal;
import org.ecs.core.notification.Notification;
import org.ecs.core.notification.Wording;

import org.springframework.context.MessageSource;

/**
 * What the web inbox says of a notification, in the reader's language (the page's). A
 * notice ECS wrote carries its wording (a bundle key and its arguments, stored with it):
 * it is said from the bundle. Rows written before wordings were stored: the notices of a
 * new comment and of a contribution not published have their arguments read back from the
 * stored English. Anything else (what people wrote, older rows of another shape) is shown
 * as stored.
 */
final class NotificationWording {

	static final String COMMENT_PUBLISHED = "COMMENT_PUBLISHED";

	static final String CONTRIBUTION_REJECTED = "CONTRIBUTION_REJECTED";

	private static final Pattern COMMENT_SUBJECT = Pattern.compile("New comment in \"(.*)\"", Pattern.DOTALL);

	private static final Pattern COMMENT_BODY = Pattern.compile("(.*?) wrote:\n\n(.*)", Pattern.DOTALL);

	private static final Pattern REJECTED_SUBJECT = Pattern.compile("Your contribution to \"(.*)\" was not published",
			Pattern.DOTALL);

	private static final Pattern REJECTED_BODY = Pattern.compile("Reason: (.*?)\n\nYour text:\n\n(.*)", Pattern.DOTALL);

	/** A notification's subject and body as the inbox shows them. */
	record Worded(String subject, String body) {
	}

	private NotificationWording() {
	}

	static Worded of(Notification n, MessageSource messages, Locale locale) {
		if (n.wording() != null) {
			Wording.Worded worded = n.wording().in(messages, locale);
			return new Worded(worded.subject(), worded.body());
		}
		Worded stored = new Worded(n.subject(), n.body());
		if (n.subject() == null || n.body() == null) {
			return stored;
		}
		return switch (String.valueOf(n.kind())) {
			case COMMENT_PUBLISHED -> comment(n, messages, locale).orElse(stored);
			case CONTRIBUTION_REJECTED -> rejected(n, messages, locale).orElse(stored);
			default -> stored;
		};
	}

	private static Optional<Worded> comment(Notification n, MessageSource messages, Locale locale) {
		Matcher subject = COMMENT_SUBJECT.matcher(n.subject());
		Matcher body = COMMENT_BODY.matcher(n.body());
		if (!subject.matches() || !body.matches()) {
			return Optional.empty();
		}
		return Optional.of(new Worded(say(messages, locale, "inbox.comment.subject", subject.group(1)),
				say(messages, locale, "inbox.comment.wrote", body.group(1)) + "\n\n" + body.group(2)));
	}

	private static Optional<Worded> rejected(Notification n, MessageSource messages, Locale locale) {
		Matcher subject = REJECTED_SUBJECT.matcher(n.subject());
		Matcher body = REJECTED_BODY.matcher(n.body());
		if (!subject.matches() || !body.matches()) {
			return Optional.empty();
		}
		return Optional.of(new Worded(say(messages, locale, "inbox.rejected.subject", subject.group(1)),
				say(messages, locale, "inbox.rejected.reason", reason(body.group(1), messages, locale)) + "\n\n"
						+ say(messages, locale, "inbox.rejected.text") + "\n\n" + body.group(2)));
	}

	/**
	 * ECS's own refusals (kept in English) by their bundle text, a coordinator's words as
	 * written.
	 */
	private static String reason(String reason, MessageSource messages, Locale locale) {
		for (Refusal r : Refusal.values()) {
			if (r.message().equals(reason)) {
				return say(messages, locale, "refusal." + r.name());
			}
		}
		return reason;
	}

	private static String say(MessageSource messages, Locale locale, String key, Object... args) {
		return messages.getMessage(key, args, locale);
	}

}
