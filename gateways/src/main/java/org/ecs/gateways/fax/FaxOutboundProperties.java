package org.ecs.gateways.fax;

/**
 * Configuration of the email-to-fax side ({@code ecs.fax.outbound.*}).
 *
 * @param addressTemplate the gateway's address for a fax number, {@code {number}}
 * standing for the number, e.g. {@code {number}@fax.example.org}
 * @param plusInAddress whether the number keeps its {@code +} in the address
 * ({@code +41225550123@...}) or is written with digits only ({@code 41225550123@...})
 * @param fromAddress the sender the gateway knows and accepts faxes from
 * @param subjectPrefix the subject before the notification id; many gateways print the
 * subject on a cover page or echo it in their delivery report
 * @param bodyText a short ASCII body, or empty for none: gateways fax the body too and
 * garble anything but ASCII
 */
public record FaxOutboundProperties(String addressTemplate, boolean plusInAddress, String fromAddress,
		String subjectPrefix, String bodyText) {

	public FaxOutboundProperties {
		if (addressTemplate == null || !addressTemplate.contains("{number}") || !addressTemplate.contains("@")) {
			throw new IllegalArgumentException(
					"The fax gateway address template needs {number} and a domain: " + addressTemplate);
		}
		if (fromAddress == null || fromAddress.isBlank()) {
			throw new IllegalArgumentException("The fax sender address is required");
		}
		subjectPrefix = (subjectPrefix != null) ? subjectPrefix : "ECS fax";
		bodyText = (bodyText != null) ? bodyText : "";
		if (!(subjectPrefix + bodyText).chars().allMatch((c) -> c == '\n' || (c >= 0x20 && c < 0x7f))) {
			throw new IllegalArgumentException("The fax subject prefix and body must be printable ASCII");
		}
	}

}
