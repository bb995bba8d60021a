package org.ecs.web.meeting;

import org.ecs.core.meeting.Meeting;
import org.ecs.core.meeting.Meetings;
import org.ecs.core.participant.Participant;
import org.ecs.core.meeting.MeetingRules;
import org.ecs.web.security.CurrentParticipant;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * What the meeting pages that change things share: the meeting asked for, and who may.
 */
final class MeetingPages {

	private MeetingPages() {
	}

	static Meeting find(Meetings meetings, long id) {
		return meetings.findById(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such meeting."));
	}

	static Participant mustManage(CurrentParticipant current) {
		Participant me = current.get();
		if (!MeetingRules.managesMeetings(me)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only the secretariat manages meetings.");
		}
		return me;
	}

}
