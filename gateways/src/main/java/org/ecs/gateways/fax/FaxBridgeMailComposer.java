package org.ecs.gateways.fax;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

/**
 * Writes the mail HylaFAX's {@code faxrcvd} sends for a received fax, from an uploaded
 * page: the sandbox's "fax a page back" and the tests use it to stand in for a real
 * fax-to-email bridge. The upload becomes a bilevel multi-page TIFF, as the fax machine
 * on the other end would have sent it, and the mail follows HylaFAX's
 * {@code faxrcvd-success} template.
 */
public final class FaxBridgeMailComposer {

	private static final DateTimeFormatter FAXINFO_DATE = DateTimeFormatter.ofPattern("yyyy:MM:dd HH:mm:ss",
			Locale.ROOT);

	private final InternetAddress from;

	private final FaxResolution resolution;

	private final ZoneId zone;

	private final AtomicLong commId = new AtomicLong(System.currentTimeMillis() % 100_000_000L);

	/**
	 * @param fromAddress the bridge's sender, e.g. {@code HylaFAX Agent <fax@localhost>}
	 * @param resolution the resolution the simulated machine sends at
	 * @param zone the bridge's clock (HylaFAX states local time)
	 */
	public FaxBridgeMailComposer(String fromAddress, FaxResolution resolution, ZoneId zone) {
		try {
			this.from = new InternetAddress(fromAddress, true);
		}
		catch (MessagingException ex) {
			throw new IllegalArgumentException("Bad fax bridge sender: " + fromAddress, ex);
		}
		this.resolution = resolution;
		this.zone = zone;
	}

	/**
	 * The bridge mail for an uploaded page.
	 * @param session the mail session
	 * @param to the mailbox the bridge delivers to
	 * @param upload a PDF, PNG, JPEG or TIFF
	 * @param contentType its claimed type, may be null
	 * @param senderNumber the number of the machine that "sent" it, as its TSI and caller
	 * id
	 * @param received when the bridge "received" it
	 * @return the mail
	 * @throws IOException if the upload cannot be read as pages
	 * @throws MessagingException if the mail cannot be built
	 */
	public MimeMessage compose(Session session, String to, byte[] upload, String contentType, String senderNumber,
			Instant received) throws IOException, MessagingException {
		return composeFromPages(session, to, FaxTiff.pages(upload, contentType, this.resolution), this.resolution,
				senderNumber, received);
	}

	/**
	 * The bridge mail for pages already at a fax resolution (e.g. a degraded test page).
	 * @param session the mail session
	 * @param to the mailbox the bridge delivers to
	 * @param pages bilevel pages
	 * @param resolution the resolution the pages are at
	 * @param senderNumber the sending machine's number
	 * @param received when the bridge received them
	 * @return the mail
	 * @throws IOException if the TIFF cannot be written
	 * @throws MessagingException if the mail cannot be built
	 */
	public MimeMessage composeFromPages(Session session, String to, List<BufferedImage> pages, FaxResolution resolution,
			String senderNumber, Instant received) throws IOException, MessagingException {
		String sender = (senderNumber != null) ? senderNumber.replaceAll("[\\r\\n\"]", " ").strip() : "";
		byte[] tiff = FaxTiff.write(pages, resolution, FaxTiff.Compression.T6);
		long comm = this.commId.incrementAndGet();
		String file = String.format(Locale.ROOT, "fax%09d", comm);

		MimeMessage message = new MimeMessage(session);
		message.setFrom(this.from);
		message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
		message.setSubject("Fax received from \"" + sender + "\"", "us-ascii");
		message.setSentDate(Date.from(received));

		MimeBodyPart text = new MimeBodyPart();
		text.setText(faxinfo(file, sender, pages, resolution, received, comm), "us-ascii");
		text.setHeader("Content-Transfer-Encoding", "quoted-printable");
		MimeBodyPart attachment = new MimeBodyPart();
		attachment.setDataHandler(new DataHandler(new ByteArrayDataSource(tiff, "image/tiff")));
		attachment.setFileName(file + ".tif");
		attachment.setDisposition(MimeBodyPart.ATTACHMENT);
		attachment.setDescription("FAX document");
		attachment.setHeader("Content-Transfer-Encoding", "base64");
		MimeMultipart multipart = new MimeMultipart("mixed");
		multipart.addBodyPart(text);
		multipart.addBodyPart(attachment);
		message.setContent(multipart);
		message.saveChanges();
		return message;
	}

	// the lines of HylaFAX's faxrcvd-success template, as faxinfo fills them
	private String faxinfo(String file, String sender, List<BufferedImage> pages, FaxResolution resolution,
			Instant received, long comm) {
		return String.join("\n", "recvq/" + file + ".tif (ftp://localhost:4559/recvq/" + file + ".tif):",
				"          Sender: " + sender, "           Pages: " + pages.size(),
				"         Quality: " + resolution.label(), "            Size: ISO A4",
				"        Received: " + FAXINFO_DATE.format(received.atZone(this.zone)),
				" Time To Receive: 0:" + String.format(Locale.ROOT, "%02d", Math.min(59, 20 * pages.size())),
				"     Signal Rate: 14400 bit/s", "     Data Format: 2-D MMR", "   Error Correct: Yes",
				"         CallID1: " + sender, "         CallID2: ", "     Received On: ttyIAX0",
				"          CommID: " + String.format(Locale.ROOT, "%09d", comm) + " (ftp://localhost:4559/log/c"
						+ String.format(Locale.ROOT, "%09d", comm) + ")",
				"");
	}

}
