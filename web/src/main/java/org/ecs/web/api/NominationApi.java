package org.ecs.web.api;

import java.io.StringReader;
import java.util.List;

import org.ecs.core.participant.Channel;
import org.ecs.core.participant.Level;
import org.ecs.core.participant.NominationCsv;
import org.ecs.core.participant.Nominations;
import org.ecs.core.participant.Nominee;
import org.ecs.core.participant.ParticipantStatus;
import org.ecs.web.participant.ParticipantQueries;
import org.ecs.web.participant.ParticipantView;
import org.ecs.web.security.CurrentParticipant;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Nominations: a focal point lists and nominates their State's people (one as JSON, many
 * as a CSV body with a report of each row), corrects and resubmits a returned one; the
 * secretariat lists every State's, approves (the person is invited) or returns with a
 * reason.
 */
@RestController
class NominationApi {

	private final CurrentParticipant current;

	private final ParticipantQueries queries;

	private final Nominations nominations;

	NominationApi(CurrentParticipant current, ParticipantQueries queries, Nominations nominations) {
		this.current = current;
		this.queries = queries;
		this.nominations = nominations;
	}

	@GetMapping("/api/v1/nominations")
	List<ParticipantView> list(@RequestParam(required = false) String state,
			@RequestParam(required = false) String status) {
		ParticipantStatus wanted = ParticipantQueries.filter(null, null, null, null, null, status, null, null, null)
			.status();
		return this.queries.nominations(this.current.get(), state, wanted);
	}

	@PostMapping(path = "/api/v1/nominations", consumes = "application/json")
	ResponseEntity<ParticipantView> nominate(@RequestBody NomineeBody body) {
		var me = this.current.get();
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(ParticipantView.of(this.nominations.nominate(me, body.nominee()), me));
	}

	@PostMapping(path = "/api/v1/nominations", consumes = "text/csv")
	CsvReport nominateMany(@RequestBody String csv) {
		var me = this.current.get();
		List<NominationCsv.RowOutcome> rows = this.nominations.nominateAll(me,
				NominationCsv.read(new StringReader(csv)));
		return new CsvReport(rows.stream().filter(NominationCsv.RowOutcome::accepted).count(),
				rows.stream().filter((r) -> !r.accepted()).count(), rows.stream().map(CsvRow::of).toList());
	}

	@PutMapping("/api/v1/nominations/{id}")
	ParticipantView resubmit(@PathVariable long id, @RequestBody NomineeBody body) {
		var me = this.current.get();
		return ParticipantView.of(this.nominations.resubmit(me, id, body.nominee()), me);
	}

	@PostMapping("/api/v1/nominations/{id}/approve")
	ParticipantView approve(@PathVariable long id, @RequestBody(required = false) Approval body) {
		var me = this.current.get();
		Channel invitation = (body == null || body.invitation() == null) ? Channel.EMAIL : body.invitation();
		return ParticipantView.of(this.nominations.approve(me, id, invitation), me);
	}

	@PostMapping("/api/v1/nominations/{id}/return")
	ParticipantView giveBack(@PathVariable long id, @RequestBody(required = false) ParticipantApi.Reason body) {
		var me = this.current.get();
		return ParticipantView.of(this.nominations.giveBack(me, id, (body == null) ? null : body.reason()), me);
	}

	@PostMapping("/api/v1/nominations/{id}/invite")
	ParticipantView reinvite(@PathVariable long id, @RequestBody(required = false) Approval body) {
		var me = this.current.get();
		Channel invitation = (body == null || body.invitation() == null) ? Channel.EMAIL : body.invitation();
		return ParticipantView.of(this.nominations.reinvite(me, id, invitation), me);
	}

	/** A nominee as JSON; lists as arrays. */
	record NomineeBody(String name, String title, String email, String fax, String phone, String state, Level level,
			String language, List<String> languages, List<String> expertise, String timeZone, String username) {

		Nominee nominee() {
			return new Nominee(this.name, this.title, this.email, this.fax, this.phone, this.state, this.level,
					this.language, this.languages, this.expertise, this.timeZone, this.username);
		}

	}

	record Approval(Channel invitation) {
	}

	record CsvReport(long accepted, long refused, List<CsvRow> rows) {
	}

	/** One row of the report; the reason in English. */
	record CsvRow(long line, String name, String email, boolean accepted, Long participantId, String username,
			String reason) {

		static CsvRow of(NominationCsv.RowOutcome r) {
			return new CsvRow(r.line(), r.name(), r.email(), r.accepted(), r.participantId(), r.username(), r.reason());
		}

	}

}
