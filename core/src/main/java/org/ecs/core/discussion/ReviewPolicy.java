package org.ecs.core.discussion;

import org.ecs.core.participant.Channel;

/** Which contributions wait for a coordinator before they are published. */
public enum ReviewPolicy {

	/** Every contribution is reviewed. */
	EVERY,
	/** Email and fax input is reviewed; web comments are published at once. */
	EMAIL_AND_FAX,
	/**
	 * Nothing is reviewed, except faxes: a transcription is always checked by a person.
	 */
	NONE;

	public boolean requiresReview(Channel channel) {
		return switch (this) {
			case EVERY -> true;
			case EMAIL_AND_FAX -> channel != Channel.WEB;
			case NONE -> channel == Channel.FAX;
		};
	}

}
