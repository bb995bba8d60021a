package org.ecs.gateways.fax;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FaxDeliveryReportParserTest {

	private final FaxDeliveryReportParser parser = new FaxDeliveryReportParser(FaxDeliveryReportProperties.defaults(),
			new FaxNumbers("CH"));

	@Test
	void shouldReadADeliveredFaxWhenHylafaxNotifiesCompletion() {
		FaxDeliveryReport report = recognised(FaxMails.load("delivery/hylafax-notify-done.eml"));

		assertThat(report.format()).isEqualTo("hylafax");
		assertThat(report.outcome()).isEqualTo(FaxDeliveryReport.Outcome.DELIVERED);
		assertThat(report.notificationId()).contains("5f0c2a1e-7d7b-4f7e-9a51-2b1c0d9e8f70");
		assertThat(report.number()).contains("+41225550123");
		assertThat(report.pages()).isEqualTo(OptionalInt.of(3));
		assertThat(report.reason()).isEmpty();
	}

	@Test
	void shouldReadTheReasonWhenHylafaxNotifiesFailure() {
		FaxDeliveryReport report = recognised(FaxMails.load("delivery/hylafax-notify-failed.eml"));

		assertThat(report.outcome()).isEqualTo(FaxDeliveryReport.Outcome.FAILED);
		assertThat(report.numberRaw()).isEqualTo("022 555 01 24");
		assertThat(report.number()).contains("+41225550124");
		assertThat(report.reason()).contains("Busy signal detected");
		assertThat(report.notificationId()).as("a job without our tag").isEmpty();
	}

	@Test
	void shouldFindTheNotificationInOurMessageIdWhenACommercialGatewayRepliesToTheFaxMail() {
		FaxBridgeMail mail = new FaxBridgeMail("Fax to +41 22 555 01 23 delivered", "Fax Service <noreply@provider>",
				Map.of("In-Reply-To", "<ECS-N-n-4711.0d6c1a52-2f5e-4c41-8a0c-93f1d0e0b6a1@example.org>"),
				"Your fax was sent successfully.\nPages sent: 2\n", List.of());

		FaxDeliveryReport report = recognised(mail);

		assertThat(report.format()).isEqualTo("commercial");
		assertThat(report.outcome()).isEqualTo(FaxDeliveryReport.Outcome.DELIVERED);
		assertThat(report.notificationId()).contains("n-4711");
		assertThat(report.number()).contains("+41225550123");
		assertThat(report.pages()).isEqualTo(OptionalInt.of(2));
	}

	@Test
	void shouldCountNotDeliveredAsFailureWhenTheSubjectSaysBoth() {
		FaxBridgeMail mail = new FaxBridgeMail("Re: ECS fax ECS-N-n-77 - fax to 022 555 01 24 not delivered",
				"noreply@provider", Map.of(), "Reason: No answer after 3 attempts\n", List.of());

		FaxDeliveryReport report = recognised(mail);

		assertThat(report.outcome()).isEqualTo(FaxDeliveryReport.Outcome.FAILED);
		assertThat(report.notificationId()).contains("n-77");
		assertThat(report.reason()).contains("No answer after 3 attempts");
	}

	@Test
	void shouldTrustOurHeaderAndTheGatewaysStatusHeaderWhenBothAreThere() {
		FaxBridgeMail mail = new FaxBridgeMail("Fax status", "gw@provider", Map.of("X-Fax-Status", "FAILED", "X-Fax-To",
				"+41225550123", "X-Fax-Error", "Line busy", FaxOutboundMail.NOTIFICATION_HEADER, "n-99"), "",
				List.of());

		FaxDeliveryReport report = recognised(mail);

		assertThat(report.outcome()).isEqualTo(FaxDeliveryReport.Outcome.FAILED);
		assertThat(report.notificationId()).contains("n-99");
		assertThat(report.reason()).contains("Line busy");
	}

	@Test
	void shouldNotReadARequeueNoticeOrAnAutoReplyAsAReport() {
		FaxBridgeMail requeued = new FaxBridgeMail("facsimile job 12 to +41225550123 requeued", "fax@host", Map.of(),
				"Your job to +41225550123 was requeued.", List.of());
		FaxBridgeMail outOfOffice = new FaxBridgeMail("Out of office", "person@example.org", Map.of(), "I am away.",
				List.of());

		assertThat(this.parser.parse(requeued)).isInstanceOfSatisfying(FaxParseResult.Unrecognised.class,
				(result) -> assertThat(result.reason()).contains("hylafax: Subject"));
		assertThat(this.parser.parse(outOfOffice)).isInstanceOf(FaxParseResult.Unrecognised.class);
	}

	private FaxDeliveryReport recognised(FaxBridgeMail mail) {
		FaxParseResult<FaxDeliveryReport> result = this.parser.parse(mail);
		assertThat(result).as(result.toString()).isInstanceOf(FaxParseResult.Recognised.class);
		return result.found().orElseThrow();
	}

}
