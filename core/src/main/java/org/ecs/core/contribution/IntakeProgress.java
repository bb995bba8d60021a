package org.ecs.core.contribution;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Long intake work in flight, such as the OCR of a many-page fax, kept in the database so
 * that every instance's coordinators see it: how far it is, and since when.
 */
@Repository
public class IntakeProgress {

	/**
	 * Work not advanced for this long is taken for abandoned (its instance died) and not
	 * shown.
	 */
	static final Duration STALE = Duration.ofMinutes(10);

	private final JdbcClient jdbc;

	public IntakeProgress(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void start(String key, String description, int total) {
		this.jdbc.sql("""
				insert into intake_progress (work_key, description, total) values (?, ?, ?)
				on conflict (work_key) do update set description = excluded.description, total = excluded.total,
				    done = 0, started_at = now(), updated_at = now()
				""").params(key, description, total).update();
	}

	public void advance(String key, int done) {
		this.jdbc.sql("""
				update intake_progress set done = greatest(done, ?), updated_at = now() where work_key = ?
				""").params(done, key).update();
	}

	public void finish(String key) {
		this.jdbc.sql("delete from intake_progress where work_key = ?").param(key).update();
	}

	public List<Work> current() {
		return this.jdbc.sql("""
				select work_key, description, done, total, started_at from intake_progress
				where updated_at > now() - make_interval(secs => ?) order by started_at
				""")
			.param(STALE.toSeconds())
			.query((rs, i) -> new Work(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4),
					rs.getTimestamp(5).toInstant()))
			.list();
	}

	/** One piece of intake work and how far it is. */
	public record Work(String key, String description, int done, int total, Instant startedAt) {
	}

}
