package org.ecs.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.ecs.core.participant.Channel;
import org.ecs.core.participant.Level;
import org.ecs.core.participant.Participant;
import org.ecs.core.participant.Role;
import org.ecs.core.search.Search;
import org.ecs.core.search.SearchHit;
import org.ecs.core.search.SearchIndex;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Search quality and speed on a test set of our own, on a real (embedded) PostgreSQL with
 * ECS's schema:
 * <ul>
 * <li>for each of the six languages, topic documents each holding one topic word in one
 * form (an inflected Russian noun, a French or Spanish plural, an Arabic word with the
 * article, a Chinese phrase inside a sentence), among filler documents in the same
 * language;</li>
 * <li>queries for each topic in another form (the singular, without the article, the
 * Chinese phrase typed without spaces) and in the same form;</li>
 * <li>recall@10 and MRR per language for ECS's search ({@link Search}: PostgreSQL
 * stemming for en/fr/es/ru, Lucene's analysers for ar/zh) and for the baseline, the same
 * documents searched with PostgreSQL's {@code simple} configuration;</li>
 * <li>p50/p99 latency of ECS's search (access rules included) over all queries, with the
 * index filled to the number of documents asked for.</li>
 * </ul>
 * Run: {@code ./mvnw -o -Pbench -pl bench -am verify -DskipTests -Dbench=SearchBench
 * -Dbench.args="<documents>"} (default 10000).
 */
public final class SearchBench {

	/**
	 * Per language: topic words as written in the document, and as queried (another
	 * form).
	 */
	static final Map<String, String[][]> TOPICS = new LinkedHashMap<>();

	static {
		TOPICS.put("en",
				new String[][] { { "stations", "station" }, { "calibrated", "calibration" }, { "sensors", "sensor" },
						{ "measurements", "measurement" }, { "arrays", "array" }, { "inspections", "inspection" },
						{ "laboratories", "laboratory" }, { "detections", "detection" } });
		TOPICS.put("fr",
				new String[][] { { "stations", "station" }, { "étalonnages", "étalonnage" }, { "capteurs", "capteur" },
						{ "mesures", "mesure" }, { "inspections", "inspection" }, { "laboratoires", "laboratoire" },
						{ "détections", "détection" }, { "installations", "installation" } });
		TOPICS.put("es",
				new String[][] { { "estaciones", "estación" }, { "calibraciones", "calibración" },
						{ "sensores", "sensor" }, { "mediciones", "medición" }, { "inspecciones", "inspección" },
						{ "laboratorios", "laboratorio" }, { "detecciones", "detección" },
						{ "instalaciones", "instalación" } });
		TOPICS.put("ru",
				new String[][] { { "станциях", "станция" }, { "калибровки", "калибровка" }, { "датчиками", "датчик" },
						{ "измерений", "измерение" }, { "инспекциях", "инспекция" }, { "лабораториями", "лаборатория" },
						{ "обнаружения", "обнаружение" }, { "установках", "установка" } });
		TOPICS.put("ar",
				new String[][] { { "المحطة", "محطة" }, { "المعايرة", "معايرة" }, { "الأجهزة", "أجهزة" },
						{ "القياسات", "قياسات" }, { "التفتيش", "تفتيش" }, { "المختبر", "مختبر" }, { "الكشف", "كشف" },
						{ "المنشأة", "منشأة" } });
		TOPICS.put("zh", new String[][] { { "放射性核素监测站", "放射性核素监测站" }, { "水声台站", "水声台站" }, { "次声阵列", "次声阵列" },
				{ "现场视察", "现场视察" }, { "实验室认证", "实验室认证" }, { "地震台网", "地震台网" }, { "数据传输", "数据传输" }, { "校准程序", "校准程序" } });
	}

	/** Filler sentences per language, none holding a topic word. */
	static final Map<String, String> FILLER = Map.of("en",
			"The commission noted the report of the working group and decided to consider the item at its next session",
			"fr",
			"La commission a pris note du rapport du groupe de travail et a décidé d'examiner la question à sa prochaine session",
			"es",
			"La comisión tomó nota del informe del grupo de trabajo y decidió examinar el tema en su próximo período de sesiones",
			"ru",
			"Комиссия приняла к сведению доклад рабочей группы и постановила рассмотреть этот пункт на следующей сессии",
			"ar", "أحاطت اللجنة علما بتقرير الفريق العامل وقررت النظر في البند في دورتها المقبلة", "zh",
			"委员会注意到工作组的报告并决定在下届会议上审议该项目");

	private SearchBench() {
	}

	public static void main(String[] args) throws Exception {
		String[] a = (args.length == 1) ? args[0].trim().split("\\s+") : args;
		int total = (a.length > 0 && !a[0].isBlank()) ? Integer.parseInt(a[0]) : 10_000;
		try (EmbeddedPostgres postgres = EmbeddedPostgres.start()) {
			Flyway.configure().dataSource(postgres.getPostgresDatabase()).load().migrate();
			JdbcClient jdbc = JdbcClient.create(postgres.getPostgresDatabase());
			jdbc.sql("insert into state (code, name) values ('PTS', 'Secretariat')").update();
			long staff = jdbc.sql("""
					insert into participant (username, display_name, state_code, level, roles, channels, password_hash)
					values ('sam', 'Sam', 'PTS', 'FULL', '{PARTICIPANT}', '{WEB}', 'x') returning id
					""").query(Long.class).single();
			// an ordinary reader: every result passes the access rules, as in real use
			Participant reader = new Participant(staff, "sam", "Sam", null, null, "PTS", "en", Level.FULL,
					Set.of(Role.PARTICIPANT), Set.of(Channel.WEB), true);
			SearchIndex index = new SearchIndex(jdbc);
			Search search = new Search(jdbc, index);
			Random random = new Random(42);
			Map<String, Long> relevant = new LinkedHashMap<>();
			long started = System.nanoTime();
			int n = 0;
			for (var language : TOPICS.entrySet()) {
				for (String[] topic : language.getValue()) {
					String text = sentence(language.getKey(), random) + " " + topic[0] + " "
							+ sentence(language.getKey(), random);
					relevant.put(language.getKey() + "|" + topic[0],
							add(jdbc, index, staff, n++, language.getKey(), text));
				}
			}
			List<String> languages = new ArrayList<>(TOPICS.keySet());
			while (n < total) {
				String language = languages.get(n % languages.size());
				add(jdbc, index, staff, n++, language, sentence(language, random) + " " + sentence(language, random));
			}
			jdbc.sql("analyze").update();
			System.out.printf(Locale.ROOT, "%d documents indexed in %.1f s%n", n, (System.nanoTime() - started) / 1e9);
			System.out.println("language  queries  recall@10 ECS  MRR ECS  recall@10 simple  MRR simple");
			List<Long> latencies = new ArrayList<>();
			for (var language : TOPICS.entrySet()) {
				double[] ecs = new double[2];
				double[] simple = new double[2];
				int queries = 0;
				for (String[] topic : language.getValue()) {
					long want = relevant.get(language.getKey() + "|" + topic[0]);
					for (String q : (topic[0].equals(topic[1]) ? List.of(topic[1]) : List.of(topic[1], topic[0]))) {
						long t0 = System.nanoTime();
						List<SearchHit> hits = search.search(reader, q, SearchIndex.Kind.DOCUMENT, null, 10);
						latencies.add(System.nanoTime() - t0);
						score(hits.stream().map(SearchHit::documentId).toList(), want, ecs);
						score(simple(jdbc, q), want, simple);
						queries++;
					}
				}
				System.out.printf(Locale.ROOT, "%-8s  %7d  %13.2f  %7.2f  %16.2f  %10.2f%n", language.getKey(), queries,
						ecs[0] / queries, ecs[1] / queries, simple[0] / queries, simple[1] / queries);
			}
			// a second round for timing only, with the caches warm
			latencies.clear();
			for (int round = 0; round < 5; round++) {
				for (var language : TOPICS.entrySet()) {
					for (String[] topic : language.getValue()) {
						long t0 = System.nanoTime();
						search.search(reader, topic[1], null, null, 20);
						latencies.add(System.nanoTime() - t0);
					}
				}
			}
			long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
			System.out.printf(Locale.ROOT,
					"search over %d documents: %d queries, p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", n, sorted.length,
					sorted[sorted.length / 2] / 1e6, sorted[(int) Math.ceil(sorted.length * 0.99) - 1] / 1e6,
					sorted[sorted.length - 1] / 1e6);
		}
	}

	private static long add(JdbcClient jdbc, SearchIndex index, long staff, int n, String language, String text) {
		long id = jdbc.sql("""
				insert into document (symbol, series, body, doc_type, distribution, created_by)
				values (?, 'CTBT', 'BENCH', 'OFFICIAL', 'GENERAL', ?) returning id
				""").params("CTBT/BENCH/" + (n + 1), staff).query(Long.class).single();
		long file = jdbc.sql("""
				insert into document_file (document_id, language, file_name, media_type, size_bytes, sha256, source,
				                           uploaded_by, status, published_at)
				values (?, ?, 'bench.txt', 'text/plain', ?, ?, 'API', ?, 'PUBLISHED', now()) returning id
				""").params(id, language, text.length(), String.format("%064x", n), staff).query(Long.class).single();
		index.indexDocumentFile(file, id, language, "Document " + (n + 1), text);
		return id;
	}

	/**
	 * The baseline: the same bodies, PostgreSQL's simple configuration, ranked by
	 * ts_rank.
	 */
	private static List<Long> simple(JdbcClient jdbc, String q) {
		return jdbc.sql("""
				select e.document_id from search_entry e
				where to_tsvector('simple', e.body) @@ plainto_tsquery('simple', ?)
				order by ts_rank(to_tsvector('simple', e.body), plainto_tsquery('simple', ?)) desc, e.id limit 10
				""").params(q, q).query(Long.class).list();
	}

	private static void score(List<Long> ranked, long want, double[] sums) {
		int rank = ranked.indexOf(want);
		if (rank >= 0) {
			sums[0] += 1;
			sums[1] += 1.0 / (rank + 1);
		}
	}

	/** A filler sentence: words of the language's filler, shuffled, with a number. */
	static String sentence(String language, Random random) {
		List<String> words = new ArrayList<>(Arrays.asList(FILLER.get(language).split(" ")));
		if (words.size() == 1) {
			// Chinese: shuffle clauses of a few characters instead of words
			String s = words.get(0);
			words.clear();
			for (int i = 0; i < s.length(); i += 3) {
				words.add(s.substring(i, Math.min(s.length(), i + 3)));
			}
			java.util.Collections.shuffle(words, random);
			return String.join("", words) + "，第" + random.nextInt(1000) + "号。";
		}
		java.util.Collections.shuffle(words, random);
		return String.join(" ", words) + " " + random.nextInt(1000) + ".";
	}

}
