package org.ecs.routes.fax;

import java.util.Optional;
import java.util.OptionalInt;

import org.ecs.core.notification.DeliveryStatus;
import org.ecs.gateways.fax.FaxDeliveryReport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

class FaxOutcomesTest {

	final FaxMails mails = mock(FaxMails.class);

	final FaxDeliveries deliveries = mock(FaxDeliveries.class);

	final FaxOutcomes outcomes = new FaxOutcomes(this.mails, this.deliveries);

	final ReceivedFaxMail received = new ReceivedFaxMail("r1", "a".repeat(64), null);

	@Test
	void shouldMarkTheFaxDeliveredOrFailedAsTheGatewayReports() {
		given(this.deliveries.reported(42, DeliveryStatus.DELIVERED, null)).willReturn(1);
		var delivered = this.outcomes.report(new BridgeMail.DeliveryReport(this.received,
				report(FaxDeliveryReport.Outcome.DELIVERED, "42", Optional.empty())));
		assertThat(delivered.detail()).contains("notification 42 updated");
		assertThat(delivered.kind()).isEqualTo("DELIVERY_REPORT");

		this.outcomes.report(new BridgeMail.DeliveryReport(this.received,
				report(FaxDeliveryReport.Outcome.FAILED, "43", Optional.of("Busy signal detected"))));
		verify(this.deliveries).reported(43, DeliveryStatus.FAILED, "Busy signal detected");
		verify(this.mails, org.mockito.Mockito.times(2)).record(any());
	}

	@Test
	void shouldRecordAReportNamingNoNotificationOfOurs() {
		var outcome = this.outcomes.report(new BridgeMail.DeliveryReport(this.received,
				report(FaxDeliveryReport.Outcome.DELIVERED, "abc", Optional.empty())));

		assertThat(outcome.detail()).contains("names no notification of ours");
		verify(this.deliveries, never()).reported(org.mockito.ArgumentMatchers.anyLong(), any(), any());
	}

	@Test
	void shouldKeepUnrecognisedMailWithTheReason() {
		var outcome = this.outcomes.unrecognised(new BridgeMail.Unrecognised(this.received, "no format matched"));

		assertThat(outcome.kind()).isEqualTo("UNRECOGNISED");
		assertThat(outcome.originalKey()).isEqualTo("a".repeat(64));
		verify(this.mails).record(outcome);
	}

	private static FaxDeliveryReport report(FaxDeliveryReport.Outcome outcome, String id, Optional<String> reason) {
		return new FaxDeliveryReport("hylafax", outcome, Optional.of(id), "+254201234567", Optional.of("+254201234567"),
				OptionalInt.empty(), reason);
	}

}
