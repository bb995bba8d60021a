package org.ecs.core.document;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.tika.config.TikaConfig;
import org.ecs.core.blob.BlobStore;
import org.ecs.core.discussion.DiscussionAccess;
import org.ecs.core.discussion.Discussions;
import org.ecs.core.notice.Notices;
import org.ecs.core.notification.Wording;
import org.ecs.core.notification.Notifications;
import org.ecs.core.participant.Channel;
import org.ecs.core.participant.Level;
import org.ecs.core.participant.Participant;
import org.ecs.core.participant.Role;
import org.ecs.core.search.Search;
import org.ecs.core.search.SearchHit;
import org.ecs.core.search.SearchIndex;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The catalogue, its access rules, publication with its notice, and the search, on a real
 * PostgreSQL with the real schema: what the SQL says is what is tested.
 */
class DocumentCatalogueTest {

	static EmbeddedPostgres postgres;

	static JdbcClient jdbc;

	@TempDir
	static Path blobDir;

	static Participant sam;

	static Participant alice;

	static Participant monica;

	static Participant faith;

	static Participant otto;

	static long discussionId;

	final List<UUID> handedOver = new ArrayList<>();

	/** The messages the stages wrote, as {@code received:12}, {@code approved:12}... */
	final List<String> staged = new ArrayList<>();

	Documents documents;

	DocumentUploads uploads;

	DocumentPublishing publishing;

	DocumentAccess access;

	SearchIndex index;

	Search search;

	@BeforeAll
	static void database() throws IOException {
		postgres = EmbeddedPostgres.start();
		Flyway.configure().dataSource(postgres.getPostgresDatabase()).load().migrate();
		jdbc = JdbcClient.create(postgres.getPostgresDatabase());
		jdbc.sql("insert into state (code, name) values ('PTS', 'Secretariat'), ('AUT', 'Austria')").update();
		sam = participant("sam", Level.FULL, Set.of(Role.PARTICIPANT, Role.SECRETARIAT), Set.of(Channel.WEB));
		alice = participant("alice", Level.FULL, Set.of(Role.PARTICIPANT), Set.of(Channel.WEB, Channel.EMAIL));
		monica = participant("monica", Level.MONITORING, Set.of(Role.PARTICIPANT), Set.of(Channel.WEB));
		faith = participant("faith", Level.FULL, Set.of(Role.PARTICIPANT), Set.of(Channel.FAX));
		otto = participant("otto", Level.FULL, Set.of(Role.PARTICIPANT), Set.of(Channel.WEB));
		discussionId = jdbc
			.sql("""
					insert into discussion (title, subject_kind, subject_ref, description, coordinator_id, opens_at, deadline,
					                        review_policy)
					values ('Draft guidelines on station calibration', 'PAPER', 'CTBT/PTS/INF.1234',
					        'Comments are invited on the calibration of stations.', ?, now() - interval '1 day',
					        now() + interval '10 days', 'EVERY') returning id
					""")
			.param(sam.id())
			.query(Long.class)
			.single();
		for (Participant p : List.of(alice, monica, faith)) {
			jdbc.sql("insert into discussion_member values (?, ?)").params(discussionId, p.id()).update();
		}
	}

	@AfterAll
	static void stop() throws IOException {
		postgres.close();
	}

	@BeforeEach
	void services() {
		Clock clock = Clock.fixed(Instant.now(), ZoneOffset.UTC);
		var transactions = new DataSourceTransactionManager(postgres.getPostgresDatabase());
		Discussions discussions = new Discussions(jdbc);
		this.documents = new Documents(jdbc);
		this.access = new DocumentAccess(this.documents, new DiscussionAccess(discussions), clock);
		DocumentStages stages = new DocumentStages() {
			@Override
			public void received(long fileId) {
				DocumentCatalogueTest.this.staged.add("received:" + fileId);
			}

			@Override
			public void approved(long fileId) {
				DocumentCatalogueTest.this.staged.add("approved:" + fileId);
			}

			@Override
			public void rejected(long fileId) {
				DocumentCatalogueTest.this.staged.add("rejected:" + fileId);
			}
		};
		this.uploads = new DocumentUploads(this.documents, this.access, discussions, new BlobStore(blobDir), stages,
				transactions, new DocumentFormats(TikaConfig.getDefaultConfig()), 1024 * 1024);
		this.publishing = new DocumentPublishing(this.documents, new Notices(jdbc), this.handedOver::add,
				new Notifications(jdbc), stages, new DocumentFollows(jdbc), transactions, clock,
				"https://ecs.example.org/");
		this.index = new SearchIndex(jdbc);
		this.search = new Search(jdbc, this.index);
	}

	@Test
	void shouldCatalogueAVersionPerLanguageAndIgnoreTheSameFileSentTwice() {
		var en = upload(sam, "CTBT/PC-61/1", "Report of the sixty-first session", "en", "Report of the session.");
		var ru = upload(sam, "ctbt/pc-61/1", "Доклад шестьдесят первой сессии", "ru", "Доклад о работе сессии.");
		var again = upload(sam, "CTBT/PC-61/1", "", "en", "Report of the session.");

		assertThat(en.newDocument()).isTrue();
		assertThat(ru.newDocument()).isFalse();
		assertThat(ru.document().id()).isEqualTo(en.document().id());
		assertThat(again.file().id()).isEqualTo(en.file().id());
		Document d = this.documents.findById(en.document().id()).orElseThrow();
		assertThat(d.titles()).containsEntry("en", "Report of the sixty-first session")
			.containsEntry("ru", "Доклад шестьдесят первой сессии");
		assertThat(d.body()).isEqualTo("PC");
		assertThat(d.session()).isEqualTo("61");
		assertThat(this.documents.files(d.id())).extracting(DocumentFile::language).containsExactly("en", "ru");
		assertThat(en.file().status()).isEqualTo(DocumentFile.Status.RECEIVED);
		assertThat(en.file().sha256()).hasSize(64);
		// each new file goes to extraction once; the same file again sends nothing
		assertThat(this.staged).containsExactly("received:" + en.file().id(), "received:" + ru.file().id());
	}

	@Test
	void shouldRefuseWhoMayNotUploadAndWhatIsNotADocument() {
		assertThatThrownBy(() -> upload(monica, "CTBT/PC-61/9", "T", "en", "text")).isInstanceOfSatisfying(
				DocumentRefusedException.class,
				(ex) -> assertThat(ex.kind()).isEqualTo(DocumentRefusedException.Kind.FORBIDDEN));
		assertThatThrownBy(() -> upload(alice, "CTBT/PC-61/9", "T", "en", "text")).hasMessageContaining("discussion");
		assertThatThrownBy(() -> upload(sam, "not a symbol", "T", "xx", "text")).hasMessageContaining("symbol:")
			.hasMessageContaining("language:");
		assertThatThrownBy(() -> this.uploads.receive(sam,
				DocumentUpload.of("CTBT/PC-61/9", "T", "en", "a.exe",
						new byte[] { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xff, (byte) 0xff },
						DocumentFile.Source.API)))
			.isInstanceOfSatisfying(DocumentRefusedException.class,
					(ex) -> assertThat(ex.kind()).isEqualTo(DocumentRefusedException.Kind.UNSUPPORTED_TYPE));
		assertThatThrownBy(() -> upload(sam, "CTBT/PC-61/9", "T", "en", "x".repeat(2 * 1024 * 1024)))
			.isInstanceOfSatisfying(DocumentRefusedException.class,
					(ex) -> assertThat(ex.kind()).isEqualTo(DocumentRefusedException.Kind.TOO_LARGE));
	}

	@Test
	void shouldShowAGeneralDocumentToEveryoneOncePublishedAndNotifyEveryone() {
		var r = upload(sam, "CTBT/PC-61/2", "Programme and budget", "en", "The programme and budget.");
		extracted(r.file());
		assertThat(this.documents.visibleTo(r.document().id(), otto.id())).isFalse();
		assertThat(this.documents.visibleTo(r.document().id(), sam.id())).isTrue();

		assertThat(this.publishing.publish(r.file().id())).isTrue();

		assertThat(this.documents.visibleTo(r.document().id(), otto.id())).isTrue();
		assertThat(this.handedOver).hasSize(1);
		var notice = new Notices(jdbc).find(this.handedOver.get(0)).orElseThrow();
		assertThat(notice.subject()).isEqualTo("New document: CTBT/PC-61/2");
		// what each reader's channels say in their language, not read back from the
		// English
		assertThat(new Notices(jdbc).wording(notice.id())).hasValueSatisfying((w) -> {
			assertThat(w.key()).isEqualTo("document.new");
			assertThat(w.args()).startsWith(new Wording.Arg.Text("CTBT/PC-61/2"), new Wording.Arg.Language("en"),
					new Wording.Arg.Text("Programme and budget"), new Wording.Arg.Text("en"));
		});
		assertThat(notice.body()).contains("Programme and budget")
			.contains("https://ecs.example.org/documents/" + r.document().id());
		assertThat(notice.addressees()).extracting(Object::toString).containsExactly("everyone");
		// a second call publishes nothing and tells nobody again
		assertThat(this.publishing.publish(r.file().id())).isFalse();
		assertThat(this.handedOver).hasSize(1);
	}

	@Test
	void shouldKeepALimitedDocumentToTheDiscussionAboutIt() {
		var r = this.uploads.receive(sam,
				new DocumentUpload("CTBT/PTS/INF.1234/Rev.1", "Draft guidelines, revised", "en", "g.txt",
						"Guidelines".getBytes(StandardCharsets.UTF_8), DocumentFile.Source.API, null,
						Distribution.LIMITED, null, null, null, List.of(), null));
		extracted(r.file());
		this.publishing.publish(r.file().id());

		Document d = r.document();
		assertThat(d.parentSymbol()).isEqualTo("CTBT/PTS/INF.1234");
		assertThat(this.documents.visibleTo(d.id(), monica.id())).isTrue();
		assertThat(this.documents.visibleTo(d.id(), otto.id())).isFalse();
		assertThat(this.documents.relatedDiscussions(d)).extracting((x) -> x.id()).containsExactly(discussionId);
		var notice = new Notices(jdbc).find(this.handedOver.get(0)).orElseThrow();
		assertThat(notice.addressees()).extracting(Object::toString).containsExactly("discussion:" + discussionId);
		DocumentFile f = this.documents.file(r.file().id()).orElseThrow();
		assertThat(this.access.canDownload(monica, d, f)).isTrue();
		assertThat(this.access.canDownload(faith, d, f)).isFalse();
		assertThat(this.access.canSee(faith, d)).isTrue();
	}

	@Test
	void shouldHoldAParticipantsDocumentForReview() {
		var r = this.uploads.receive(alice,
				new DocumentUpload("CTBT/WGB-60/WP.7", "Austria's working paper", "en", "wp.txt",
						"Our paper".getBytes(StandardCharsets.UTF_8), DocumentFile.Source.WEB, null, null, null, null,
						null, List.of(), discussionId));
		assertThat(r.file().needsReview()).isTrue();
		assertThat(r.document().distribution()).isEqualTo(Distribution.LIMITED);
		extracted(r.file());
		assertThat(this.publishing.publish(r.file().id())).isFalse();
		assertThat(this.documents.inReview()).extracting(DocumentFile::id).contains(r.file().id());
		assertThatThrownBy(() -> this.publishing.approve(r.file().id(), alice))
			.hasMessageContaining("Only the secretariat");

		this.publishing.approve(r.file().id(), sam);

		// approved, its publication waiting on the queue
		assertThat(this.staged).endsWith("approved:" + r.file().id());
		assertThat(this.documents.file(r.file().id()).orElseThrow().status()).isEqualTo(DocumentFile.Status.APPROVED);
		assertThat(this.documents.visibleTo(r.document().id(), monica.id())).isFalse();
		assertThatThrownBy(() -> this.publishing.approve(r.file().id(), sam)).hasMessageContaining("not waiting");
		assertThat(this.publishing.publish(r.file().id())).isTrue();
		assertThat(this.publishing.publish(r.file().id())).isFalse();

		assertThat(this.documents.visibleTo(r.document().id(), monica.id())).isTrue();
		assertThatThrownBy(() -> this.publishing.reject(r.file().id(), sam, "late"))
			.hasMessageContaining("not waiting");
	}

	@Test
	void shouldTellTheUploaderOnceWhyTheirFileWasRefused() {
		var r = this.uploads.receive(alice,
				new DocumentUpload("CTBT/WGB-60/WP.8", "A paper refused", "en", "wp8.txt",
						"Our other paper".getBytes(StandardCharsets.UTF_8), DocumentFile.Source.WEB, null, null, null,
						null, null, List.of(), discussionId));
		extracted(r.file());
		assertThatThrownBy(() -> this.publishing.reject(r.file().id(), sam, " ")).hasMessageContaining("reason:");

		this.publishing.reject(r.file().id(), sam, "Not a paper of this working group.");

		assertThat(this.staged).endsWith("rejected:" + r.file().id());
		var deliveries = this.publishing.answerRejected(r.file().id());
		assertThat(deliveries).extracting((d) -> d.recipientId()).containsOnly(alice.id());
		var told = jdbc
			.sql("select subject, body from notification where recipient_id = ? and kind = 'DOCUMENT_REJECTED'")
			.param(alice.id())
			.query((rs, i) -> List.of(rs.getString(1), rs.getString(2)))
			.list();
		assertThat(told).hasSize(1);
		assertThat(told.get(0).get(0)).isEqualTo("Not published: CTBT/WGB-60/WP.8 (English)");
		assertThat(told.get(0).get(1)).contains("Reason: Not a paper of this working group.");
		assertThat(jdbc.sql("select args::text from notification where recipient_id = ? and kind = 'DOCUMENT_REJECTED'")
			.param(alice.id())
			.query(String.class)
			.single()).satisfies((json) -> assertThat(Wording.fromJson(json)).hasValueSatisfying((w) -> {
				assertThat(w.key()).isEqualTo("document.rejected");
				assertThat(w.args()).contains(new Wording.Arg.Language("en"),
						new Wording.Arg.Text("Not a paper of this working group."));
			}));
		// a redelivered message tells nobody twice; its queued deliveries are handed on
		// again
		assertThat(this.publishing.answerRejected(r.file().id())).hasSameSizeAs(deliveries);
		assertThat(jdbc.sql("select count(*) from notification where kind = 'DOCUMENT_REJECTED'")
			.query(Integer.class)
			.single()).isEqualTo(1);
		assertThat(this.documents.visibleTo(r.document().id(), monica.id())).isFalse();
	}

	@Test
	void shouldKeepEachCatalogueChangeOfTheSecretariatInTheHistory() {
		var r = upload(sam, "CTBT/PC-63/5", "Budget outline", "en", "The budget outline.");
		DocumentCatalogue catalogue = new DocumentCatalogue(this.documents, jdbc, this.publishing);
		long id = r.document().id();
		assertThatThrownBy(() -> catalogue.edit(alice, id,
				new DocumentCatalogue.Edit(Map.of("fr", "Esquisse"), null, null, null, null, null, null)))
			.isInstanceOfSatisfying(DocumentRefusedException.class,
					(ex) -> assertThat(ex.kind()).isEqualTo(DocumentRefusedException.Kind.FORBIDDEN));

		var changes = catalogue.edit(sam, id, new DocumentCatalogue.Edit(Map.of("fr", " Esquisse  du budget "),
				DocumentType.WORKING_PAPER, Distribution.LIMITED, null, "PC-63", null, List.of("4", " 5 ")));

		assertThat(changes).extracting(DocumentCatalogue.Change::field)
			.containsExactlyInAnyOrder("title.fr", "type", "distribution", "meeting", "agenda items");
		Document d = this.documents.findById(id).orElseThrow();
		assertThat(d.titles()).containsEntry("fr", "Esquisse du budget").containsEntry("en", "Budget outline");
		assertThat(d.type()).isEqualTo(DocumentType.WORKING_PAPER);
		assertThat(d.distribution()).isEqualTo(Distribution.LIMITED);
		assertThat(d.agendaItems()).containsExactly("4", "5");
		assertThat(catalogue.history(id)).filteredOn((c) -> c.field().equals("distribution"))
			.singleElement()
			.satisfies((c) -> {
				assertThat(c.oldValue()).isEqualTo("GENERAL");
				assertThat(c.newValue()).isEqualTo("LIMITED");
				assertThat(c.changedByName()).isEqualTo("sam");
			});
		// the same again changes nothing and records nothing
		assertThat(catalogue.edit(sam, id, new DocumentCatalogue.Edit(Map.of("fr", "Esquisse du budget"),
				DocumentType.WORKING_PAPER, null, null, null, null, null)))
			.isEmpty();
		assertThat(catalogue.history(id)).hasSize(5);
		// a document keeps a title
		assertThatThrownBy(() -> catalogue.edit(sam, id,
				new DocumentCatalogue.Edit(Map.of("en", "", "fr", " "), null, null, null, null, null, null)))
			.hasMessageContaining("at least one title");
		// removing one title of two is a change
		assertThat(catalogue.edit(sam, id,
				new DocumentCatalogue.Edit(Map.of("fr", ""), null, null, null, null, null, null)))
			.extracting(DocumentCatalogue.Change::field)
			.containsExactly("title.fr");
		assertThat(this.documents.findById(id).orElseThrow().titles()).containsOnlyKeys("en");
	}

	@Test
	void shouldNarrowTheNoticesOfAGeneralDocumentToItsFollowersOnceSomeoneFollows() {
		DocumentFollows follows = new DocumentFollows(jdbc);
		try {
			follows.follow(otto, DocumentFollows.Kind.BODY, " wgb ");
			follows.follow(monica, DocumentFollows.Kind.MEETING, "PC-64");
			assertThat(follows.follows(otto.id(), DocumentFollows.Kind.BODY, "WGB")).isTrue();
			assertThatThrownBy(() -> follows.follow(otto, DocumentFollows.Kind.MEETING, " "))
				.hasMessageContaining("Name the body or meeting");

			var r = upload(sam, "CTBT/WGB-64/3", "Station report", "en", "The station report.");
			publish(r);

			var notice = new Notices(jdbc).find(this.handedOver.get(this.handedOver.size() - 1)).orElseThrow();
			List<Long> told = new Notices(jdbc).resolve(notice.addressees(), sam.id());
			// otto follows the body; alice and faith follow nothing; monica follows
			// another meeting only
			assertThat(told).contains(otto.id(), alice.id(), faith.id()).doesNotContain(monica.id());
		}
		finally {
			follows.unfollow(otto, DocumentFollows.Kind.BODY, "WGB");
			follows.unfollow(monica, DocumentFollows.Kind.MEETING, "pc-64");
		}
		assertThat(follows.of(otto.id())).isEmpty();
		assertThat(follows.of(monica.id())).isEmpty();
	}

	@Test
	void shouldFindTheMeetingsWhoseAgendaNamesTheDocument() {
		var r = upload(sam, "CTBT/WGB-65/2", "Agenda paper", "en", "The agenda paper.");
		long meeting = jdbc
			.sql("""
					insert into meeting (uid, body, title, starts_at, ends_at, status, created_by)
					values (gen_random_uuid(), 'WORKING_GROUP_B', 'WGB 65', now() + interval '1 day', now() + interval '2 days',
					        'SCHEDULED', ?) returning id
					""")
			.param(sam.id())
			.query(Long.class)
			.single();
		jdbc.sql(
				"insert into meeting_agenda_item (meeting_id, number, title, document_ids) values (?, 1, 'Opening', '{}'),"
						+ " (?, 3, 'Agenda paper', array[?]::bigint[])")
			.params(meeting, meeting, r.document().id())
			.update();

		assertThat(this.documents.relatedMeetings(r.document().id())).singleElement().satisfies((m) -> {
			assertThat(m.meetingId()).isEqualTo(meeting);
			assertThat(m.item()).isEqualTo(3);
			assertThat(m.itemTitle()).isEqualTo("Agenda paper");
			assertThat(m.cancelled()).isFalse();
		});
		jdbc.sql("update meeting set deleted_at = now() where id = ?").param(meeting).update();
		assertThat(this.documents.relatedMeetings(r.document().id())).isEmpty();
	}

	@Test
	void shouldFindInflectedFormsInEachLanguageAndOnlyWhatTheReaderMaySee() {
		publish(upload(sam, "CTBT/PC-62/3", "Станции мониторинга", "ru",
				"Отчёт о калибровке на станциях международной системы мониторинга."));
		publish(upload(sam, "CTBT/PC-62/3", "Stations de surveillance", "fr",
				"Rapport sur l'étalonnage des stations du système de surveillance international."));
		publish(upload(sam, "CTBT/PC-62/3", "محطات الرصد", "ar", "تقرير عن معايرة المحطات في نظام الرصد الدولي."));
		publish(upload(sam, "CTBT/PC-62/3", "监测站", "zh", "关于国际监测系统放射性核素监测站校准的报告。"));
		var secret = upload(sam, "CTBT/PC-62/4", "Restricted note", "en", "Calibration of hidden stations.");
		this.jdbc_update("update document set distribution = 'RESTRICTED' where id = ?", secret.document().id());
		publish(secret);

		assertThat(symbols(this.search.search(monica, "станция", null, null, 10))).containsExactly("CTBT/PC-62/3");
		assertThat(this.search.search(monica, "станция", null, null, 10).get(0).language()).isEqualTo("ru");
		assertThat(languages(this.search.search(monica, "station", null, null, 10))).contains("fr");
		assertThat(languages(this.search.search(monica, "المحطة", null, null, 10))).containsExactly("ar");
		assertThat(languages(this.search.search(monica, "محطة", null, null, 10))).containsExactly("ar");
		assertThat(languages(this.search.search(monica, "放射性核素监测站", null, null, 10))).containsExactly("zh");
		assertThat(this.search.search(monica, "放射性核素监测站", null, null, 10).get(0).snippet())
			.contains(new SearchHit.Segment("监测站", true));
		assertThat(symbols(this.search.search(monica, "hidden", null, null, 10))).isEmpty();
		assertThat(symbols(this.search.search(sam, "hidden", null, null, 10))).containsExactly("CTBT/PC-62/4");
	}

	@Test
	void shouldFindDiscussionsAndCommentsForTheirAudienceOnly() {
		UUID contribution = UUID.randomUUID();
		jdbc.sql("""
				insert into contribution (id, channel, discussion_id, author_id, received_at, text, dedupe_key, status)
				values (?, 'WEB', ?, ?, now(), 'x', ?, 'PUBLISHED')
				""").params(contribution, discussionId, alice.id(), contribution.toString()).update();
		jdbc.sql(
				"""
						insert into comment (contribution_id, discussion_id, author_id, text, channel, received_at)
						values (?, ?, ?, 'Austria supports the recalibration of the infrasound arrays every year.', 'WEB', now())
						""")
			.params(contribution, discussionId, alice.id())
			.update();

		List<SearchHit> hits = this.search.search(monica, "arrays recalibrated", null, null, 10);
		assertThat(hits).extracting(SearchHit::kind).containsExactly(SearchIndex.Kind.COMMENT);
		assertThat(hits.get(0).discussionId()).isEqualTo(discussionId);
		assertThat(this.search.search(otto, "arrays", null, null, 10)).isEmpty();
		assertThat(this.search.search(monica, "calibration", SearchIndex.Kind.DISCUSSION, null, 10))
			.extracting(SearchHit::discussionTitle)
			.containsExactly("Draft guidelines on station calibration");
	}

	private void jdbc_update(String sql, long id) {
		jdbc.sql(sql).param(id).update();
	}

	@Test
	void shouldTellThoseAPublishedDocumentOpensToAndNoOneWhenItClosesWhenItsDistributionChanges() {
		var r = upload(sam, "CTBT/PTS/INF.4321", "Staffing note", "en", "A note on the staffing of stations.");
		DocumentCatalogue catalogue = new DocumentCatalogue(this.documents, jdbc, this.publishing);
		long id = r.document().id();
		catalogue.edit(sam, id,
				new DocumentCatalogue.Edit(null, null, Distribution.RESTRICTED, null, null, null, null));
		publish(r);
		int before = this.handedOver.size();

		catalogue.edit(sam, id, new DocumentCatalogue.Edit(null, null, Distribution.GENERAL, null, null, null, null));

		assertThat(this.handedOver).hasSize(before + 1);
		List<String> to = jdbc.sql("select array_to_string(addressees, ' ') from notice where id = ?")
			.param(this.handedOver.get(before))
			.query(String.class)
			.list();
		assertThat(to.get(0)).contains("person:" + alice.id(), "person:" + monica.id(), "person:" + faith.id())
			.doesNotContain("person:" + sam.id());
		assertThat(jdbc.sql("select subject from notice where id = ?")
			.param(this.handedOver.get(before))
			.query(String.class)
			.single()).isEqualTo("Document now open to you: CTBT/PTS/INF.4321");
		assertThat(new Notices(jdbc).wording(this.handedOver.get(before)).map(Wording::key)).hasValue("document.open");

		// closing it again tells no one: its symbol is not named to those who lost it
		catalogue.edit(sam, id,
				new DocumentCatalogue.Edit(null, null, Distribution.RESTRICTED, null, null, null, null));
		assertThat(this.handedOver).hasSize(before + 1);
	}

	private DocumentUploads.Received upload(Participant who, String symbol, String title, String language,
			String text) {
		return this.uploads.receive(who, DocumentUpload.of(symbol, title, language, "paper.txt",
				text.getBytes(StandardCharsets.UTF_8), DocumentFile.Source.API));
	}

	/** What the pipeline's extraction step does, with the text as sent. */
	private void extracted(DocumentFile f) {
		this.documents.recordExtraction(f.id(), 10, false, f.language(), false, null, null,
				f.needsReview() ? DocumentFile.Status.IN_REVIEW : DocumentFile.Status.EXTRACTED, Instant.now());
	}

	private void publish(DocumentUploads.Received r) {
		extracted(r.file());
		Document d = this.documents.findById(r.document().id()).orElseThrow();
		try {
			this.index.indexDocumentFile(r.file().id(), d.id(), r.file().language(), d.title(r.file().language()),
					new String(
							Files.readAllBytes(
									blobDir.resolve(r.file().sha256().substring(0, 2)).resolve(r.file().sha256())),
							StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		this.publishing.publish(r.file().id());
	}

	private static List<String> symbols(List<SearchHit> hits) {
		return hits.stream().map(SearchHit::symbol).distinct().toList();
	}

	private static List<String> languages(List<SearchHit> hits) {
		return hits.stream().map(SearchHit::language).distinct().toList();
	}

	private static Participant participant(String username, Level level, Set<Role> roles, Set<Channel> channels) {
		long id = jdbc.sql("""
				insert into participant (username, display_name, state_code, level, roles, channels, password_hash)
				values (?, ?, 'AUT', ?, ?::text[], ?::text[], 'x') returning id
				""")
			.params(username, username, level.name(),
					"{" + String.join(",", roles.stream().map(Role::name).toList()) + "}",
					"{" + String.join(",", channels.stream().map(Channel::name).toList()) + "}")
			.query(Long.class)
			.single();
		return new Participant(id, username, username, null, null, "AUT", "en", level, roles, channels, true);
	}

}
