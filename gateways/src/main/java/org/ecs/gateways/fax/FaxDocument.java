package org.ecs.gateways.fax;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One fax to one participant: a header on every page, the contents, then the reply sheet.
 *
 * @param discussionTitle the discussion, printed in every page's header
 * @param deadline when the discussion closes to input, printed in every page's header
 * @param recipientName whom the fax is for
 * @param contents what the fax says, in order
 * @param replyCode the code of the reply sheet, naming the discussion and the recipient
 */
public record FaxDocument(String discussionTitle, Optional<ZonedDateTime> deadline, String recipientName,
		List<FaxContent> contents, ReplySheetCode replyCode) {

	public FaxDocument {
		discussionTitle = (discussionTitle != null) ? discussionTitle : "";
		deadline = (deadline != null) ? deadline : Optional.empty();
		recipientName = (recipientName != null) ? recipientName : "";
		contents = List.copyOf(contents);
		Objects.requireNonNull(replyCode, "replyCode");
	}

}
