package org.ecs.gateways.fax;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A fax the bridge received, as its mail told it.
 *
 * @param format the name of the bridge format that read it
 * @param senderRaw the sender's number as stated (bridge number, else caller id, else
 * station id), empty if none was
 * @param senderNumber the sender in E.164, if one of the stated numbers is a possible
 * number
 * @param stationId the TSI the sending machine announced, free text typed on its keypad
 * @param callerId the number the telephone network gave
 * @param statedPages the page count the bridge stated
 * @param received when the bridge says it received the fax, else the mail's Date
 * @param pages the page files: TIFF, PDF or PostScript (and images from simple bridges)
 */
public record ReceivedFax(String format, String senderRaw, Optional<String> senderNumber, Optional<String> stationId,
		Optional<String> callerId, OptionalInt statedPages, Optional<Instant> received, List<FaxAttachment> pages) {

	public ReceivedFax {
		pages = List.copyOf(pages);
	}

}
