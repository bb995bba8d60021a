package org.ecs.gateways.fax;

import java.util.Date;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

/**
 * The mail that makes an email-to-fax gateway send a fax: to
 * {@code <E.164 number>@<gateway domain>}, the PDF as its only attachment, and at most a
 * short ASCII body. Gateways fax the body as well and garble anything but ASCII, so every
 * word of the fax is in the PDF. The PDF is base64 and the body LF-only 7bit ASCII, so no
 * line-ending conversion on the way (HylaFAX's faxmail loses attachments on CRLF
 * surprises) can touch either.
 */
public final class FaxOutboundMail {

	/** Carries the ECS notification id, for delivery reports that quote the headers. */
	public static final String NOTIFICATION_HEADER = "X-ECS-Notification-Id";

	private static final Pattern NOTIFICATION_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

	private final FaxOutboundProperties properties;

	private final FaxNumbers numbers;

	private final InternetAddress from;

	public FaxOutboundMail(FaxOutboundProperties properties, FaxNumbers numbers) {
		this.properties = properties;
		this.numbers = numbers;
		try {
			this.from = new InternetAddress(properties.fromAddress(), true);
		}
		catch (AddressException ex) {
			throw new IllegalArgumentException("Bad fax sender address: " + properties.fromAddress(), ex);
		}
	}

	/**
	 * The gateway address for a fax number.
	 * @param faxNumber the recipient's fax number, in any form {@link FaxNumbers} reads
	 * @return e.g. {@code +41225550123@fax.example.org}
	 * @throws IllegalArgumentException if the number is not a possible phone number
	 */
	public InternetAddress gatewayAddress(String faxNumber) {
		String e164 = this.numbers.toE164(faxNumber)
			.orElseThrow(() -> new IllegalArgumentException("Not a fax number: '" + faxNumber + "'"));
		String number = this.properties.plusInAddress() ? e164 : e164.substring(1);
		String address = this.properties.addressTemplate().replace("{number}", number);
		try {
			return new InternetAddress(address, true);
		}
		catch (AddressException ex) {
			throw new IllegalArgumentException("The fax address template gives a bad address: " + address, ex);
		}
	}

	/**
	 * Composes the mail for one fax.
	 * @param session the mail session to compose in (its {@code mail.from} and host name
	 * are not used)
	 * @param faxNumber the recipient's fax number
	 * @param fax the rendered fax
	 * @param notificationId the ECS notification this fax delivers, carried in the
	 * subject, a header and the Message-ID so that the gateway's delivery report can be
	 * matched to it; letters, digits, dots, hyphens and underscores only
	 * @return the message, ready for {@code Transport.send}
	 * @throws MessagingException if the message cannot be built
	 */
	public MimeMessage compose(Session session, String faxNumber, RenderedFax fax, String notificationId)
			throws MessagingException {
		if (notificationId == null || !NOTIFICATION_ID.matcher(notificationId).matches()) {
			throw new IllegalArgumentException("Bad notification id for a fax mail: '" + notificationId + "'");
		}
		InternetAddress to = gatewayAddress(faxNumber);
		MimeMessage message = new FaxMimeMessage(session, "<ECS-N-" + notificationId + "." + UUID.randomUUID() + "@"
				+ this.from.getAddress().substring(this.from.getAddress().indexOf('@') + 1) + ">");
		message.setFrom(this.from);
		message.setRecipient(Message.RecipientType.TO, to);
		message.setSubject(this.properties.subjectPrefix() + " ECS-N-" + notificationId, "us-ascii");
		message.setSentDate(new Date());
		message.setHeader(NOTIFICATION_HEADER, notificationId);
		message.setHeader("Auto-Submitted", "auto-generated");

		MimeMultipart multipart = new MimeMultipart("mixed");
		String body = this.properties.bodyText().strip();
		if (!body.isEmpty()) {
			MimeBodyPart text = new MimeBodyPart();
			// canonical CRLF throughout, so that no hop sees a mix of line endings
			text.setText(body.replace("\n", "\r\n") + "\r\n", "us-ascii");
			text.setHeader("Content-Transfer-Encoding", "7bit");
			multipart.addBodyPart(text);
		}
		MimeBodyPart pdf = new MimeBodyPart();
		pdf.setDataHandler(new DataHandler(new ByteArrayDataSource(fax.pdf(), "application/pdf")));
		pdf.setFileName("ecs-fax-" + notificationId + ".pdf");
		pdf.setDisposition(MimeBodyPart.ATTACHMENT);
		pdf.setHeader("Content-Transfer-Encoding", "base64");
		multipart.addBodyPart(pdf);
		message.setContent(multipart);
		message.saveChanges();
		return message;
	}

	/** Keeps the Message-ID we chose: saveChanges() would otherwise replace it. */
	private static final class FaxMimeMessage extends MimeMessage {

		private final String messageId;

		FaxMimeMessage(Session session, String messageId) {
			super(session);
			this.messageId = messageId;
		}

		@Override
		protected void updateMessageID() throws MessagingException {
			setHeader("Message-ID", this.messageId);
		}

	}

}
