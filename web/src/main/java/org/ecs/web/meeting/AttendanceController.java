package org.ecs.web.meeting;

import org.ecs.core.meeting.Attendance;
import org.ecs.core.meeting.Meeting;
import org.ecs.core.meeting.MeetingRefusedException;
import org.ecs.core.meeting.MeetingRules;
import org.ecs.core.meeting.Meetings;
import org.ecs.core.participant.Participant;
import org.ecs.web.i18n.Texts;
import org.ecs.web.security.CurrentParticipant;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Attendance from the meeting's page: a participant registers (in person or remotely) or
 * withdraws; the secretariat records anyone by user name, or removes them.
 */
@Controller
class AttendanceController {

	private final CurrentParticipant current;

	private final Meetings meetings;

	private final Attendance attendance;

	private final Texts texts;

	AttendanceController(CurrentParticipant current, Meetings meetings, Attendance attendance, Texts texts) {
		this.current = current;
		this.meetings = meetings;
		this.attendance = attendance;
		this.texts = texts;
	}

	@PostMapping("/meetings/{id}/attend")
	String register(@PathVariable long id, @RequestParam(defaultValue = "IN_PERSON") String mode,
			RedirectAttributes redirect) {
		Participant me = this.current.get();
		return record(find(id), me.id(), mode, me, redirect);
	}

	@PostMapping("/meetings/{id}/attend/withdraw")
	String withdraw(@PathVariable long id, RedirectAttributes redirect) {
		Participant me = this.current.get();
		this.attendance.withdraw(find(id).id(), me.id());
		redirect.addFlashAttribute("notice", this.texts.get("attendance.withdrawn"));
		return "redirect:/meetings/" + id + "#attendance";
	}

	@PostMapping("/meetings/{id}/attendance")
	String recordFor(@PathVariable long id, @RequestParam(required = false) String username,
			@RequestParam(defaultValue = "IN_PERSON") String mode, RedirectAttributes redirect) {
		Participant me = mustManage();
		Meeting meeting = find(id);
		var who = this.attendance.participantNamed(username);
		if (who.isEmpty()) {
			redirect.addFlashAttribute("alert", this.texts.get("attendance.no-such-person", username));
			return "redirect:/meetings/" + id + "#attendance";
		}
		return record(meeting, who.get(), mode, me, redirect);
	}

	@PostMapping("/meetings/{id}/attendance/{participant}/remove")
	String remove(@PathVariable long id, @PathVariable long participant, RedirectAttributes redirect) {
		mustManage();
		this.attendance.withdraw(find(id).id(), participant);
		redirect.addFlashAttribute("notice", this.texts.get("attendance.removed"));
		return "redirect:/meetings/" + id + "#attendance";
	}

	private String record(Meeting meeting, long participant, String mode, Participant by, RedirectAttributes redirect) {
		Attendance.Mode m = "REMOTE".equals(mode) ? Attendance.Mode.REMOTE : Attendance.Mode.IN_PERSON;
		try {
			this.attendance.register(meeting, participant, m, by.id());
			redirect.addFlashAttribute("notice", this.texts.get("attendance.registered"));
		}
		catch (MeetingRefusedException ex) {
			redirect.addFlashAttribute("alert", this.texts.said(ex.said(), ex.getMessage()));
		}
		return "redirect:/meetings/" + meeting.id() + "#attendance";
	}

	private Meeting find(long id) {
		return MeetingPages.find(this.meetings, id);
	}

	private Participant mustManage() {
		return MeetingPages.mustManage(this.current);
	}

}
