package org.ecs.web.api;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.ecs.core.participant.Level;
import org.ecs.core.participant.ParticipantRecords;
import org.ecs.core.participant.ParticipantStatus;
import org.ecs.core.participant.ParticipationChanges;
import org.ecs.core.participant.Role;
import org.ecs.web.participant.ParticipantQueries;
import org.ecs.web.participant.ParticipantView;
import org.ecs.web.security.CurrentParticipant;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The participants directory and the changes to someone's participation: anyone signed in
 * searches the directory (contacts by policy); the focal point of the person's State and
 * the secretariat change the level and withdraw; the secretariat suspends and reinstates;
 * administrators change roles. Rights are the core services' (403 with the reason).
 */
@RestController
class ParticipantApi {

	private final CurrentParticipant current;

	private final ParticipantQueries queries;

	private final ParticipationChanges changes;

	ParticipantApi(CurrentParticipant current, ParticipantQueries queries, ParticipationChanges changes) {
		this.current = current;
		this.queries = queries;
		this.changes = changes;
	}

	@GetMapping("/api/v1/participants")
	List<ParticipantView> directory(@RequestParam(required = false) String q,
			@RequestParam(required = false) String state, @RequestParam(required = false) String level,
			@RequestParam(required = false) String role, @RequestParam(required = false) String expertise,
			@RequestParam(required = false) String status, @RequestParam(required = false) String sort,
			@RequestParam(required = false) Integer limit, @RequestParam(required = false) Integer offset) {
		return this.queries.directory(this.current.get(),
				ParticipantQueries.filter(q, state, level, role, expertise, status, sort, limit, offset));
	}

	@GetMapping("/api/v1/participants/{id}")
	ParticipantView one(@PathVariable long id) {
		return this.queries.one(this.current.get(), id);
	}

	@GetMapping("/api/v1/participants/{id}/history")
	List<ParticipantRecords.HistoryEntry> history(@PathVariable long id) {
		return this.queries.history(this.current.get(), id);
	}

	@PutMapping("/api/v1/participants/{id}/level")
	ParticipantView level(@PathVariable long id, @RequestBody LevelChange body) {
		var me = this.current.get();
		return ParticipantView.of(this.changes.changeLevel(me, id, body.level()), me);
	}

	@PutMapping("/api/v1/participants/{id}/roles")
	ParticipantView roles(@PathVariable long id, @RequestBody RolesChange body) {
		var me = this.current.get();
		Set<Role> roles = (body.roles() == null) ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(body.roles());
		return ParticipantView.of(this.changes.changeRoles(me, id, roles), me);
	}

	@PostMapping("/api/v1/participants/{id}/status")
	ParticipantView status(@PathVariable long id, @RequestBody StatusChange body) {
		var me = this.current.get();
		return ParticipantView.of(this.changes.setStatus(me, id, body.status(), body.reason()), me);
	}

	@PostMapping({ "/api/v1/participants/{id}/withdraw", "/api/v1/nominations/{id}/withdraw" })
	ParticipantView withdraw(@PathVariable long id, @RequestBody(required = false) Reason body) {
		var me = this.current.get();
		return ParticipantView.of(this.changes.withdraw(me, id, (body == null) ? null : body.reason()), me);
	}

	record LevelChange(Level level) {
	}

	record RolesChange(List<Role> roles) {
	}

	record StatusChange(ParticipantStatus status, String reason) {
	}

	record Reason(String reason) {
	}

}
