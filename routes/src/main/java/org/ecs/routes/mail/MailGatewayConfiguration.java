package org.ecs.routes.mail;

import java.time.Clock;
import java.util.Properties;
import java.util.Set;

import jakarta.mail.Session;
import org.apache.tika.config.TikaConfig;
import org.ecs.gateways.mail.ArchiveExpansion;
import org.ecs.gateways.mail.AttachmentPolicy;
import org.ecs.gateways.mail.AutoMailClassifier;
import org.ecs.gateways.mail.MailStreams;
import org.ecs.gateways.mail.MessageIds;
import org.ecs.gateways.mail.MimeMailParser;
import org.ecs.gateways.mail.NoticeMailComposer;
import org.ecs.gateways.mail.NotificationMailComposer;
import org.ecs.gateways.mail.RejectionMailComposer;
import org.ecs.gateways.mail.ReplyTrimmer;
import org.ecs.gateways.mail.SenderAuthentication;
import org.ecs.routes.outbound.MailSettings;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The mail gateway's stateless parts, configured once from the mail settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailboxSettings.class)
class MailGatewayConfiguration {

	static {
		// before any mail is made: Jakarta Mail's provider lookup per part is costly
		MailStreams.install();
	}

	/** Messages are only composed in it; sending uses the application's mail sender. */
	private static final Session COMPOSING = Session.getInstance(new Properties());

	@Bean
	MimeMailParser mimeMailParser() {
		return new MimeMailParser();
	}

	@Bean
	AutoMailClassifier autoMailClassifier(MailSettings settings) {
		// our own mailbox only, not the whole domain: staff may write from it
		return new AutoMailClassifier(Set.of(settings.mailbox()), Set.of());
	}

	@Bean
	ReplyTrimmer replyTrimmer() {
		return new ReplyTrimmer();
	}

	@Bean
	AttachmentPolicy attachmentPolicy(MailboxSettings mailbox, TikaConfig tika) {
		return new AttachmentPolicy(tika, mailbox.attachmentTypes(), mailbox.maxAttachment().toBytes(),
				mailbox.maxAttachments().toBytes(), new ArchiveExpansion(mailbox.maxUnpackedAttachment().toBytes(),
						mailbox.maxUnpackRatio(), mailbox.maxArchiveEntries()));
	}

	@Bean
	SenderAuthentication senderAuthentication(MailboxSettings mailbox) {
		return new SenderAuthentication(mailbox.trustedAuthservIds());
	}

	@Bean
	MessageIds messageIds(MailSettings settings, MailTokens tokens) {
		return new MessageIds(tokens.messageIdKey(), settings.domain());
	}

	@Bean
	NotificationMailComposer notificationMailComposer(MailSettings settings, MessageIds ids, Clock clock) {
		return new NotificationMailComposer(COMPOSING, settings.fromAddress(), ids, settings.zone(), clock);
	}

	@Bean
	NoticeMailComposer noticeMailComposer(NotificationMailComposer ids) {
		return new NoticeMailComposer(ids);
	}

	@Bean
	RejectionMailComposer rejectionMailComposer(MailSettings settings, MessageIds ids, Clock clock) {
		return new RejectionMailComposer(COMPOSING, settings.fromAddress(), ids, settings.zone(), clock);
	}

}
