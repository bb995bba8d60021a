package org.ecs.web.participant;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.ecs.core.participant.Channel;
import org.ecs.core.participant.Level;
import org.ecs.core.participant.NominationCsv;
import org.ecs.core.participant.Participant;
import org.ecs.core.participant.ParticipantProfile;
import org.ecs.core.participant.ParticipantRefusedException;
import org.ecs.core.participant.ParticipantStatus;
import org.ecs.core.participant.Role;
import org.ecs.web.WebSliceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The directory, nominations and invitation over the web slice: what each person sees of
 * others, refusals of the core services as 403/404/409/400 with their reason, the
 * invitation pages open to people not signed in, and a session that ends once its account
 * is no longer active.
 */
class ParticipantPagesAndApiTest extends WebSliceTest {

	static final Participant FIONA = participant(7, "fiona", "Fiona Focal", Level.FULL, Role.PARTICIPANT,
			Role.FOCAL_POINT);

	static final Participant BRUNO = new Participant(8, "bruno", "Bruno Brazil", "bruno@example.org", "+5561999999",
			"BRA", "en", Level.FULL, java.util.Set.of(Role.PARTICIPANT), java.util.EnumSet.of(Channel.WEB), true);

	static final Participant GONE = new Participant(9, "gone", "Gone Withdrawn", null, null, "AUT", "en", Level.FULL,
			java.util.Set.of(Role.PARTICIPANT), java.util.EnumSet.of(Channel.WEB), false);

	static ParticipantProfile profile(Participant p, ParticipantStatus status) {
		return new ParticipantProfile(p, null, "Brazil", "STATE", status, null, Instant.parse("2026-03-01T00:00:00Z"),
				"Brazil — focal point", 7L, "Fiona Focal", null, null, List.of("pt"), List.of("seismology"), "UTC",
				null, Instant.parse("2026-03-01T00:00:00Z"));
	}

	@BeforeEach
	void people() {
		for (Participant p : List.of(FIONA, BRUNO, GONE)) {
			given(this.directory.findByUsername(p.username())).willReturn(Optional.of(p));
			given(this.directory.findById(p.id())).willReturn(Optional.of(p));
		}
		given(this.participantRecords.search(any(), anyBoolean()))
			.willReturn(List.of(profile(BRUNO, ParticipantStatus.ACTIVE)));
		given(this.participantRecords.find(BRUNO.id()))
			.willReturn(Optional.of(profile(BRUNO, ParticipantStatus.ACTIVE)));
	}

	@Test
	void shouldShowNamesToEveryoneAndContactsOnlyByPolicy() throws Exception {
		this.mvc.perform(get("/api/v1/participants?state=bra&level=full&sort=state").with(as(ALICE)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].name").value("Bruno Brazil"))
			.andExpect(jsonPath("$[0].stateName").value("Brazil"))
			.andExpect(jsonPath("$[0].email").value(nullValue()))
			.andExpect(jsonPath("$[0].contactsShown").value(false));
		then(this.participantRecords).should().search(any(), eq(true));
		this.mvc.perform(get("/api/v1/participants").with(as(CORA)))
			.andExpect(jsonPath("$[0].email").value("bruno@example.org"))
			.andExpect(jsonPath("$[0].fax").value("+5561999999"));
		this.mvc.perform(get("/api/v1/participants?level=BOSS").with(as(ALICE)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message").value(containsString("level: BOSS is not one of FULL, MONITORING")));
		this.mvc.perform(get("/api/v1/participants")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/participants").with(as(ALICE)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bruno Brazil")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("bruno@example.org"))));
	}

	@Test
	void shouldHideSomeoneNotTakingPartFromOthersButNotFromTheSecretariat() throws Exception {
		given(this.participantRecords.find(BRUNO.id())).willReturn(Optional.of(profile(
				new Participant(8, "bruno", "Bruno Brazil", null, null, "BRA", "en", Level.FULL,
						java.util.Set.of(Role.PARTICIPANT), java.util.EnumSet.of(Channel.WEB), false),
				ParticipantStatus.NOMINATED)));
		this.mvc.perform(get("/api/v1/participants/8").with(as(ALICE))).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/participants/8").with(as(ADAM)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("NOMINATED"));
		this.mvc.perform(get("/api/v1/participants/8/history").with(as(ALICE))).andExpect(status().isNotFound());
	}

	@Test
	void shouldPassTheServicesRefusalsOnAsTheirStatus() throws Exception {
		given(this.nominations.nominate(eq(ALICE), any()))
			.willThrow(ParticipantRefusedException.forbidden(org.ecs.core.text.Said.said("problem.rights.nominate",
					"Only a national focal point or the secretariat nominates participants.")));
		this.mvc
			.perform(post("/api/v1/nominations").with(as(ALICE))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"X Y\",\"email\":\"x@example.org\",\"level\":\"FULL\"}"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.message").value(containsString("focal point")));
		given(this.nominations.approve(eq(FIONA), anyLong(), any()))
			.willThrow(ParticipantRefusedException.forbidden(org.ecs.core.text.Said.said("problem.rights.decide",
					"Only the secretariat approves or returns nominations.")));
		this.mvc.perform(post("/api/v1/nominations/8/approve").with(as(FIONA))).andExpect(status().isForbidden());
		given(this.participationChanges.changeLevel(eq(FIONA), eq(8L), eq(Level.MONITORING))).willThrow(
				ParticipantRefusedException.conflict(org.ecs.core.text.Said.said("problem.participant.level-fixed",
						"Bruno Brazil is withdrawn: the level can no longer change.", "Bruno Brazil")));
		this.mvc
			.perform(put("/api/v1/participants/8/level").with(as(FIONA))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"level\":\"MONITORING\"}"))
			.andExpect(status().isConflict());
		this.mvc.perform(post("/participants/8/withdraw").with(as(FIONA)).with(csrf()).param("reason", "x"))
			.andExpect(redirectedUrl("/participants/8"));
		given(this.participationChanges.withdraw(eq(OTTO), eq(8L), any()))
			.willThrow(ParticipantRefusedException.forbidden(org.ecs.core.text.Said.said("problem.rights.govern",
					"Only the focal point of the participant's State or the secretariat may do this.")));
		this.mvc.perform(post("/participants/8/withdraw").with(as(OTTO)).with(csrf()).param("reason", "x"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/nominations").with(as(ALICE))).andExpect(status().isForbidden());
	}

	@Test
	void shouldSayAStatusConflictInThePagesLanguageAndKeepTheEnglishInTheApi() throws Exception {
		given(this.participationChanges.changeLevel(eq(FIONA), eq(8L), eq(Level.MONITORING))).willThrow(
				ParticipantRefusedException.conflict(org.ecs.core.text.Said.said("problem.participant.level-fixed",
						"Bruno Brazil is withdrawn: the level can no longer change.", "Bruno Brazil")));
		this.mvc
			.perform(post("/participants/8/level").param("lang", "fr")
				.param("level", "MONITORING")
				.with(as(FIONA))
				.with(csrf()))
			.andExpect(redirectedUrl("/participants/8"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("alert", "Bruno Brazil n’occupe plus de place : le niveau ne peut plus changer."));
		this.mvc
			.perform(put("/api/v1/participants/8/level").with(as(FIONA))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"level\":\"MONITORING\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.message").value(containsString("is withdrawn: the level can no longer change")));
	}

	@Test
	void shouldSayANotFoundParticipantAndAnUnknownStateInThePagesLanguage() throws Exception {
		given(this.participationChanges.changeLevel(eq(FIONA), eq(8L), eq(Level.MONITORING)))
			.willThrow(ParticipantRefusedException.notFound(8));
		this.mvc
			.perform(post("/participants/8/level").param("lang", "fr")
				.param("level", "MONITORING")
				.with(as(FIONA))
				.with(csrf()))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("alert", "Il n’y a pas de participant 8."));
		given(this.nominations.nominate(eq(FIONA), any()))
			.willThrow(ParticipantRefusedException.invalidSaid(List.of(org.ecs.core.text.Said
				.said("problem.nominee.state-unknown", "state: there is no State or organisation ZZZ.", "ZZZ"))));
		this.mvc.perform(post("/nominations").param("lang", "fr").param("name", "X").with(as(FIONA)).with(csrf()))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("alert", "state : il n’y a pas d’État ni d’organisation ZZZ."));
	}

	@Test
	void shouldSayAStatusThatCannotBeReachedWithItsStatusWordsInThePagesLanguage() throws Exception {
		given(this.nominations.approve(eq(FIONA), eq(8L), any())).willThrow(
				ParticipantRefusedException.conflict(org.ecs.core.text.Said.said("problem.participant.cannot-become",
						"Bruno Brazil is withdrawn: cannot become approved.", "Bruno Brazil",
						org.ecs.core.text.Said.said("participants.status.WITHDRAWN", "withdrawn"),
						org.ecs.core.text.Said.said("participants.status.APPROVED", "approved"))));
		this.mvc.perform(post("/nominations/8/approve").param("lang", "fr").with(as(FIONA)).with(csrf()))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("alert",
						"Bruno Brazil a le statut « Retiré » : il ne peut pas passer à « Approuvé, invité »."));
	}

	@Test
	void shouldSayWhatANominationLacksInThePagesLanguage() throws Exception {
		org.ecs.core.participant.Nominee bad = new org.ecs.core.participant.Nominee(null, null, null, "12345", null,
				"BR", Level.FULL, "fr", List.of(), List.of(), "Mars/Olympus", null);
		given(this.nominations.nominate(eq(FIONA), any()))
			.willThrow(ParticipantRefusedException.invalidSaid(bad.said()));
		this.mvc.perform(post("/nominations").param("lang", "fr").param("name", "").with(as(FIONA)).with(csrf()))
			.andExpect(redirectedUrl("/nominations"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("alert",
						org.hamcrest.Matchers.allOf(containsString("name : écrivez le nom de la personne."),
								containsString("fax : écrivez le numéro au format international"),
								containsString("timeZone : Mars/Olympus n’est pas un fuseau horaire"),
								org.hamcrest.Matchers.not(containsString("write")))));
		org.assertj.core.api.Assertions.assertThat(bad.problems())
			.contains("name: write the person's name.",
					"timeZone: Mars/Olympus is not a time zone (e.g. Europe/Vienna, UTC).");
	}

	@Test
	void shouldNominateFromAJsonBodyAndReportEveryCsvRow() throws Exception {
		given(this.nominations.nominate(eq(FIONA), any())).willReturn(profile(BRUNO, ParticipantStatus.NOMINATED));
		this.mvc
			.perform(post("/api/v1/nominations").with(as(FIONA))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"Bruno Brazil\",\"email\":\"bruno@example.org\",\"level\":\"FULL\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("NOMINATED"));
		given(this.nominations.nominateAll(eq(FIONA), anyList())).willAnswer((call) -> {
			List<NominationCsv.Row> rows = call.getArgument(1);
			return List.of(
					new NominationCsv.RowOutcome(rows.get(0).line(), "A B", "a@example.at", true, 20L, "a.b", null),
					new NominationCsv.RowOutcome(3, "C D", null, false, null, null, "level: X is neither"));
		});
		this.mvc
			.perform(post("/api/v1/nominations").with(as(FIONA))
				.contentType("text/csv")
				.content("name,email,level\nA B,a@example.at,FULL\nC D,,X\n"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.accepted").value(1))
			.andExpect(jsonPath("$.refused").value(1))
			.andExpect(jsonPath("$.rows[1].reason").value(containsString("level")));
		this.mvc.perform(post("/api/v1/nominations").with(as(FIONA)).contentType("text/csv").content("salary\n1\n"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message").value(containsString("unknown column")));
	}

	@Test
	void shouldSayEachRefusedCsvRowInThePagesLanguageWhenTheApiKeepsTheEnglish() throws Exception {
		given(this.nominations.nominateAll(eq(FIONA), anyList())).willAnswer((call) -> {
			List<NominationCsv.Row> rows = call.getArgument(1);
			return rows.stream()
				.map((r) -> new NominationCsv.RowOutcome(r.line(), r.nominee().displayName(), r.nominee().email(),
						false, null, null, String.join(" ", r.problems()), r.said()))
				.toList();
		});
		byte[] csv = "name,email,level\nC D,c@example.at,X\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/nominations/csv")
				.file(new org.springframework.mock.web.MockMultipartFile("file", "people.csv", "text/csv", csv))
				.param("lang", "fr")
				.with(as(FIONA))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("level : X n’est ni FULL ni MONITORING.")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("is neither"))));
		this.mvc
			.perform(post("/api/v1/nominations").with(as(FIONA))
				.contentType("text/csv")
				.content("name,email,level\nC D,c@example.at,X\n"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows[0].reason").value("level: X is neither FULL nor MONITORING."))
			.andExpect(jsonPath("$.rows[0].said").doesNotExist());
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/nominations/csv")
				.file(new org.springframework.mock.web.MockMultipartFile("file", "pay.csv", "text/csv",
						"salary\n1\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
				.param("lang", "fr")
				.with(as(FIONA))
				.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("file : colonne inconnue « salary » ; les colonnes sont")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("unknown column"))));
	}

	@Test
	void shouldSayACsvRowRefusedForRightsAndAFileNotCsvInThePagesLanguageWithoutTheParsersWords() throws Exception {
		given(this.nominations.nominateAll(eq(FIONA), anyList())).willAnswer((call) -> {
			List<NominationCsv.Row> rows = call.getArgument(1);
			org.ecs.core.text.Said why = org.ecs.core.text.Said.said("problem.rights.nominate-own",
					"A focal point nominates people of their own State only.");
			return rows.stream()
				.map((r) -> new NominationCsv.RowOutcome(r.line(), r.nominee().displayName(), r.nominee().email(),
						false, null, null, why.english(), List.of(why)))
				.toList();
		});
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/nominations/csv")
				.file(new org.springframework.mock.web.MockMultipartFile("file", "people.csv", "text/csv",
						"name,email,level,state\nC D,c@example.br,FULL,BRA\n"
							.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
				.param("lang", "fr")
				.with(as(FIONA))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(
					content().string(containsString("Un point focal ne propose que des personnes de son propre État.")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("own State"))));
		// an unclosed quote: Commons CSV's own words stay out of the page
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/nominations/csv")
				.file(new org.springframework.mock.web.MockMultipartFile("file", "people.csv", "text/csv",
						"name,level\n\"C D,FULL\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
				.param("lang", "fr")
				.with(as(FIONA))
				.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("file : ce n’est pas un fichier CSV lisible ; enregistrez-le "
					+ "à nouveau depuis votre tableur au format CSV (UTF-8), chaque colonne nommée une seule fois.")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("EOF"))));
		this.mvc.perform(
				post("/api/v1/nominations").with(as(FIONA)).contentType("text/csv").content("name,level\n\"C D,FULL\n"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message")
				.value(org.hamcrest.Matchers.matchesPattern("file: not a readable CSV \\(.+\\)\\.")));
	}

	@Test
	void shouldOpenTheInvitationPagesToPeopleNotSignedInAndSayWhenOneIsGone() throws Exception {
		this.mvc.perform(get("/invitation/not-a-real-token"))
			.andExpect(status().isGone())
			.andExpect(content().string(containsString("invitation-gone")));
		given(this.nominations.invitee("good-token", null))
			.willReturn(Optional.of(profile(BRUNO, ParticipantStatus.APPROVED)));
		this.mvc.perform(get("/invitation/good-token"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("set-password")));
		this.mvc
			.perform(post("/invitation/good-token").with(csrf())
				.param("password", "a long password 1")
				.param("confirm", "a long password 2"))
			.andExpect(status().isBadRequest());
		given(this.nominations.acceptInvitation("good-token", null, "a long password 1"))
			.willReturn(profile(BRUNO, ParticipantStatus.ACTIVE));
		this.mvc
			.perform(post("/invitation/good-token").with(csrf())
				.param("password", "a long password 1")
				.param("confirm", "a long password 1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/settings/certificate")));
		this.mvc.perform(get("/invitation/code")).andExpect(status().isOk());
	}

	@Test
	void shouldEndTheSessionOfAnAccountNoLongerActive() throws Exception {
		this.mvc.perform(get("/participants").with(as(GONE))).andExpect(redirectedUrlPattern("**/login"));
		this.mvc.perform(get("/api/v1/participants").with(as(GONE))).andExpect(status().isForbidden());
	}

}
