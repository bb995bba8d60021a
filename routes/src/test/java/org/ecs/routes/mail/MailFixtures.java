package org.ecs.routes.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.tika.config.TikaConfig;
import org.ecs.core.discussion.Discussion;
import org.ecs.core.discussion.ReviewPolicy;
import org.ecs.core.discussion.SubjectKind;
import org.ecs.core.participant.Channel;
import org.ecs.core.participant.Level;
import org.ecs.core.participant.Participant;
import org.ecs.core.participant.Role;
import org.ecs.gateways.mail.ArchiveExpansion;
import org.ecs.gateways.mail.AttachmentPolicy;
import org.ecs.gateways.mail.InboundMail;
import org.ecs.gateways.mail.InboundMail.MailAddress;
import org.ecs.gateways.mail.InboundMail.MailAttachment;
import org.ecs.gateways.mail.MessageIds;
import org.ecs.ocr.text.DocumentText;
import org.ecs.routes.outbound.MailSettings;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;

/** Mails, people and settings for the intake steps' tests. */
final class MailFixtures {

	static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

	private MailFixtures() {
	}

	/** The settings as the application binds them, defaults included. */
	static MailSettings mailSettings() {
		return bind("ecs.mail", MailSettings.class);
	}

	static MailboxSettings mailboxSettings() {
		return bind("ecs.mailbox", MailboxSettings.class);
	}

	private static <T> T bind(String prefix, Class<T> type) {
		MockEnvironment env = new MockEnvironment();
		return new Binder(ConfigurationPropertySources.get(env)).bindOrCreate(prefix, Bindable.of(type));
	}

	/** ECS's Message-IDs under a test key. */
	static final MessageIds MESSAGE_IDS = new MessageIds("the test key of ECS message ids!!".getBytes(),
			"ecs.localhost");

	/** The application's Tika configuration, made once for the tests as ECS does. */
	static final TikaConfig TIKA = DocumentText.configuration();

	static AttachmentPolicy policy() {
		MailboxSettings s = mailboxSettings();
		return new AttachmentPolicy(TIKA, s.attachmentTypes(), s.maxAttachment().toBytes(),
				s.maxAttachments().toBytes(),
				new ArchiveExpansion(s.maxUnpackedAttachment().toBytes(), s.maxUnpackRatio(), s.maxArchiveEntries()));
	}

	static InboundMail mail(String from, List<String> to, String text) {
		return new InboundMail("m-1@example.org", "m-1@example.org", new MailAddress(from, null), to, List.of(),
				List.of(), "Re: draft", NOW.minusSeconds(60), null, List.of(), text, null, false, List.of(), Map.of(),
				"text/plain", List.of(), List.of());
	}

	static InboundMail mailWith(List<MailAttachment> attachments) {
		return new InboundMail("m-2@example.org", "m-2@example.org", new MailAddress("alice@example.org", null),
				List.of("ecs@ecs.localhost"), List.of(), List.of(), "Re: draft", NOW, null, List.of(), "See attached.",
				null, false, attachments, Map.of(), "multipart/mixed", List.of(), List.of());
	}

	static IntakeMail intake(InboundMail mail) {
		return IntakeMail.of(new ReceivedMail(mail.dedupeKey(), "0".repeat(64), NOW), mail, NOW);
	}

	static Participant person(long id, String email, Level level) {
		return new Participant(id, "p" + id, "Person " + id, email, null, null, "en", level,
				EnumSet.of(Role.PARTICIPANT), Set.of(Channel.WEB, Channel.EMAIL), true);
	}

	static Discussion discussion(long id, Instant deadline) {
		return new Discussion(id, "Draft " + id, SubjectKind.TOPIC, null, "", 99, deadline.minus(Duration.ofDays(10)),
				deadline, ReviewPolicy.EMAIL_AND_FAX);
	}

	static byte[] executable() {
		byte[] exe = new byte[512];
		exe[0] = 'M';
		exe[1] = 'Z';
		exe[0x3c] = (byte) 0x80;
		exe[0x80] = 'P';
		exe[0x81] = 'E';
		return exe;
	}

}
