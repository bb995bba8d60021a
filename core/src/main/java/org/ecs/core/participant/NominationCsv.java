package org.ecs.core.participant;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.ecs.core.text.Said;

/**
 * Many nominations at once: a CSV with a header row naming its columns (any order, any
 * case): {@code name} and {@code level} always, {@code email} and/or {@code fax}, and
 * optionally {@code title}, {@code phone}, {@code language}, {@code languages},
 * {@code expertise} (lists separated by ; or |), {@code time_zone}, {@code username},
 * {@code state}. Comma or semicolon separated (whichever the header uses), UTF-8 with or
 * without a byte order mark.
 */
public final class NominationCsv {

	public static final int MAX_ROWS = 1_000;

	/** Two million characters: 2 MB of plain text, far more than a thousand people. */
	static final int MAX_CHARACTERS = 2_000_000;

	static final Set<String> COLUMNS = Set.of("name", "level", "email", "fax", "title", "phone", "language",
			"languages", "expertise", "time_zone", "username", "state");

	private NominationCsv() {
	}

	/**
	 * The rows of the file, each with what is wrong with it on its own.
	 * @throws ParticipantRefusedException invalid when the file as a whole cannot be read
	 */
	public static List<Row> read(Reader reader) {
		try {
			String text = slurp(reader);
			if (text.startsWith("\uFEFF")) {
				text = text.substring(1);
			}
			String header = text.lines().findFirst().orElse("");
			char delimiter = (header.chars().filter((c) -> c == ';').count() > header.chars()
				.filter((c) -> c == ',')
				.count()) ? ';' : ',';
			CSVFormat format = CSVFormat.DEFAULT.builder()
				.setDelimiter(delimiter)
				.setHeader()
				.setSkipHeaderRecord(true)
				.setIgnoreEmptyLines(true)
				.setTrim(true)
				.get();
			try (CSVParser parser = CSVParser.parse(text, format)) {
				Map<String, String> columns = new LinkedHashMap<>();
				for (String name : parser.getHeaderNames()) {
					String key = name.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
					if (!COLUMNS.contains(key)) {
						String known = String.join(", ", COLUMNS.stream().sorted().toList());
						throw ParticipantRefusedException.invalidSaid(List.of(Said.said("problem.csv.column",
								"file: unknown column \"" + name + "\"; the columns are " + known + ".", name, known)));
					}
					columns.put(key, name);
				}
				if (!columns.containsKey("name") || !columns.containsKey("level")) {
					throw ParticipantRefusedException.invalidSaid(List.of(Said.said("problem.csv.header",
							"file: the first line must name the columns, at least name and level.")));
				}
				List<Row> rows = new ArrayList<>();
				for (CSVRecord record : parser) {
					if (rows.size() >= MAX_ROWS) {
						throw ParticipantRefusedException.invalidSaid(List.of(Said.said("problem.csv.many",
								"file: at most " + MAX_ROWS + " people at once.", MAX_ROWS)));
					}
					rows.add(row(record, columns));
				}
				if (rows.isEmpty()) {
					throw ParticipantRefusedException
						.invalidSaid(List.of(Said.said("problem.csv.empty", "file: there is nobody in it.")));
				}
				return rows;
			}
		}
		catch (IOException | IllegalArgumentException | IllegalStateException | UncheckedIOException ex) {
			// the parser's own words stay in the English (the API, the log); pages say
			// what
			// to do about it
			throw ParticipantRefusedException.invalidSaid(List
				.of(Said.said("problem.csv.unreadable", "file: not a readable CSV (" + ex.getMessage() + ").")));
		}
	}

	private static Row row(CSVRecord record, Map<String, String> columns) {
		long line = record.getRecordNumber() + 1;
		String levelText = value(record, columns, "level");
		List<Said> problems = new ArrayList<>();
		Level level = null;
		if (levelText != null) {
			try {
				level = Level.valueOf(levelText.strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				problems.add(Said.said("problem.nominee.level-unknown",
						"level: " + levelText + " is neither FULL nor MONITORING.", levelText));
			}
		}
		Nominee n = new Nominee(value(record, columns, "name"), value(record, columns, "title"),
				value(record, columns, "email"), value(record, columns, "fax"), value(record, columns, "phone"),
				value(record, columns, "state"), level, value(record, columns, "language"),
				Nominee.split(value(record, columns, "languages")), Nominee.split(value(record, columns, "expertise")),
				value(record, columns, "time_zone"), value(record, columns, "username"));
		if (problems.isEmpty() || level != null) {
			problems.addAll(n.said());
		}
		else {
			n.said().stream().filter((p) -> !p.key().equals("problem.nominee.level")).forEach(problems::add);
		}
		return new Row(line, n, problems);
	}

	private static String value(CSVRecord record, Map<String, String> columns, String key) {
		String header = columns.get(key);
		return (header != null && record.isSet(header)) ? record.get(header) : null;
	}

	private static String slurp(Reader reader) throws IOException {
		StringBuilder text = new StringBuilder();
		char[] buffer = new char[8192];
		for (int n; (n = reader.read(buffer)) != -1;) {
			text.append(buffer, 0, n);
			if (text.length() > MAX_CHARACTERS) {
				throw ParticipantRefusedException.invalidSaid(List.of(Said.said("problem.csv.large",
						"file: not a readable CSV (larger than 2 MB).", MAX_CHARACTERS / 1_000_000)));
			}
		}
		return text.toString();
	}

	/** One line of the file, as read, with what is wrong with it (each with its key). */
	public record Row(long line, Nominee nominee, List<Said> said) {

		public Row {
			said = List.copyOf(said);
		}

		/** The problems in English. */
		public List<String> problems() {
			return this.said.stream().map(Said::english).toList();
		}

	}

	/**
	 * What became of one line: accepted (the nominee's id and username) or refused, why:
	 * the reason in English, and as sentences with their keys for pages ({@code said}
	 * empty when only the English is known).
	 */
	public record RowOutcome(long line, String name, String email, boolean accepted, Long participantId,
			String username, String reason, List<Said> said) {

		public RowOutcome {
			said = (said == null) ? List.of() : List.copyOf(said);
		}

		public RowOutcome(long line, String name, String email, boolean accepted, Long participantId, String username,
				String reason) {
			this(line, name, email, accepted, participantId, username, reason, List.of());
		}

		static RowOutcome accepted(Row row, ParticipantProfile p) {
			return new RowOutcome(row.line(), row.nominee().displayName(), row.nominee().email(), true, p.id(),
					p.person().username(), null);
		}

		static RowOutcome refused(Row row, String reason, List<Said> said) {
			return new RowOutcome(row.line(), row.nominee().displayName(), row.nominee().email(), false, null, null,
					reason, said);
		}

	}

}
