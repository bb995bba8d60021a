package org.ecs.gateways.mail;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AutoMailClassifierTest {

	private final AutoMailClassifier classifier = new AutoMailClassifier(Set.of("notify@ecs.org"),
			Set.of("ecs.example"));

	private MailClassification classify(String raw) {
		return this.classifier.classify(new MimeMailParser().parse(raw.getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void shouldBeHumanWhenNoSignalIsPresent() {
		assertThat(classify("From: a@b.org\r\nSubject: Re: paper\r\n\r\nI agree").kind()).isEqualTo(MailKind.HUMAN);
	}

	@Test
	void shouldBeAutoReplyWhenAutoSubmittedOrOutOfOfficeSubject() {
		assertThat(classify("From: a@b.org\r\nAuto-Submitted: auto-replied\r\n\r\nx").kind())
			.isEqualTo(MailKind.AUTO_REPLY);
		assertThat(classify("From: a@b.org\r\nAuto-Submitted: no\r\n\r\nx").kind()).isEqualTo(MailKind.HUMAN);
		assertThat(classify("From: a@b.org\r\nSubject: Abwesenheitsnotiz: paper\r\n\r\nx").kind())
			.isEqualTo(MailKind.AUTO_REPLY);
		assertThat(classify("From: a@b.org\r\nPrecedence: bulk\r\n\r\nx").kind()).isEqualTo(MailKind.AUTO_REPLY);
	}

	@Test
	void shouldBeOwnWhenSentFromOurAddressOrDomain() {
		assertThat(classify("From: notify@ecs.org\r\n\r\nx").kind()).isEqualTo(MailKind.OWN);
		assertThat(classify("From: x@ECS.example\r\n\r\nx").kind()).isEqualTo(MailKind.OWN);
	}

	@Test
	void shouldReadDeliveryStatusWhenBounceIsAReport() {
		MailClassification verdict = classify("From: MAILER-DAEMON@mx.org\r\nSubject: Undelivered Mail\r\n"
				+ "Content-Type: multipart/report; report-type=delivery-status; boundary=B\r\n\r\n--B\r\n\r\nsorry\r\n--B\r\n"
				+ "Content-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.org\r\n\r\nFinal-Recipient: rfc822; x@y.org\r\n"
				+ "Action: failed\r\nStatus: 5.1.1\r\nDiagnostic-Code: smtp; 550 5.1.1 no such user\r\n\r\n--B\r\n"
				+ "Content-Type: text/rfc822-headers\r\n\r\nMessage-ID: <n-7@ecs.org>\r\nTo: x@y.org\r\n--B--\r\n");
		assertThat(verdict.kind()).isEqualTo(MailKind.BOUNCE);
		assertThat(verdict.report().recipients()).singleElement().satisfies((r) -> {
			assertThat(r.finalRecipient()).isEqualTo("x@y.org");
			assertThat(r.status()).isEqualTo("5.1.1");
			assertThat(r.replyCode()).isEqualTo("550");
		});
		assertThat(verdict.report().originalMessageId()).isEqualTo("n-7@ecs.org");
		assertThat(verdict.report().permanent()).isTrue();
	}

	@Test
	void shouldBeBounceWhenDaemonSendsFailureSubjectInPlainText() {
		MailClassification verdict = classify("From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\r\n"
				+ "Subject: Delivery Status Notification (Failure)\r\n\r\nThe server said: 550 5.1.1 <u@x.jp> User unknown\r\n");
		assertThat(verdict.kind()).isEqualTo(MailKind.BOUNCE);
		assertThat(verdict.report().status()).isEqualTo("5.1.1");
	}

}
