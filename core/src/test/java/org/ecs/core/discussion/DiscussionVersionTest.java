package org.ecs.core.discussion;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.ecs.core.comment.CommentStore;
import org.ecs.core.contribution.Contributions;
import org.ecs.core.participant.Channel;
import org.ecs.core.review.ApprovedContribution;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The discussion version on a real PostgreSQL with the real schema (V120's triggers):
 * pages keep rendered comments by it, so it must grow with every change they show and
 * only then.
 */
class DiscussionVersionTest {

	static EmbeddedPostgres postgres;

	static JdbcClient jdbc;

	static Discussions discussions;

	static CommentStore comments;

	static long author;

	static long reviewer;

	@BeforeAll
	static void database() throws IOException {
		postgres = EmbeddedPostgres.start();
		Flyway.configure().dataSource(postgres.getPostgresDatabase()).load().migrate();
		jdbc = JdbcClient.create(postgres.getPostgresDatabase());
		jdbc.sql("insert into state (code, name) values ('AUT', 'Austria'), ('KEN', 'Kenya')").update();
		author = person("alice");
		reviewer = person("cora");
		discussions = new Discussions(jdbc);
		comments = new CommentStore(jdbc, new Contributions(jdbc, new ObjectMapper()));
	}

	@AfterAll
	static void stop() throws IOException {
		postgres.close();
	}

	@Test
	void shouldGrowOnceForEachCommittedCommentAndNotForARepeatedCommit() {
		long d = discussion();
		long before = discussions.version(d);
		ApprovedContribution a = approved(d);
		comments.commit(a);
		long after = discussions.version(d);
		assertThat(after).isGreaterThan(before);
		// committing the same contribution again changes nothing a page shows
		comments.commit(a);
		assertThat(discussions.version(d)).isEqualTo(after);
	}

	@Test
	void shouldGrowOnceForABatchOfCommentsAndOnlyForTheirDiscussions() {
		long d = discussion();
		long other = discussion();
		long otherBefore = discussions.version(other);
		long before = discussions.version(d);
		UUID one = contribution(d);
		UUID two = contribution(d);
		jdbc.sql("""
				insert into comment (contribution_id, discussion_id, author_id, text, channel, received_at)
				values (?, ?, ?, 'one', 'WEB', now()), (?, ?, ?, 'two', 'WEB', now())
				""").params(one, d, author, two, d, author).update();
		assertThat(discussions.version(d)).isEqualTo(before + 1);
		assertThat(discussions.version(other)).isEqualTo(otherBefore);
	}

	@Test
	void shouldGrowWhenTheDiscussionOrACommentChanges() {
		long d = discussion();
		comments.commit(approved(d));
		long v1 = discussions.version(d);
		jdbc.sql("update discussion set title = 'Renamed' where id = ?").param(d).update();
		long v2 = discussions.version(d);
		assertThat(v2).isGreaterThan(v1);
		jdbc.sql("update comment set text = 'corrected' where discussion_id = ?").param(d).update();
		long v3 = discussions.version(d);
		assertThat(v3).isGreaterThan(v2);
		jdbc.sql("delete from comment where discussion_id = ?").param(d).update();
		assertThat(discussions.version(d)).isGreaterThan(v3);
	}

	@Test
	void shouldGrowWhenAPersonNamedOnACommentIsRenamedOrChangesState() {
		long d = discussion();
		long untouched = discussion();
		ApprovedContribution a = approved(d);
		comments.commit(new ApprovedContribution(a.contributionId(), d, author, Channel.WEB, a.receivedAt(), a.text(),
				reviewer, null));
		long v1 = discussions.version(d);
		long u1 = discussions.version(untouched);
		jdbc.sql("update participant set display_name = 'Cora C.' where id = ?").param(reviewer).update();
		long v2 = discussions.version(d);
		assertThat(v2).isGreaterThan(v1);
		jdbc.sql("update participant set state_code = 'KEN' where id = ?").param(author).update();
		long v3 = discussions.version(d);
		assertThat(v3).isGreaterThan(v2);
		// what no page shows (a password, a channel) leaves the version alone
		jdbc.sql("update participant set password_hash = 'y', channels = '{WEB}' where id = ?").param(author).update();
		assertThat(discussions.version(d)).isEqualTo(v3);
		assertThat(discussions.version(untouched)).isEqualTo(u1);
	}

	@Test
	void shouldSayMinusOneForNoDiscussion() {
		assertThat(discussions.version(987_654_321L)).isEqualTo(-1);
	}

	private static ApprovedContribution approved(long discussion) {
		UUID id = contribution(discussion);
		return new ApprovedContribution(id, discussion, author, Channel.WEB, Instant.now(), "A comment.", null, null);
	}

	private static UUID contribution(long discussion) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into contribution (id, channel, discussion_id, author_id, received_at, text, dedupe_key, status)
				values (?, 'WEB', ?, ?, ?, 'A comment.', ?, 'APPROVED')
				""").params(id, discussion, author, Timestamp.from(Instant.now()), "test:" + id).update();
		return id;
	}

	private static long discussion() {
		return jdbc.sql("""
				insert into discussion (title, subject_kind, coordinator_id, opens_at, deadline, review_policy)
				values ('Versions', 'TOPIC', ?, now() - interval '1 day', now() + interval '1 day', 'NONE') returning id
				""").param(reviewer).query(Long.class).single();
	}

	private static long person(String username) {
		return jdbc.sql("""
				insert into participant (username, display_name, state_code, level, roles, channels, password_hash)
				values (?, ?, 'AUT', 'FULL', '{PARTICIPANT}', '{WEB}', 'x') returning id
				""").params(username, username).query(Long.class).single();
	}

}
