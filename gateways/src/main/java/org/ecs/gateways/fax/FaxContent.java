package org.ecs.gateways.fax;

import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * What a fax carries after its header: every word of it is printed, since the
 * email-to-fax gateway sends only the PDF. All text is untrusted and is escaped when
 * rendered.
 */
public sealed interface FaxContent permits FaxContent.Announcement, FaxContent.Comment, FaxContent.NetworkMessage {

	/**
	 * A discussion being launched or announced.
	 *
	 * @param title the announcement's title
	 * @param author who launched it
	 * @param publishedAt when it was published
	 * @param text the announcement
	 */
	record Announcement(String title, String author, ZonedDateTime publishedAt, String text) implements FaxContent {

		public Announcement {
			Objects.requireNonNull(publishedAt, "publishedAt");
		}

	}

	/**
	 * A comment committed to the discussion.
	 *
	 * @param author who wrote it
	 * @param postedAt when it was received
	 * @param text the comment
	 */
	record Comment(String author, ZonedDateTime postedAt, String text) implements FaxContent {

		public Comment {
			Objects.requireNonNull(postedAt, "postedAt");
		}

	}

	/**
	 * A message of the notification network (e.g. the secretariat to all experts).
	 *
	 * @param sender who sent it
	 * @param sentAt when
	 * @param subject its subject
	 * @param text the message
	 */
	record NetworkMessage(String sender, ZonedDateTime sentAt, String subject, String text) implements FaxContent {

		public NetworkMessage {
			Objects.requireNonNull(sentAt, "sentAt");
		}

	}

}
