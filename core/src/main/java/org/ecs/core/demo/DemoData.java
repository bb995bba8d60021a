package org.ecs.core.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.ecs.core.discussion.Discussion;
import org.ecs.core.discussion.Discussions;
import org.ecs.core.document.DocumentUploads;
import org.ecs.core.meeting.MeetingDraft;
import org.ecs.core.meeting.MeetingDraft.ItemDraft;
import org.ecs.core.meeting.MeetingBody;
import org.ecs.core.meeting.MeetingStatus;
import org.ecs.core.meeting.Meetings;
import org.ecs.core.discussion.NewDiscussion;
import org.ecs.core.discussion.ReviewPolicy;
import org.ecs.core.discussion.SubjectKind;
import org.ecs.core.participant.Channel;
import org.ecs.core.participant.Level;
import org.ecs.core.participant.NewParticipant;
import org.ecs.core.participant.Participant;
import org.ecs.core.participant.ParticipantDirectory;
import org.ecs.core.participant.Role;
import org.ecs.core.participant.State;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo States, one user of each role, an open and a closed discussion: seeded in the
 * embedded default only ({@code ecs.demo.enabled}), and only into an empty database.
 */
@Component
@ConditionalOnProperty(name = "ecs.demo.enabled", havingValue = "true")
public class DemoData implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	/**
	 * Every demo account's password; printed at start-up, never used outside the demo.
	 */
	public static final String PASSWORD = "demo";

	private final ParticipantDirectory participants;

	private final Discussions discussions;

	private final Clock clock;

	private final TransactionTemplate transaction;

	private final DocumentUploads documents;

	private final Meetings meetings;

	private final JdbcClient jdbc;

	/** The advisory lock that makes seeding one instance's job. */
	public static final long SEED_LOCK = 0x45435344454d4fL;

	public DemoData(ParticipantDirectory participants, Discussions discussions, Clock clock,
			TransactionTemplate transaction, DocumentUploads documents, Meetings meetings, JdbcClient jdbc) {
		this.meetings = meetings;
		this.jdbc = jdbc;
		this.participants = participants;
		this.discussions = discussions;
		this.clock = clock;
		this.transaction = transaction;
		this.documents = documents;
	}

	@Override
	public void afterSingletonsInstantiated() {
		this.transaction.executeWithoutResult(status -> seed());
	}

	void seed() {
		// two instances starting together on one empty database: the second waits here
		// for the first's seed to commit, then finds the accounts and leaves them
		this.jdbc.sql("select pg_advisory_xact_lock(?)").param(SEED_LOCK).query((rs, i) -> 0).list();
		if (!this.participants.all().isEmpty()) {
			return;
		}
		this.participants.addState(new State("AUT", "Austria", "STATE"));
		this.participants.addState(new State("BRA", "Brazil", "STATE"));
		this.participants.addState(new State("KEN", "Kenya", "STATE"));
		this.participants.addState(new State("JPN", "Japan", "STATE"));
		this.participants.addState(new State("PTS", "Provisional Technical Secretariat", "ORGANISATION"));
		Map<String, Participant> p = new LinkedHashMap<>();
		p.put("alice", add("alice", "Alice Full (Austria)", "alice@example.org", null, "AUT", Level.FULL,
				EnumSet.of(Role.PARTICIPANT), EnumSet.of(Channel.WEB, Channel.EMAIL)));
		p.put("bruno", add("bruno", "Bruno Full (Brazil)", "bruno@example.org", null, "BRA", Level.FULL,
				EnumSet.of(Role.PARTICIPANT), EnumSet.of(Channel.WEB, Channel.EMAIL)));
		p.put("monica", add("monica", "Monica Monitoring (Japan)", "monica@example.org", null, "JPN", Level.MONITORING,
				EnumSet.of(Role.PARTICIPANT), EnumSet.of(Channel.WEB)));
		p.put("faith", add("faith", "Faith Fax (Kenya)", null, "+254201234567", "KEN", Level.FULL,
				EnumSet.of(Role.PARTICIPANT), EnumSet.of(Channel.FAX)));
		p.put("cora", add("cora", "Cora Coordinator (PTS)", "cora@example.org", null, "PTS", Level.FULL,
				EnumSet.of(Role.PARTICIPANT, Role.COORDINATOR), EnumSet.of(Channel.WEB, Channel.EMAIL)));
		p.put("sam", add("sam", "Sam Secretariat (PTS)", "sam@example.org", null, "PTS", Level.FULL,
				EnumSet.of(Role.PARTICIPANT, Role.SECRETARIAT), EnumSet.of(Channel.WEB)));
		p.put("fiona", add("fiona", "Fiona Focal Point (Austria)", "fiona@example.org", null, "AUT", Level.FULL,
				EnumSet.of(Role.PARTICIPANT, Role.FOCAL_POINT), EnumSet.of(Channel.WEB)));
		p.put("adam", add("adam", "Adam Administrator (PTS)", "adam@example.org", null, "PTS", Level.FULL,
				EnumSet.of(Role.ADMINISTRATOR), EnumSet.of(Channel.WEB)));
		Set<Long> audience = Set.of(p.get("alice").id(), p.get("bruno").id(), p.get("monica").id(), p.get("faith").id(),
				p.get("sam").id(), p.get("fiona").id());
		Instant now = this.clock.instant();
		Discussion guidelines = this.discussions.create(new NewDiscussion(
				"Draft guidelines on radionuclide station calibration", SubjectKind.PAPER, "CTBT/PTS/INF.1234",
				"Comments are invited on the draft guidelines circulated as CTBT/PTS/INF.1234.", p.get("cora").id(),
				now.minus(Duration.ofDays(2)), now.plus(Duration.ofDays(14)), ReviewPolicy.EVERY, audience),
				p.get("sam").id());
		this.discussions.create(new NewDiscussion("Agenda item 4: infrasound network maintenance",
				SubjectKind.AGENDA_ITEM, "WGB-60/4", "Input on agenda item 4 of the sixtieth session.",
				p.get("cora").id(), now.minus(Duration.ofDays(30)), now.minus(Duration.ofDays(1)),
				ReviewPolicy.EMAIL_AND_FAX, audience), p.get("sam").id());
		DemoDocuments.seed(this.documents, p.get("sam"), now);
		seedMeetings(now, guidelines, p.get("sam").id());
		log.info("Seeded demo data: {} accounts, password '{}'", p.size(), PASSWORD);
	}

	/**
	 * An upcoming session whose agenda links the draft guidelines (and the document
	 * CTBT/PTS/INF.1234 when the catalogue holds it) and a past one.
	 */
	private void seedMeetings(Instant now, Discussion guidelines, long sam) {
		LocalDate today = LocalDate.ofInstant(now, org.ecs.core.meeting.Meeting.VIENNA);
		Instant start = vienna(today.plusDays(21), 10);
		this.meetings.create(new MeetingDraft(MeetingBody.WORKING_GROUP_B, "Sixty-first session",
				"Working Group B, sixty-first session", start, start.plus(Duration.ofHours(7)),
				"Vienna International Centre", "Board Room B", MeetingStatus.SCHEDULED, null,
				"Secretary of Working Group B, wgb@example.org",
				List.of(new ItemDraft("Opening of the session and adoption of the agenda", List.of(), List.of()),
						new ItemDraft("Draft guidelines on radionuclide station calibration",
								this.meetingDocument("CTBT/PTS/INF.1234"), List.of(guidelines.id())),
						new ItemDraft("Infrasound network maintenance", List.of(), List.of()),
						new ItemDraft("Closing of the session", List.of(), List.of()))),
				sam, false);
		Instant past = vienna(today.minusDays(40), 10);
		this.meetings.create(new MeetingDraft(MeetingBody.PREPARATORY_COMMISSION, "Sixty-third session",
				"Preparatory Commission, sixty-third session", past, past.plus(Duration.ofHours(6)),
				"Vienna International Centre", "Conference Room M3", MeetingStatus.SCHEDULED, null,
				"Policy-Making Organs Support Section, pmo@example.org",
				List.of(new ItemDraft("Report of Working Group B", List.of(), List.of()),
						new ItemDraft("Programme and budget", List.of(), List.of()))),
				sam, false);
	}

	private List<String> meetingDocument(String symbol) {
		return this.meetings.documentExists(symbol) ? List.of(symbol) : List.of();
	}

	private static Instant vienna(LocalDate day, int hour) {
		return ZonedDateTime.of(day, LocalTime.of(hour, 0), org.ecs.core.meeting.Meeting.VIENNA).toInstant();
	}

	private Participant add(String username, String name, String email, String fax, String state, Level level,
			Set<Role> roles, Set<Channel> channels) {
		return this.participants
			.add(new NewParticipant(username, name, email, fax, state, "en", level, roles, channels, PASSWORD));
	}

}
