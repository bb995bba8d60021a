package org.ecs.gateways.mail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.ecs.gateways.mail.DeliveryReport.Recipient;

/**
 * Tells human mail from bounces, automatic replies and our own mail, so that the intake
 * never answers a machine (RFC 3834) and never loops. Signals are the standard headers
 * first (multipart/report, Auto-Submitted, Precedence), then the well-known habits of
 * servers that ignore the standards (subjects, MAILER-DAEMON senders). Thread-safe.
 */
public final class AutoMailClassifier {

	private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

	private static final Pattern DAEMON_SENDER = Pattern
		.compile("^(mailer-daemon|postmaster|mail-daemon|mailerdaemon|mail-delivery-subsystem|mdaemon|bounces?|"
				+ "nobody|noreply-dmarc-support|microsoftexchange[0-9a-f]*)(@|$)", CI);

	private static final Pattern BOUNCE_SUBJECT = Pattern
		.compile("undeliver|undelivered mail|delivery status notification"
				+ "|delivery (has )?failed|delivery failure|mail delivery failed|failure notice|returned mail|returned to sender"
				+ "|mail system error|delivery problem|could not be delivered|non remis|non distribuable|échec de (la )?remise"
				+ "|unzustellbar|nicht zustellbar|unbestellbar|onbestelbaar|no se puede entregar|no entregado|error de entrega"
				+ "|impossibile recapitare|mancato recapito|não foi possível entregar|não entregue|ej levererat|kan ikke leveres"
				+ "|niedostarczon|не доставлено|недоставлен|не может быть доставлено|сообщение не доставлено|退信|无法投递|未送達"
				+ "|配信不能|配送失敗|mail failure|delivery notification: delivery has failed", CI);

	private static final Pattern OUT_OF_OFFICE_SUBJECT = Pattern.compile("out of (the )?office|automatic reply"
			+ "|auto[- ]?reply|autoreply|auto[- ]?response|away from (the )?office|on vacation|vacation reply|^vacation"
			+ "|abwesenheit|automatische antwort|réponse automatique|absence du bureau|^absent|respuesta automática"
			+ "|fuera de la oficina|fuori ufficio|risposta automatica|automatisch antwoord|afwezig|resposta automática"
			+ "|ausente|fora do escritório|автоматический ответ|автоответ|нет в офисе|вне офиса|自动回复|自動回覆|自動応答"
			+ "|不在通知|automatisk svar|frånvaro|fraværende|odpowiedź automatyczna|poza biurem|automaattinen vastaus"
			+ "|poissa|automatická odpověď|mimo kancelář|תשובה אוטומטית|מחוץ למשרד|رد تلقائي|خارج المكتب|otomatik yanıt"
			+ "|ofiste değil", CI);

	private static final Pattern STATUS = Pattern.compile("(?<![\\d.])([245]\\.\\d{1,3}\\.\\d{1,3})(?![\\d.])");

	private static final Pattern REPLY_CODE = Pattern.compile("(?<![\\d.:=])([45][0-5]\\d)(?=[\\s-])");

	private static final Pattern MESSAGE_ID_LINE = Pattern.compile("(?im)^message-id:\\s*<?([^\\s<>]+@[^\\s<>]+)>?");

	private static final Pattern EMAIL = Pattern.compile("[\\w.%+'=-]+@[\\w.-]+\\.[a-z]{2,}", CI);

	private final Set<String> ownAddresses;

	private final Set<String> ownDomains;

	/**
	 * @param ownAddresses addresses we send from (notifications, bounces, rejections)
	 * @param ownDomains domains all of whose addresses are ours, without {@code @}
	 */
	public AutoMailClassifier(Set<String> ownAddresses, Set<String> ownDomains) {
		this.ownAddresses = lower(ownAddresses);
		this.ownDomains = lower(ownDomains);
	}

	private static Set<String> lower(Set<String> values) {
		return values.stream().map((value) -> value.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
	}

	public MailClassification classify(InboundMail mail) {
		if (mail.from() != null && isOwn(mail.from().address())) {
			return new MailClassification(MailKind.OWN, "sent from our own address " + mail.from().address(), null);
		}
		MailClassification report = fromReport(mail);
		if (report != null) {
			return report;
		}
		MailClassification bounce = fromBounceHabits(mail);
		if (bounce != null) {
			return bounce;
		}
		String automatic = automaticSignal(mail);
		if (automatic != null) {
			return new MailClassification(MailKind.AUTO_REPLY, automatic, null);
		}
		return new MailClassification(MailKind.HUMAN, "no automatic-mail signal", null);
	}

	boolean isOwn(String address) {
		String lower = address.strip().toLowerCase(Locale.ROOT);
		if (this.ownAddresses.contains(lower)) {
			return true;
		}
		int at = lower.lastIndexOf('@');
		return at >= 0 && this.ownDomains.contains(lower.substring(at + 1));
	}

	private MailClassification fromReport(InboundMail mail) {
		List<InboundMail.ReportPart> parts = mail.reportParts();
		Map<String, String> original = originalHeaders(parts);
		String originalId = originalMessageId(original, mail.text());
		for (InboundMail.ReportPart part : parts) {
			if (part.mediaType().contains("feedback-report")) {
				Map<String, List<String>> fields = fields(part.content());
				String type = firstField(fields, "feedback-type");
				List<Recipient> recipients = new ArrayList<>();
				for (String address : fields.getOrDefault("original-rcpt-to", List.of())) {
					recipients.add(new Recipient(stripType(address), "failed", "", "", "", ""));
				}
				return new MailClassification(MailKind.BOUNCE, "feedback report (" + type + ")",
						new DeliveryReport(recipients, originalId, original, type.isEmpty() ? "abuse" : type, true));
			}
		}
		for (InboundMail.ReportPart part : parts) {
			if (part.mediaType().contains("delivery-status")) {
				List<Recipient> recipients = deliveryStatus(part.content());
				if (recipients.isEmpty()) {
					recipients = recipientsFromText(mail.text());
				}
				DeliveryReport report = new DeliveryReport(recipients, originalId, original, null, true);
				boolean failed = recipients.isEmpty()
						|| recipients.stream().anyMatch((r) -> r.action().equals("failed") || r.permanent());
				if (failed) {
					return new MailClassification(MailKind.BOUNCE, "delivery status notification " + report.status(),
							report);
				}
				return new MailClassification(MailKind.AUTO_REPLY,
						"delivery status notification (" + recipients.get(0).action() + ")", report);
			}
		}
		for (InboundMail.ReportPart part : parts) {
			if (part.mediaType().contains("disposition-notification")) {
				return new MailClassification(MailKind.AUTO_REPLY, "read receipt", null);
			}
		}
		return null;
	}

	private MailClassification fromBounceHabits(InboundMail mail) {
		String subject = mail.subject();
		boolean daemon = mail.from() != null && DAEMON_SENDER.matcher(mail.from().address()).find();
		boolean bounceSubject = BOUNCE_SUBJECT.matcher(subject).find();
		boolean reportType = mail.contentType().equals("multipart/report");
		if (!(bounceSubject && (daemon || reportType || autoSubmitted(mail) != null)) && !(daemon && reportType)) {
			if (!(bounceSubject && mail.from() == null)) {
				return null;
			}
		}
		Map<String, String> original = originalHeaders(mail.reportParts());
		List<Recipient> recipients = recipientsFromText(mail.text());
		DeliveryReport report = new DeliveryReport(recipients, originalMessageId(original, mail.text()), original, null,
				false);
		return new MailClassification(MailKind.BOUNCE, "bounce by sender and subject '" + subject + "'", report);
	}

	private String automaticSignal(InboundMail mail) {
		String autoSubmitted = autoSubmitted(mail);
		if (autoSubmitted != null) {
			return "Auto-Submitted: " + autoSubmitted;
		}
		String precedence = mail.header("precedence");
		if (precedence != null && precedence.strip()
			.toLowerCase(Locale.ROOT)
			.matches("(bulk|junk|list|auto_reply|auto-reply|autoreply)\\b.*")) {
			return "Precedence: " + precedence.strip();
		}
		for (String header : List.of("x-autoreply", "x-autorespond", "x-auto-response-suppress", "x-autogenerated",
				"x-autoresponder", "x-ms-exchange-generated-message-source", "x-ms-exchange-inbox-rules-loop")) {
			String value = mail.header(header);
			if (value != null && !value.isBlank() && !value.strip().equalsIgnoreCase("no")) {
				return header + ": " + value.strip();
			}
		}
		String appleAction = mail.header("x-apple-action");
		if (appleAction != null && appleAction.toUpperCase(Locale.ROOT).contains("VACATION")) {
			return "X-Apple-Action: " + appleAction;
		}
		if ("9".equals(strip(mail.header("x-post-messageclass")))) {
			return "X-POST-MessageClass: 9";
		}
		if (OUT_OF_OFFICE_SUBJECT.matcher(mail.subject()).find()) {
			return "out-of-office subject '" + mail.subject() + "'";
		}
		if (mail.from() != null && DAEMON_SENDER.matcher(mail.from().address()).find()) {
			return "sent by " + mail.from().address();
		}
		String returnPath = mail.header("return-path");
		if (returnPath != null && returnPath.replaceAll("\\s", "").equals("<>")) {
			return "null return path";
		}
		return null;
	}

	private static String autoSubmitted(InboundMail mail) {
		String value = mail.header("auto-submitted");
		if (value == null || value.isBlank() || value.strip().toLowerCase(Locale.ROOT).startsWith("no")) {
			return null;
		}
		return value.strip();
	}

	private static String strip(String value) {
		return (value == null) ? null : value.strip();
	}

	/** Per-recipient groups of an RFC 3464 message/delivery-status body. */
	static List<Recipient> deliveryStatus(String content) {
		List<Recipient> recipients = new ArrayList<>();
		String[] groups = content.replace("\r\n", "\n").split("\n[ \t]*\n");
		for (String group : groups) {
			Map<String, List<String>> fields = fields(group);
			String finalRecipient = firstField(fields, "final-recipient");
			if (finalRecipient.isEmpty()) {
				finalRecipient = firstField(fields, "original-recipient");
			}
			if (finalRecipient.isEmpty()) {
				continue;
			}
			String diagnostic = firstField(fields, "diagnostic-code");
			String status = firstField(fields, "status");
			Matcher statusMatcher = STATUS.matcher(status);
			status = statusMatcher.find() ? statusMatcher.group(1) : "";
			if (status.isEmpty()) {
				Matcher fromDiagnostic = STATUS.matcher(diagnostic);
				status = fromDiagnostic.find() ? fromDiagnostic.group(1) : "";
			}
			recipients.add(new Recipient(stripType(finalRecipient),
					firstField(fields, "action").toLowerCase(Locale.ROOT), status, replyCode(diagnostic),
					stripType(diagnostic), stripType(firstField(fields, "remote-mta"))));
		}
		return recipients;
	}

	private static List<Recipient> recipientsFromText(String text) {
		String body = (text == null) ? "" : text;
		// only the server's explanation, not the returned message below it
		Matcher returned = Pattern.compile("(?im)^(received|return-path|message-id|x-[a-z-]+):").matcher(body);
		String explanation = returned.find() ? body.substring(0, returned.start()) : body;
		Matcher status = STATUS.matcher(explanation);
		String code = status.find() ? status.group(1) : "";
		String reply = replyCode(explanation);
		Matcher email = EMAIL.matcher(explanation);
		String address = email.find() ? email.group() : "";
		String diagnostic = "";
		for (String line : explanation.split("\n")) {
			if (!code.isEmpty() && line.contains(code) || !reply.isEmpty() && line.contains(reply)) {
				diagnostic = line.strip();
				break;
			}
		}
		if (address.isEmpty() && code.isEmpty() && reply.isEmpty()) {
			return List.of();
		}
		return List.of(new Recipient(address, "failed", code, reply, diagnostic, ""));
	}

	private static String replyCode(String text) {
		Matcher matcher = REPLY_CODE.matcher(text + " ");
		return matcher.find() ? matcher.group(1) : "";
	}

	private static Map<String, List<String>> fields(String block) {
		Map<String, List<String>> fields = new LinkedHashMap<>();
		String unfolded = block.replace("\r\n", "\n").replaceAll("\n[ \t]+", " ");
		for (String line : unfolded.split("\n")) {
			int colon = line.indexOf(':');
			if (colon > 0) {
				String name = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
				fields.computeIfAbsent(name, (key) -> new ArrayList<>()).add(line.substring(colon + 1).strip());
			}
		}
		return fields;
	}

	private static String firstField(Map<String, List<String>> fields, String name) {
		List<String> values = fields.get(name);
		return (values == null || values.isEmpty()) ? "" : values.get(0);
	}

	/** "rfc822; a@b" and "smtp; 550 ..." carry a type before the value. */
	private static String stripType(String value) {
		int semicolon = value.indexOf(';');
		return ((semicolon >= 0 && semicolon < 12) ? value.substring(semicolon + 1) : value).strip();
	}

	private static Map<String, String> originalHeaders(List<InboundMail.ReportPart> parts) {
		for (InboundMail.ReportPart part : parts) {
			if (part.mediaType().endsWith("rfc822") || part.mediaType().contains("headers")
					|| part.mediaType().equals("message/global")) {
				Map<String, String> headers = new LinkedHashMap<>();
				fields(part.content()).forEach((name, values) -> headers.put(name, values.get(0)));
				return headers;
			}
		}
		return Map.of();
	}

	private static String originalMessageId(Map<String, String> original, String text) {
		String id = original.get("message-id");
		if (id != null) {
			List<String> ids = MimeMailParser.ids(id);
			if (!ids.isEmpty()) {
				return ids.get(0);
			}
		}
		Matcher inText = MESSAGE_ID_LINE.matcher((text == null) ? "" : text);
		return inText.find() ? inText.group(1) : null;
	}

}
