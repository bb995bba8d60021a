package org.ecs.core.participant;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The participants database. */
@Repository
public class ParticipantDirectory {

	private static final String COLUMNS = """
			id, username, display_name, email, fax_number, state_code, language, level, roles, channels, active
			""";

	private final JdbcClient jdbc;

	private final PasswordEncoder passwords;

	public ParticipantDirectory(JdbcClient jdbc, PasswordEncoder passwords) {
		this.jdbc = jdbc;
		this.passwords = passwords;
	}

	public Optional<Participant> findById(long id) {
		return this.jdbc.sql("select " + COLUMNS + " from participant where id = ?").param(id).query(ROW).optional();
	}

	/** {@link #findById} for many in one query, by id (the ones that exist). */
	public java.util.Map<Long, Participant> findAll(java.util.Collection<Long> ids) {
		java.util.Map<Long, Participant> found = new java.util.HashMap<>();
		if (!ids.isEmpty()) {
			this.jdbc.sql("select " + COLUMNS + " from participant where id = any(?)")
				.param(ids.toArray(Long[]::new))
				.query(ROW)
				.list()
				.forEach((p) -> found.put(p.id(), p));
		}
		return found;
	}

	public Optional<Participant> findByUsername(String username) {
		return this.jdbc.sql("select " + COLUMNS + " from participant where username = ?")
			.param(username)
			.query(ROW)
			.optional();
	}

	public Optional<Participant> findByEmail(String email) {
		return this.jdbc.sql("select " + COLUMNS + " from participant where lower(email) = lower(?)")
			.param(email)
			.query(ROW)
			.optional();
	}

	public List<Participant> findByFaxNumber(String e164) {
		return this.jdbc.sql("select " + COLUMNS + " from participant where fax_number = ? order by id")
			.param(e164)
			.query(ROW)
			.list();
	}

	public List<Participant> all() {
		return this.jdbc.sql("select " + COLUMNS + " from participant order by display_name").query(ROW).list();
	}

	/** The password hash, for the login of the web module only. */
	public Optional<String> passwordHash(String username) {
		return this.jdbc.sql("select password_hash from participant where username = ? and active")
			.param(username)
			.query(String.class)
			.optional();
	}

	public List<State> states() {
		return this.jdbc.sql("select code, name, kind from state order by name")
			.query((rs, i) -> new State(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	@Transactional
	public void addState(State state) {
		this.jdbc.sql("insert into state (code, name, kind) values (?, ?, ?) on conflict (code) do nothing")
			.params(state.code(), state.name(), state.kind())
			.update();
	}

	@Transactional
	public Participant add(NewParticipant p) {
		long id = this.jdbc.sql("""
				insert into participant (username, display_name, email, fax_number, state_code, language, level,
				                         roles, channels, password_hash)
				values (?, ?, ?, ?, ?, ?, ?, ?::text[], ?::text[], ?)
				returning id
				""")
			.params(p.username(), p.displayName(), p.email(), p.faxNumber(), p.stateCode(), p.language(),
					p.level().name(), pgArray(p.roles()), pgArray(p.channels()), this.passwords.encode(p.rawPassword()))
			.query(Long.class)
			.single();
		return findById(id).orElseThrow();
	}

	@Transactional
	public void updateSettings(long id, String language, Set<Channel> channels) {
		this.jdbc.sql("update participant set language = ?, channels = ?::text[] where id = ?")
			.params(language, pgArray(channels), id)
			.update();
	}

	static String pgArray(Set<? extends Enum<?>> values) {
		return values.stream().map(Enum::name).sorted().collect(Collectors.joining(",", "{", "}"));
	}

	static final RowMapper<Participant> ROW = ParticipantDirectory::map;

	private static Participant map(ResultSet rs, int row) throws SQLException {
		return new Participant(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
				rs.getString("email"), rs.getString("fax_number"), rs.getString("state_code"), rs.getString("language"),
				Level.valueOf(rs.getString("level")), enums(rs.getArray("roles"), Role.class),
				enums(rs.getArray("channels"), Channel.class), rs.getBoolean("active"));
	}

	private static <E extends Enum<E>> Set<E> enums(Array array, Class<E> type) throws SQLException {
		Set<E> set = EnumSet.noneOf(type);
		if (array != null) {
			Arrays.stream((Object[]) array.getArray()).map(v -> Enum.valueOf(type, v.toString())).forEach(set::add);
		}
		return set;
	}

}
