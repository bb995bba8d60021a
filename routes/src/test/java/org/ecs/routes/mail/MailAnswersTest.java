package org.ecs.routes.mail;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.ecs.core.mailbox.MailAnswerLimits;
import org.ecs.core.participant.ParticipantDirectory;
import org.ecs.gateways.mail.MailClassification;
import org.ecs.gateways.mail.MailKind;
import org.ecs.gateways.mail.RejectionMailComposer;
import org.ecs.gateways.mail.RejectionMailComposer.Reason;
import org.ecs.gateways.mail.ReplyTrimmer;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

class MailAnswersTest {

	final JavaMailSender sender = mock(JavaMailSender.class);

	final MailAnswerLimits limits = mock(MailAnswerLimits.class);

	final ParticipantDirectory participants = mock(ParticipantDirectory.class);

	final MailAnswers answers = new MailAnswers(
			new RejectionMailComposer(Session.getInstance(new Properties()), address(), MailFixtures.MESSAGE_IDS,
					ZoneId.of("UTC"), Clock.fixed(MailFixtures.NOW, ZoneOffset.UTC)),
			this.sender, this.limits, this.participants, Clock.fixed(MailFixtures.NOW, ZoneOffset.UTC),
			new ReplyTrimmer());

	@Test
	void shouldAnswerARefusalInTheLanguageTheMailWasWrittenIn() throws Exception {
		given(this.participants.findByEmail(anyString())).willReturn(Optional.empty());
		given(this.limits.reserve(any(), any(), any())).willReturn(true);
		String[][] mails = { { "Je vous transmets le commentaire, merci de le publier dans la discussion.", "fr" },
				{ "Les reenvío el comentario, por favor publíquenlo en la discusión.", "es" },
				{ "Пересылаю комментарий, прошу опубликовать его в обсуждении.", "ru" },
				{ "أرسل إليكم التعليق، يرجى نشره في المناقشة.", "ar" }, { "转发这条意见，请在讨论中发布。", "zh" } };
		for (String[] mail : mails) {
			IntakeMail m = MailFixtures
				.intake(MailFixtures.mail("stranger@x.example", List.of("ecs@ecs.localhost"),
						mail[0] + "\n\nOn Mon, 2 Mar 2026, ECS <ecs@ecs.localhost> wrote:\n> Ann commented"))
				.classified(new MailClassification(MailKind.HUMAN, "none", null), null)
				.refused(new IntakeMail.Refusal(Reason.UNKNOWN_SENDER, "test"));
			this.answers.answer(m);
		}

		ArgumentCaptor<MimeMessage> sent = ArgumentCaptor.forClass(MimeMessage.class);
		verify(this.sender, org.mockito.Mockito.times(mails.length)).send(sent.capture());
		for (int i = 0; i < mails.length; i++) {
			assertThat(sent.getAllValues().get(i).getHeader("Content-Language")).as(mails[i][0])
				.containsExactly(mails[i][1]);
		}
	}

	@Test
	void shouldAnswerARefusedPersonOncePerReasonAndDay() throws Exception {
		given(this.participants.findByEmail(anyString())).willReturn(Optional.empty());
		given(this.limits.reserve(eq("stranger@x.example"), eq("UNKNOWN_SENDER"), any())).willReturn(true, false);
		IntakeMail m = refused("stranger@x.example", Reason.UNKNOWN_SENDER);

		assertThat(this.answers.answer(m).answered()).isTrue();
		assertThat(this.answers.answer(m).answered()).isFalse();

		ArgumentCaptor<MimeMessage> sent = ArgumentCaptor.forClass(MimeMessage.class);
		verify(this.sender).send(sent.capture());
		assertThat(sent.getValue().getAllRecipients()[0].toString()).isEqualTo("stranger@x.example");
		assertThat(sent.getValue().getHeader("Auto-Submitted")).containsExactly("auto-replied");
	}

	@Test
	void shouldNameRefusedAttachmentsOfAPostedReply() throws Exception {
		given(this.participants.findByEmail(anyString())).willReturn(Optional.empty());
		given(this.limits.reserve(any(), eq("ATTACHMENT_REFUSED"), any())).willReturn(true);
		IntakeMail m = human("alice@example.org")
			.withAttachments(List.of(), null, List.of("tool.exe (type not allowed)"))
			.submitted(java.util.UUID.randomUUID());

		this.answers.answer(m);

		ArgumentCaptor<MimeMessage> sent = ArgumentCaptor.forClass(MimeMessage.class);
		verify(this.sender).send(sent.capture());
		assertThat(sent.getValue().getContent().toString()).contains("tool.exe");
	}

	@Test
	void shouldNeverAnswerMachinesNorMailThatWasFine() throws Exception {
		IntakeMail auto = MailFixtures
			.intake(MailFixtures.mail("alice@example.org", List.of("ecs@ecs.localhost"), "Away"))
			.classified(new MailClassification(MailKind.AUTO_REPLY, "auto-submitted", null), null)
			.refused(new IntakeMail.Refusal(Reason.EMPTY_REPLY, "x"));

		this.answers.answer(auto);
		this.answers.answer(human("alice@example.org").submitted(java.util.UUID.randomUUID()));

		verify(this.sender, never()).send(any(MimeMessage.class));
	}

	@Test
	void shouldGiveTheDaysAnswerBackWhenSendingFails() {
		given(this.participants.findByEmail(anyString())).willReturn(Optional.empty());
		given(this.limits.reserve(any(), any(), any())).willReturn(true);
		willThrow(new MailSendException("down")).given(this.sender).send(any(MimeMessage.class));

		assertThatThrownBy(() -> this.answers.answer(refused("bob@x.example", Reason.EMPTY_REPLY)))
			.isInstanceOf(MailSendException.class);
		verify(this.limits).release(eq("bob@x.example"), eq("EMPTY_REPLY"), any());
	}

	private static IntakeMail human(String from) {
		return MailFixtures.intake(MailFixtures.mail(from, List.of("ecs@ecs.localhost"), "Hello"))
			.classified(new MailClassification(MailKind.HUMAN, "none", null), null);
	}

	private static IntakeMail refused(String from, Reason reason) {
		return human(from).refused(new IntakeMail.Refusal(reason, "test"));
	}

	private static InternetAddress address() {
		try {
			return new InternetAddress("ECS <ecs@ecs.localhost>");
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
