package org.ecs.core.participant;

import java.io.IOException;
import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.ecs.core.notice.NoticeDispatch;
import org.ecs.core.notice.Notices;
import org.ecs.core.notification.NotificationFanOut;
import org.ecs.core.notification.Notifications;
import org.ecs.core.security.CertificatesRevoked;
import org.ecs.core.security.ParticipantCertificates;
import org.ecs.core.security.SecurityEvents;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Nomination, approval, invitation, level change and withdrawal on a real PostgreSQL with
 * the real schema: the rights, the status rules, the observer cap (also under two
 * nominations at once), the one-time invitation, and what is told to whom.
 */
class NominationsTest {

	static EmbeddedPostgres postgres;

	static JdbcClient jdbc;

	static DataSourceTransactionManager transactions;

	static final PasswordEncoder PASSWORDS = new BCryptPasswordEncoder(4);

	static Participant fiona;

	static Participant sam;

	static Participant adam;

	static Participant alice;

	static Participant olga;

	final List<UUID> published = new ArrayList<>();

	ParticipantRecords records;

	Nominations nominations;

	ParticipationChanges changes;

	AccountSettings settings;

	PasswordResets resets;

	Notices notices;

	final List<Object> events = new ArrayList<>();

	@BeforeAll
	static void database() throws IOException {
		postgres = EmbeddedPostgres.start();
		// one DataSource for the client and the transactions, so that statements join
		// them
		javax.sql.DataSource dataSource = postgres.getPostgresDatabase();
		Flyway.configure().dataSource(dataSource).load().migrate();
		jdbc = JdbcClient.create(dataSource);
		transactions = new DataSourceTransactionManager(dataSource);
		ParticipantDirectory directory = new ParticipantDirectory(jdbc, PASSWORDS);
		directory.addState(new State("AUT", "Austria", "STATE"));
		directory.addState(new State("BRA", "Brazil", "STATE"));
		directory.addState(new State("PTS", "Secretariat", "ORGANISATION"));
		directory.addState(new State("OBS", "Observer Union", "OBSERVER"));
		// two places: the organisation's focal point holds one
		new ParticipantRecords(jdbc).setObserverCap("OBS", 2);
		fiona = add(directory, "fiona", "AUT", Role.FOCAL_POINT);
		sam = add(directory, "sam", "PTS", Role.SECRETARIAT);
		adam = add(directory, "adam", "PTS", Role.ADMINISTRATOR);
		alice = add(directory, "alice", "AUT");
		olga = add(directory, "olga", "OBS", Role.FOCAL_POINT);
	}

	static Participant add(ParticipantDirectory directory, String username, String state, Role... roles) {
		Set<Role> all = EnumSet.of(Role.PARTICIPANT, roles);
		return directory.add(new NewParticipant(username, username.toUpperCase(), username + "@example.org", null,
				state, "en", Level.FULL, all, EnumSet.of(Channel.WEB, Channel.EMAIL), "demo-password-long"));
	}

	@AfterAll
	static void stop() throws IOException {
		postgres.close();
	}

	@BeforeEach
	void services() {
		Clock clock = Clock.fixed(Instant.now(), ZoneOffset.UTC);
		this.records = new ParticipantRecords(jdbc);
		this.notices = new Notices(jdbc);
		AccountTrail trail = new AccountTrail(this.records, new SecurityEvents(jdbc), this.notices,
				new NoticeDispatch(transactions, this.published::add), clock, "https://ecs.example.org/");
		Invitations invitations = new Invitations(jdbc);
		this.nominations = new Nominations(this.records, invitations, trail, PASSWORDS, transactions,
				Duration.ofDays(14));
		// the CA is not asked by revocations
		ParticipantCertificates certificates = new ParticipantCertificates(jdbc, null, new SecurityEvents(jdbc), clock,
				this.events::add);
		this.changes = new ParticipationChanges(this.records, invitations, trail, certificates);
		this.settings = new AccountSettings(this.records, PASSWORDS, trail);
		this.resets = new PasswordResets(jdbc, this.records, trail, new SecurityEvents(jdbc), PASSWORDS);
	}

	static Nominee nominee(String name, String email, Level level) {
		return new Nominee(name, "Seismologist", email, null, null, null, level, "fr", List.of("fr", "en"),
				List.of("Seismology", "infrasound"), "Europe/Vienna", null);
	}

	<T> T tx(Callable<T> work) {
		return new TransactionTemplate(transactions).execute((s) -> {
			try {
				return work.call();
			}
			catch (Exception ex) {
				throw (ex instanceof RuntimeException r) ? r : new IllegalStateException(ex);
			}
		});
	}

	@Test
	void shouldTakeAPersonFromNominationToActiveThenLevelChangeAndWithdrawal() {
		ParticipantProfile nominated = tx(
				() -> this.nominations.nominate(fiona, nominee("Élise Müller-Hofer", "elise@example.at", Level.FULL)));
		assertThat(nominated.status()).isEqualTo(ParticipantStatus.NOMINATED);
		assertThat(nominated.person().active()).isFalse();
		assertThat(nominated.person().stateCode()).isEqualTo("AUT");
		assertThat(nominated.person().username()).isEqualTo("elise.hofer").as("derived from the name, ASCII");
		assertThat(nominated.expertise()).containsExactly("seismology", "infrasound");
		assertThat(nominated.nominatedById()).isEqualTo(fiona.id());
		assertThat(nominated.nominatingAuthority()).contains("Austria");

		assertThatThrownBy(() -> tx(() -> this.nominations.approve(fiona, nominated.id(), Channel.EMAIL)))
			.isInstanceOfSatisfying(ParticipantRefusedException.class,
					(ex) -> assertThat(ex.kind()).isEqualTo(ParticipantRefusedException.Kind.FORBIDDEN));
		ParticipantProfile approved = tx(() -> this.nominations.approve(sam, nominated.id(), Channel.EMAIL));
		assertThat(approved.status()).isEqualTo(ParticipantStatus.APPROVED);
		assertThat(approved.approvedById()).isEqualTo(sam.id());
		String body = lastAccountNoticeTo(nominated.id());
		Matcher link = Pattern.compile("/invitation/([A-Za-z0-9_-]{43})").matcher(body);
		assertThat(link.find()).as(body).isTrue();
		String token = link.group(1);
		assertThat(jdbc.sql("select count(*) from participant_invitation where secret_hash = convert_to(?, 'UTF8')")
			.param(token)
			.query(Integer.class)
			.single()).as("only a hash is kept").isZero();

		assertThatThrownBy(() -> tx(() -> this.nominations.acceptInvitation(token, null, "short")))
			.hasMessageContaining("at least 12");
		ParticipantProfile active = tx(
				() -> this.nominations.acceptInvitation(token, null, "correct horse battery staple"));
		assertThat(active.status()).isEqualTo(ParticipantStatus.ACTIVE);
		assertThat(active.person().active()).isTrue();
		assertThat(lastAccountNoticeTo(nominated.id())).as("the used link is not kept")
			.doesNotContain(token)
			.contains("/invitation/(no longer valid)");
		assertThatThrownBy(() -> tx(() -> this.nominations.acceptInvitation(token, null, "another long password")))
			.as("one time only")
			.isInstanceOfSatisfying(ParticipantRefusedException.class,
					(ex) -> assertThat(ex.kind()).isEqualTo(ParticipantRefusedException.Kind.CONFLICT));

		Participant elise = active.person();
		assertThatThrownBy(() -> tx(() -> this.changes.changeLevel(alice, elise.id(), Level.MONITORING)))
			.isInstanceOf(ParticipantRefusedException.class)
			.hasMessageContaining("focal point");
		assertThat(tx(() -> this.changes.changeLevel(fiona, elise.id(), Level.MONITORING)).person().level())
			.isEqualTo(Level.MONITORING);
		assertThat(lastAccountNoticeTo(elise.id())).contains("now monitoring");

		ParticipantProfile withdrawn = tx(() -> this.changes.withdraw(fiona, elise.id(), "Left the ministry"));
		assertThat(withdrawn.status()).isEqualTo(ParticipantStatus.WITHDRAWN);
		assertThat(withdrawn.person().active()).isFalse();
		assertThat(new ParticipantDirectory(jdbc, PASSWORDS).passwordHash(elise.username())).isEmpty();
		assertThat(lastAccountNoticeTo(elise.id())).contains("withdrawn").contains("Left the ministry");
		assertThatThrownBy(() -> tx(() -> this.changes.changeLevel(fiona, elise.id(), Level.FULL)))
			.isInstanceOf(ParticipantRefusedException.class);
		assertThatThrownBy(() -> tx(() -> this.changes.withdraw(fiona, elise.id(), "Again")))
			.isInstanceOfSatisfying(ParticipantRefusedException.class, (ex) -> {
				assertThat(ex.getMessage()).endsWith(" is withdrawn: cannot become withdrawn.");
				assertThat(ex.said()).extracting(org.ecs.core.text.Said::key)
					.containsExactly("problem.participant.cannot-become");
			});

		assertThat(this.records.history(elise.id())).extracting(ParticipantRecords.HistoryEntry::action)
			.containsExactly("NOMINATED", "APPROVED", "INVITED", "PASSWORD_SET", "LEVEL_CHANGED", "WITHDRAWN");
		assertThat(new SecurityEvents(jdbc).latest(elise.username(), 20)).extracting(SecurityEvents.SecurityEvent::kind)
			.contains(SecurityEvents.Kind.NOMINATED, SecurityEvents.Kind.NOMINATION_APPROVED,
					SecurityEvents.Kind.LEVEL_CHANGED, SecurityEvents.Kind.WITHDRAWN);
	}

	@Test
	void shouldReachAWithdrawnPersonWithTheAccountNoticeButNotWithOtherMail() {
		ParticipantProfile p = tx(
				() -> this.nominations.nominate(fiona, nominee("Karl Berger", "karl@example.at", Level.FULL)));
		tx(() -> this.changes.withdraw(fiona, p.id(), null));
		UUID notice = this.published.get(this.published.size() - 1);
		Notifications notifications = new Notifications(jdbc);
		var fanOut = new NotificationFanOut(notifications, null, null, null, this.notices);
		var deliveries = tx(() -> fanOut.noticePosted(notice));
		assertThat(deliveries).anySatisfy((d) -> {
			assertThat(d.recipientId()).isEqualTo(p.id());
			assertThat(d.channel()).isEqualTo(Channel.EMAIL);
		});
		assertThat(this.notices.resolve(List.of(org.ecs.core.notice.Addressee.person(p.id())), 0)).isEmpty();
	}

	@Test
	void shouldRefuseAFocalPointNominatingForAnotherStateAndAParticipantNominatingAtAll() {
		assertThatThrownBy(() -> tx(() -> this.nominations.nominate(fiona,
				nominee("Bia Souza", "bia@example.br", Level.FULL).withState("BRA"))))
			.isInstanceOfSatisfying(ParticipantRefusedException.class, (ex) -> {
				assertThat(ex.kind()).isEqualTo(ParticipantRefusedException.Kind.FORBIDDEN);
				assertThat(ex.getMessage()).isEqualTo("A focal point nominates people of their own State only.");
				assertThat(ex.said()).extracting(org.ecs.core.text.Said::key)
					.containsExactly("problem.rights.nominate-own");
			});
		assertThatThrownBy(
				() -> tx(() -> this.nominations.nominate(alice, nominee("Hans Gruber", "hans@example.at", Level.FULL))))
			.isInstanceOfSatisfying(ParticipantRefusedException.class, (ex) -> {
				assertThat(ex.kind()).isEqualTo(ParticipantRefusedException.Kind.FORBIDDEN);
				assertThat(ex.said()).extracting(org.ecs.core.text.Said::key)
					.containsExactly("problem.rights.nominate");
			});
		assertThat(tx(() -> this.nominations.nominate(sam,
				nominee("Bia Souza", "bia@example.br", Level.MONITORING).withState("BRA")))
			.person()
			.stateCode()).as("the secretariat nominates for any State").isEqualTo("BRA");
		assertThatThrownBy(() -> tx(() -> this.nominations.nominate(sam,
				nominee("Nemo Nowhere", "nemo@example.org", Level.FULL).withState("ZZZ"))))
			.isInstanceOfSatisfying(ParticipantRefusedException.class, (ex) -> {
				assertThat(ex.getMessage()).isEqualTo("state: there is no State or organisation ZZZ.");
				assertThat(ex.said()).extracting(org.ecs.core.text.Said::key)
					.containsExactly("problem.nominee.state-unknown");
			});
		assertThatThrownBy(() -> tx(() -> this.nominations.approve(sam, 999_999L, Channel.EMAIL)))
			.isInstanceOfSatisfying(ParticipantRefusedException.class, (ex) -> {
				assertThat(ex.kind()).isEqualTo(ParticipantRefusedException.Kind.NOT_FOUND);
				assertThat(ex.said()).extracting(org.ecs.core.text.Said::key)
					.containsExactly("problem.participant.not-found");
			});
	}

	@Test
	void shouldReturnANominationWithAReasonAndTakeItBackCorrected() {
		ParticipantProfile p = tx(
				() -> this.nominations.nominate(fiona, nominee("Petra Lang", "petra@example.at", Level.FULL)));
		assertThatThrownBy(() -> tx(() -> this.nominations.giveBack(sam, p.id(), " "))).hasMessageContaining("reason");
		ParticipantProfile returned = tx(() -> this.nominations.giveBack(sam, p.id(), "Give her fax number"));
		assertThat(returned.status()).isEqualTo(ParticipantStatus.RETURNED);
		assertThat(returned.statusReason()).isEqualTo("Give her fax number");
		assertThat(lastAccountNoticeTo(fiona.id())).contains("Give her fax number");
		assertThatThrownBy(() -> tx(() -> this.nominations.approve(sam, p.id(), Channel.EMAIL)))
			.as("a returned nomination is not approved before it is sent again")
			.isInstanceOfSatisfying(ParticipantRefusedException.class,
					(ex) -> assertThat(ex.kind()).isEqualTo(ParticipantRefusedException.Kind.CONFLICT));
		Nominee corrected = new Nominee("Petra Lang", null, "petra@example.at", "+43 1 234 5678", null, null,
				Level.FULL, "en", List.of(), List.of(), null, null);
		ParticipantProfile again = tx(() -> this.nominations.resubmit(fiona, p.id(), corrected));
		assertThat(again.status()).isEqualTo(ParticipantStatus.NOMINATED);
		assertThat(again.person().faxNumber()).isEqualTo("+4312345678");
		assertThat(again.person().channels()).contains(Channel.FAX);

		ParticipantProfile faxed = tx(() -> this.nominations.approve(sam, p.id(), Channel.FAX));
		Matcher code = Pattern.compile("code: ([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})")
			.matcher(lastAccountNoticeTo(p.id()));
		assertThat(code.find()).isTrue();
		String typed = code.group(1).toLowerCase().replace("-", " ");
		assertThat(this.nominations.invitee(typed, "someone.else")).as("the username must match").isEmpty();
		assertThat(this.nominations.invitee(typed, faxed.person().username())).isPresent();
		assertThat(tx(() -> this.nominations.acceptInvitation(typed, faxed.person().username(), "Lang-Petra-2026!x"))
			.status()).isEqualTo(ParticipantStatus.ACTIVE);
		assertThat(lastAccountNoticeTo(p.id())).as("the used code is not kept, however it was typed")
			.doesNotContain(code.group(1))
			.contains("one-time code: (no longer valid)");
	}

	@Test
	void shouldHoldAnObserverOrganisationToItsCapEvenUnderTwoNominationsAtOnce() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<ParticipantProfile>> tries = pool.invokeAll(List.of(
					() -> tx(() -> this.nominations.nominate(olga, nominee("Obs One", "one@obs.example", Level.FULL))),
					() -> tx(() -> this.nominations.nominate(olga,
							nominee("Obs Two", "two@obs.example", Level.MONITORING)))));
			int taken = 0;
			int refused = 0;
			for (Future<ParticipantProfile> t : tries) {
				try {
					t.get();
					taken++;
				}
				catch (java.util.concurrent.ExecutionException ex) {
					assertThat(ex.getCause()).isInstanceOf(ParticipantRefusedException.class)
						.hasMessageContaining("observer places taken");
					refused++;
				}
			}
			assertThat(taken).isEqualTo(1);
			assertThat(refused).isEqualTo(1);
		}
		finally {
			pool.shutdown();
		}
		ParticipantProfile holder = this.records
			.search(ParticipantFilter.ofStatus(ParticipantStatus.NOMINATED, "OBS"), false)
			.get(0);
		tx(() -> this.changes.withdraw(olga, holder.id(), "Replaced"));
		assertThat(tx(() -> this.nominations.nominate(olga, nominee("Obs Three", "three@obs.example", Level.FULL)))
			.status()).as("a withdrawal frees the place").isEqualTo(ParticipantStatus.NOMINATED);
	}

	@Test
	void shouldReportEachCsvRowAcceptedOrRefusedWithItsReason() {
		String csv = """
				Name;Email;Level;Expertise;Languages;Time zone
				Anna Huber;anna@example.at;FULL;seismology|hydroacoustics;de|en;Europe/Vienna
				Bad Level;bad@example.at;BOSS;;;
				;nobody@example.at;FULL;;;
				Anna Twice;anna@example.at;MONITORING;;;
				Zeno Kraft;zeno@example.at;monitoring;;;Mars/Olympus
				Bruno Brazil;bruno@example.br;FULL;;;
				""";
		List<NominationCsv.Row> rows = NominationCsv.read(new StringReader(csv));
		List<NominationCsv.RowOutcome> report = this.nominations.nominateAll(fiona, rows);
		assertThat(report).extracting(NominationCsv.RowOutcome::line).containsExactly(2L, 3L, 4L, 5L, 6L, 7L);
		assertThat(report).extracting(NominationCsv.RowOutcome::accepted)
			.containsExactly(true, false, false, false, false, true);
		assertThat(report.get(1).reason()).contains("BOSS");
		assertThat(report.get(1).said()).extracting(org.ecs.core.text.Said::key)
			.containsExactly("problem.nominee.level-unknown");
		assertThat(report.get(3).said()).extracting(org.ecs.core.text.Said::key)
			.containsExactly("problem.participant.email-known");
		assertThat(report.get(2).reason()).contains("name:");
		assertThat(report.get(3).reason()).contains("already in the database");
		assertThat(report.get(4).reason()).contains("Mars/Olympus");
		assertThat(report.get(5).username()).isEqualTo("bruno.brazil");
		assertThat(this.records.find(report.get(0).participantId()).orElseThrow().expertise())
			.containsExactly("seismology", "hydroacoustics");
		assertThatThrownBy(() -> NominationCsv.read(new StringReader("name,level,salary\nX,FULL,1\n")))
			.hasMessageContaining("unknown column \"salary\"");
	}

	@Test
	void shouldKeySayingsOfACsvRowRefusedForRightsAndOfAFileThePageCannotRead() {
		List<NominationCsv.RowOutcome> report = this.nominations.nominateAll(fiona, NominationCsv
			.read(new StringReader("name,level,email,state\nBia Souza,FULL,bia.csv@example.br,BRA\n")));
		assertThat(report).singleElement().satisfies((row) -> {
			assertThat(row.accepted()).isFalse();
			assertThat(row.reason()).isEqualTo("A focal point nominates people of their own State only.");
			assertThat(row.said()).extracting(org.ecs.core.text.Said::key)
				.containsExactly("problem.rights.nominate-own");
		});
		// the parser's own words stay in the English only, never as a page's argument
		assertThatThrownBy(() -> NominationCsv.read(new StringReader("name,level\n\"X,FULL\n")))
			.isInstanceOfSatisfying(ParticipantRefusedException.class, (ex) -> {
				assertThat(ex.getMessage()).startsWith("file: not a readable CSV (").hasSizeGreaterThan(30);
				assertThat(ex.said()).singleElement().satisfies((said) -> {
					assertThat(said.key()).isEqualTo("problem.csv.unreadable");
					assertThat(said.args()).isEmpty();
				});
			});
		assertThatThrownBy(() -> NominationCsv
			.read(new StringReader("name,level\n" + "x".repeat(NominationCsv.MAX_CHARACTERS) + ",FULL\n")))
			.isInstanceOfSatisfying(ParticipantRefusedException.class,
					(ex) -> assertThat(ex.said()).singleElement().satisfies((said) -> {
						assertThat(said.key()).isEqualTo("problem.csv.large");
						assertThat(said.args()).containsExactly(2);
					}));
	}

	@Test
	void shouldKeyTheRefusalOfAResetLinkThatDoesNotWork() {
		assertThatThrownBy(() -> tx(() -> this.resets.reset("no-such-link", "a brand new passphrase")))
			.isInstanceOfSatisfying(ParticipantRefusedException.class, (ex) -> {
				assertThat(ex.kind()).isEqualTo(ParticipantRefusedException.Kind.CONFLICT);
				assertThat(ex.said()).extracting(org.ecs.core.text.Said::key)
					.containsExactly("problem.reset.not-valid");
			});
	}

	@Test
	void shouldLetOnlyAdministratorsChangeRolesAndOnlyTheSecretariatSuspend() {
		ParticipantProfile p = tx(
				() -> this.nominations.nominate(fiona, nominee("Rita Roll", "rita@example.at", Level.FULL)));
		assertThatThrownBy(() -> tx(() -> this.changes.changeRoles(sam, p.id(), Set.of(Role.COORDINATOR))))
			.hasMessageContaining("administrators");
		assertThat(tx(() -> this.changes.changeRoles(adam, p.id(), Set.of(Role.COORDINATOR))).person().roles())
			.containsExactlyInAnyOrder(Role.PARTICIPANT, Role.COORDINATOR);
		assertThatThrownBy(() -> tx(() -> this.changes.changeRoles(adam, adam.id(), Set.of(Role.PARTICIPANT))))
			.hasMessageContaining("from yourself");
		assertThatThrownBy(
				() -> tx(() -> this.changes.setStatus(fiona, alice.id(), ParticipantStatus.SUSPENDED, "Misuse")))
			.isInstanceOfSatisfying(ParticipantRefusedException.class,
					(ex) -> assertThat(ex.kind()).isEqualTo(ParticipantRefusedException.Kind.FORBIDDEN));
		assertThat(tx(() -> this.changes.setStatus(sam, alice.id(), ParticipantStatus.SUSPENDED, "Misuse")).person()
			.active()).isFalse();
		assertThat(tx(() -> this.changes.setStatus(sam, alice.id(), ParticipantStatus.ACTIVE, null)).person().active())
			.isTrue();
	}

	@Test
	void shouldRevokeEveryCertificateAtOnceWhenSuspendedOrWithdrawn() {
		Participant rosa = add(new ParticipantDirectory(jdbc, PASSWORDS), "rosa-" + UUID.randomUUID(), "AUT");
		Participant tom = add(new ParticipantDirectory(jdbc, PASSWORDS), "tom-" + UUID.randomUUID(), "AUT");
		String a1 = certificate(rosa);
		String a2 = certificate(rosa);
		String b1 = certificate(tom);

		tx(() -> this.changes.setStatus(sam, rosa.id(), ParticipantStatus.SUSPENDED, "Lost laptop"));
		assertThat(revokedSerials(rosa)).containsExactlyInAnyOrder(a1, a2);
		assertThat(this.events).contains(new CertificatesRevoked(2));
		assertThat(new SecurityEvents(jdbc).latest(rosa.username(), 10)).anySatisfy((e) -> {
			assertThat(e.kind()).isEqualTo(SecurityEvents.Kind.CERTIFICATE_REVOKED);
			assertThat(e.detail()).contains(a1).contains("suspended: Lost laptop");
		});

		tx(() -> this.changes.withdraw(fiona, tom.id(), "Left"));
		assertThat(revokedSerials(tom)).containsExactly(b1);
		assertThat(jdbc.sql("select reason from participant_certificate where serial = ?")
			.param(b1)
			.query(String.class)
			.single()).isEqualTo("nomination withdrawn: Left");
	}

	static String certificate(Participant owner) {
		String serial = UUID.randomUUID().toString().replace("-", "");
		jdbc.sql("""
				insert into participant_certificate
				    (participant_id, serial, fingerprint, subject, not_before, not_after, issued_at, issued_how)
				values (?, ?, ?, 'CN=x', now(), now() + interval '1 day', now(), 'CSR')
				""").params(owner.id(), serial, serial + UUID.randomUUID().toString().replace("-", "")).update();
		return serial;
	}

	static List<String> revokedSerials(Participant owner) {
		return jdbc
			.sql("select serial from participant_certificate where participant_id = ? and revoked_at is not null")
			.param(owner.id())
			.query(String.class)
			.list();
	}

	@Test
	void shouldChangeThePasswordOnlyWithTheCurrentOne() {
		assertThatThrownBy(() -> tx(() -> {
			this.settings.changePassword(alice, "wrong-password-x", "a brand new passphrase");
			return null;
		})).isInstanceOfSatisfying(ParticipantRefusedException.class, (ex) -> {
			assertThat(ex.kind()).isEqualTo(ParticipantRefusedException.Kind.FORBIDDEN);
			assertThat(ex.said()).extracting(org.ecs.core.text.Said::key)
				.containsExactly("problem.account.current-password");
		});
		assertThatThrownBy(() -> tx(() -> {
			this.settings.changePassword(alice, "demo-password-long", "alice-password-1");
			return null;
		})).hasMessageContaining("username");
		tx(() -> {
			this.settings.changePassword(alice, "demo-password-long", "a brand new passphrase");
			return null;
		});
		String hash = new ParticipantDirectory(jdbc, PASSWORDS).passwordHash("alice").orElseThrow();
		assertThat(PASSWORDS.matches("a brand new passphrase", hash)).isTrue();
		tx(() -> {
			this.settings.changePassword(alice, "a brand new passphrase", "demo-password-long-2");
			return null;
		});
		assertThatThrownBy(() -> tx(() -> {
			this.settings.changePassword(alice, "demo-password-long-2", "demo-password-long-2");
			return null;
		})).isInstanceOfSatisfying(ParticipantRefusedException.class, (ex) -> {
			assertThat(ex.getMessage()).isEqualTo("password: choose a password different from the current one.");
			assertThat(ex.said()).extracting(org.ecs.core.text.Said::key)
				.containsExactly("problem.account.same-password");
		});
		ParticipantProfile updated = tx(
				() -> this.settings.updateDetails(alice, "Dr", "+43 1 555", List.of("de", "EN"), "Asia/Tokyo"));
		assertThat(updated.languages()).containsExactly("de", "en");
		assertThat(updated.timeZone()).isEqualTo("Asia/Tokyo");
		assertThatThrownBy(() -> tx(() -> this.settings.updateDetails(alice, null, null, List.of(), "Nowhere/City")))
			.isInstanceOfSatisfying(ParticipantRefusedException.class, (ex) -> {
				assertThat(ex.getMessage()).contains("timeZone");
				assertThat(ex.said()).extracting(org.ecs.core.text.Said::key)
					.containsExactly("problem.nominee.time-zone");
			});
	}

	String lastAccountNoticeTo(long participantId) {
		return jdbc
			.sql("select body from notice where kind = 'ACCOUNT' and addressees = ?::text[] "
					+ "order by created_at desc limit 1")
			.param("{person:" + participantId + "}")
			.query(String.class)
			.single();
	}

}
