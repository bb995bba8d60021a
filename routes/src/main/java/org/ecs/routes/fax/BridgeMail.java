package org.ecs.routes.fax;

import org.ecs.gateways.fax.FaxDeliveryReport;
import org.ecs.gateways.fax.ReceivedFax;

/** What a mail in the fax bridge's mailbox turned out to be. */
sealed interface BridgeMail {

	ReceivedFaxMail received();

	/** A fax someone sent to ECS. */
	record Fax(ReceivedFaxMail received, ReceivedFax fax) implements BridgeMail {
	}

	/** The email-to-fax gateway's report on a fax ECS sent. */
	record DeliveryReport(ReceivedFaxMail received, FaxDeliveryReport report) implements BridgeMail {
	}

	/** Neither: kept raw, logged, and left for an operator. */
	record Unrecognised(ReceivedFaxMail received, String reason) implements BridgeMail {
	}

}
