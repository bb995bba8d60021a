package org.ecs.config;

import java.time.Duration;
import java.util.ConcurrentModificationException;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Multipart;
import jakarta.mail.Part;

import static org.awaitility.Awaitility.await;

/**
 * The mail ECS sent to the GreenMail sandbox, read as a person's mail client shows it:
 * its text/plain part.
 */
public final class SandboxMail {

	private SandboxMail() {
	}

	/** The text of every mail to this address (case ignored), in the order received. */
	public static List<String> textsTo(GreenMail sandbox, String address) {
		while (true) {
			try {
				return sandbox.findReceivedMessages((user) -> address.equalsIgnoreCase(user.getEmail()), (m) -> true)
					.map(SandboxMail::text)
					.toList();
			}
			catch (ConcurrentModificationException ex) {
				// a mail was delivered while the mailbox was read: read it again
			}
		}
	}

	/**
	 * Waits, as long as Awaitility's default, for a mail to this address containing this
	 * text.
	 */
	public static String awaitText(GreenMail sandbox, String address, String containing) {
		await().until(() -> textsTo(sandbox, address).stream().anyMatch((m) -> m.contains(containing)));
		return first(sandbox, address, containing);
	}

	/** Waits at most {@code atMost} for a mail to this address containing this text. */
	public static String awaitText(GreenMail sandbox, String address, String containing, Duration atMost) {
		await().atMost(atMost).until(() -> textsTo(sandbox, address).stream().anyMatch((m) -> m.contains(containing)));
		return first(sandbox, address, containing);
	}

	private static String first(GreenMail sandbox, String address, String containing) {
		return textsTo(sandbox, address).stream().filter((m) -> m.contains(containing)).findFirst().orElseThrow();
	}

	/** The first text/plain part of a mail or part, "" when it has none. */
	public static String text(Part part) {
		try {
			if (part.isMimeType("text/plain")) {
				return part.getContent().toString();
			}
			if (part.getContent() instanceof Multipart multipart) {
				for (int i = 0; i < multipart.getCount(); i++) {
					String text = text(multipart.getBodyPart(i));
					if (!text.isEmpty()) {
						return text;
					}
				}
			}
			return "";
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
