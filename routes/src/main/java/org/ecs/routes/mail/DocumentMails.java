package org.ecs.routes.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ecs.core.document.DocumentAccess;
import org.ecs.core.document.DocumentFile;
import org.ecs.core.document.DocumentLanguage;
import org.ecs.core.document.DocumentRefusedException;
import org.ecs.core.document.DocumentSymbol;
import org.ecs.core.document.DocumentUpload;
import org.ecs.core.document.DocumentUploads;
import org.ecs.core.participant.Participant;
import org.ecs.core.participant.ParticipantDirectory;
import org.ecs.gateways.mail.InboundMail;
import org.ecs.gateways.mail.SenderAuthentication;
import org.ecs.routes.outbound.MailSettings;
import org.springframework.stereotype.Component;

/**
 * Mail to the documents address ({@code <mailbox>+documents@<domain>}): the secretariat
 * sends files with the document's symbol in the subject; each attachment becomes a
 * language version (the language read from the file name, e.g. {@code report-ru.pdf},
 * else English, which extraction then checks) that waits for the secretariat's review
 * before it is published. From anyone else, or when the receiving server says the From is
 * forged, nothing is taken. A mail taken twice adds nothing: the same file for the same
 * language is kept once.
 */
@Component
class DocumentMails {

	/** The plus-part of the documents address. */
	static final String DETAIL = "documents";

	/**
	 * How the outcome of a mail that gave the document module at least one file begins.
	 */
	static final String TAKEN = "documents address, for review: ";

	private static final Pattern LANGUAGE = Pattern.compile("(?i)(?:^|[^a-z])(ar|zh|en|fr|ru|es)(?=[^a-z]|$)");

	private static final Pattern PREFIXES = Pattern.compile("(?i)^\\s*((re|fwd?|tr|aw|wg)\\s*:\\s*)+");

	private final ParticipantDirectory participants;

	private final DocumentUploads uploads;

	private final String address;

	private final SenderAuthentication authentication;

	private final boolean requireAuthenticated;

	DocumentMails(ParticipantDirectory participants, DocumentUploads uploads, MailSettings settings,
			SenderAuthentication authentication, MailboxSettings mailbox) {
		this.participants = participants;
		this.uploads = uploads;
		this.authentication = authentication;
		this.requireAuthenticated = mailbox.requireAuthenticatedSender();
		String ours = settings.mailbox();
		this.address = (settings.replyLocal() + "+" + DETAIL + ours.substring(ours.lastIndexOf('@')))
			.toLowerCase(Locale.ROOT);
	}

	/** The address the secretariat mails documents to. */
	String address() {
		return this.address;
	}

	boolean isForDocuments(IntakeMail m) {
		return m.mail().allRecipients().stream().anyMatch((r) -> r.strip().equalsIgnoreCase(this.address));
	}

	/** Whether the document module took a file of this mail. */
	static boolean tookFiles(IntakeMail m) {
		return m.detail() != null && m.detail().startsWith(TAKEN);
	}

	IntakeMail receive(IntakeMail m) {
		String sender = m.sender();
		SenderAuthentication.Verdict verdict = this.authentication.judge(m.mail());
		if (verdict.result() == SenderAuthentication.Result.FAIL
				|| (this.requireAuthenticated && verdict.result() != SenderAuthentication.Result.PASS)) {
			// a forged From must not put files in the catalogue's review queue in staff's
			// name
			return m.classified(m.classification(),
					"to the documents address, sender not authenticated (" + verdict.detail() + "): nothing taken");
		}
		Optional<Participant> staff = (sender == null) ? Optional.empty()
				: this.participants.findByEmail(sender).filter(DocumentAccess::managesDocuments);
		if (staff.isEmpty()) {
			return m.classified(m.classification(),
					"to the documents address from " + sender + ", who is not secretariat staff: nothing taken");
		}
		String subject = PREFIXES.matcher((m.mail().subject() == null) ? "" : m.mail().subject()).replaceFirst("");
		Optional<DocumentSymbol> symbol = symbolIn(subject);
		if (symbol.isEmpty()) {
			return m.classified(m.classification(), "to the documents address without a symbol in the subject");
		}
		String title = subject
			.replaceFirst(Pattern.quote(symbol.get().symbol()) + "|(?i)" + Pattern.quote(symbol.get().symbol()), "")
			.replaceAll("^[\\s:\\-–—]+|[\\s:\\-–—]+$", "")
			.strip();
		List<String> outcome = new ArrayList<>();
		int taken = 0;
		for (InboundMail.MailAttachment a : m.mail().attachments()) {
			if (a.inline() && a.fileName() == null) {
				continue;
			}
			String language = languageOf(a.fileName());
			try {
				DocumentUploads.Received r = this.uploads.receive(staff.get(),
						DocumentUpload.of(symbol.get().symbol(), title.isEmpty() ? a.fileName() : title, language,
								a.fileName(), a.content(), DocumentFile.Source.EMAIL));
				outcome.add(a.fileName() + " → " + r.document().symbol() + " (" + language + ")");
				taken++;
			}
			catch (DocumentRefusedException ex) {
				outcome.add(a.fileName() + " refused: " + ex.getMessage());
			}
		}
		if (outcome.isEmpty()) {
			outcome.add("no file attached");
		}
		return m.classified(m.classification(),
				((taken > 0) ? TAKEN : "documents address, nothing taken: ") + String.join("; ", outcome));
	}

	static Optional<DocumentSymbol> symbolIn(String subject) {
		for (String token : subject.split("[\\s,;()\\[\\]]+")) {
			// a symbol in a subject is written as issued: its series in capitals
			if (token.matches("[A-Z][A-Z0-9]*/.*")) {
				Optional<DocumentSymbol> s = DocumentSymbol.parse(token.replaceAll("[.:]+$", ""));
				if (s.isPresent()) {
					return s;
				}
			}
		}
		return Optional.empty();
	}

	/** The last language code standing alone in the file name, else English. */
	static String languageOf(String fileName) {
		if (fileName == null) {
			return "en";
		}
		String base = fileName.replaceAll("\\.[A-Za-z0-9]{1,5}$", "");
		Matcher m = LANGUAGE.matcher(base);
		String found = null;
		while (m.find()) {
			found = m.group(1).toLowerCase(Locale.ROOT);
		}
		return (found != null && DocumentLanguage.parse(found).isPresent()) ? found : "en";
	}

}
