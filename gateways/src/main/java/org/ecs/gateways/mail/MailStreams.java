package org.ecs.gateways.mail;

import org.eclipse.angus.mail.util.MailStreamProvider;

/**
 * Names Jakarta Mail's stream provider once for the whole JVM. Without it Jakarta Mail
 * 2.1 looks the provider up through {@link java.util.ServiceLoader} every time it makes a
 * body part, a multipart or a set of headers, or encodes a part (jakartaee/mail-api#861):
 * a scan of the class path per call, which was a third of the CPU of sending notification
 * mail (and of the sandbox taking it in). With the system property it names the class
 * directly.
 */
public final class MailStreams {

	/** The system property Jakarta Mail's factory finder reads first. */
	static final String PROPERTY = "jakarta.mail.util.StreamProvider";

	private MailStreams() {
	}

	/** Sets the property unless it is set already (then it is left as it is). */
	public static void install() {
		if (System.getProperty(PROPERTY) == null) {
			System.setProperty(PROPERTY, MailStreamProvider.class.getName());
		}
	}

}
