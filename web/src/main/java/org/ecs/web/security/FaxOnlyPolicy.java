package org.ecs.web.security;

import org.ecs.core.document.DocumentAccess;
import org.ecs.core.participant.Participant;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * A participant who takes part by fax only answers by fax (a reply sheet for each
 * discussion); the web's actions (launching a discussion, posting, writing a message) are
 * not offered to them and refused if tried, unless {@code ecs.fax-only.web-actions}
 * allows them (a secretariat that lets such a person also use a web account).
 */
@Component
public class FaxOnlyPolicy {

	private final boolean webActions;

	FaxOnlyPolicy(@Value("${ecs.fax-only.web-actions:false}") boolean webActions) {
		this.webActions = webActions;
	}

	/**
	 * Whether this participant may act on the web at all (their level decides the rest).
	 */
	public boolean actsOnWeb(Participant p) {
		return this.webActions || !DocumentAccess.faxOnly(p);
	}

	/**
	 * Refuses (403) an action of the web or of the JSON API, which is the web too, to a
	 * participant who takes part by fax only: they post, launch, write and send files by
	 * fax, whatever way in they found.
	 * @return the participant, when they may act
	 */
	public Participant requireWeb(Participant p) {
		if (!actsOnWeb(p)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN,
					"Participants who take part by fax answer by fax, not on the web or through the API.");
		}
		return p;
	}

}
