package org.ecs.core.mailbox;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Each participant's reply-token epoch. Tokens carry the epoch they were issued under;
 * raising it (an address changed, a notification leaked) voids every earlier token.
 */
@Repository
public class ReplyTokenEpochs {

	private final JdbcClient jdbc;

	public ReplyTokenEpochs(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The current epoch; 0 for a participant whose tokens were never revoked. */
	public long current(long participantId) {
		return this.jdbc.sql("select epoch from reply_token_epoch where participant_id = ?")
			.param(participantId)
			.query(Long.class)
			.optional()
			.orElse(0L);
	}

	/** {@link #current} of many in one query; 0 for those never revoked. */
	public java.util.Map<Long, Long> current(java.util.Collection<Long> participantIds) {
		java.util.Map<Long, Long> epochs = new java.util.HashMap<>();
		participantIds.forEach((id) -> epochs.put(id, 0L));
		if (!participantIds.isEmpty()) {
			this.jdbc.sql("select participant_id, epoch from reply_token_epoch where participant_id = any(?)")
				.param(participantIds.toArray(Long[]::new))
				.query((rs) -> {
					epochs.put(rs.getLong(1), rs.getLong(2));
				});
		}
		return epochs;
	}

	/**
	 * Voids every token issued to the participant so far.
	 * @return the new epoch
	 */
	public long revoke(long participantId) {
		return this.jdbc.sql("""
				insert into reply_token_epoch (participant_id, epoch) values (?, 1)
				on conflict (participant_id)
				do update set epoch = reply_token_epoch.epoch + 1, changed_at = now()
				returning epoch
				""").param(participantId).query(Long.class).single();
	}

}
