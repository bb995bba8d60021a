package org.ecs.gateways.fax;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * What an email-to-fax gateway reported about a fax.
 *
 * @param format the name of the report format that read it
 * @param outcome delivered or failed
 * @param notificationId the ECS notification the fax delivered, if the report carries it
 * @param numberRaw the fax number as the report states it, empty if it does not
 * @param number that number in E.164
 * @param pages the pages the gateway says it sent
 * @param reason why it failed, as the gateway says
 */
public record FaxDeliveryReport(String format, Outcome outcome, Optional<String> notificationId, String numberRaw,
		Optional<String> number, OptionalInt pages, Optional<String> reason) {

	/** The fate of a fax. */
	public enum Outcome {

		/** The receiving machine took every page. */
		DELIVERED,

		/** The gateway gave up. */
		FAILED

	}

}
