package org.ecs.core.search;

import java.util.ArrayList;
import java.util.List;

import org.ecs.core.document.Documents;
import org.ecs.core.participant.Participant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * One search over documents (every language version), discussions and comments, in the
 * six languages, returning only what the person may read. The query's words are matched
 * in each entry's own language: stemmed by PostgreSQL for English, French, Spanish and
 * Russian (and as typed, through the {@code simple} terms every such entry also carries),
 * analysed by Lucene for Arabic and Chinese.
 */
@Service
public class Search {

	public static final int MAX_QUERY = 200;

	public static final int MAX_RESULTS = 50;

	/** Text shown around the first highlight. */
	static final int SNIPPET_CHARS = 240;

	private final JdbcClient jdbc;

	private final SearchIndex index;

	public Search(JdbcClient jdbc, SearchIndex index) {
		this.jdbc = jdbc;
		this.index = index;
	}

	/**
	 * @param kind only this kind of entry, or {@code null} for all
	 * @param language only entries in this language, or {@code null}
	 */
	public List<SearchHit> search(Participant reader, String query, SearchIndex.Kind kind, String language, int limit) {
		String q = (query == null) ? "" : query.strip();
		if (q.isEmpty() || !reader.active()) {
			return List.of();
		}
		if (q.length() > MAX_QUERY) {
			q = q.substring(0, MAX_QUERY);
		}
		this.index.catchUp();
		String sql = """
				with q as (
				  select websearch_to_tsquery('english', :q) as en, websearch_to_tsquery('french', :q) as fr,
				         websearch_to_tsquery('spanish', :q) as es, websearch_to_tsquery('russian', :q) as ru,
				         websearch_to_tsquery('simple', :q) as s, cast(:ar as tsquery) as ar, cast(:zh as tsquery) as zh)
				select e.kind, e.ref_id, e.document_id, e.discussion_id, e.language, e.title, left(e.body, 30000) as body,
				       doc.symbol, x.title as discussion_title,
				       ts_rank_cd(e.tsv, case e.language when 'en' then q.en || q.s when 'fr' then q.fr || q.s
				                                         when 'es' then q.es || q.s when 'ru' then q.ru || q.s
				                                         when 'ar' then q.ar when 'zh' then q.zh else q.s end) as rank
				from search_entry e cross join q
				left join document doc on doc.id = e.document_id
				left join discussion x on x.id = e.discussion_id
				where ((e.language = 'en' and e.tsv @@ (q.en || q.s)) or (e.language = 'fr' and e.tsv @@ (q.fr || q.s))
				    or (e.language = 'es' and e.tsv @@ (q.es || q.s)) or (e.language = 'ru' and e.tsv @@ (q.ru || q.s))
				    or (e.language = 'ar' and e.tsv @@ q.ar) or (e.language = 'zh' and e.tsv @@ q.zh)
				    or (e.language not in ('en', 'fr', 'es', 'ru', 'ar', 'zh') and e.tsv @@ q.s))
				  and (cast(:kind as text) is null or e.kind = :kind)
				  and (cast(:language as text) is null or e.language = :language)
				  and ((e.kind = 'DOCUMENT'
				        and exists (select 1 from document_file f where f.id = e.ref_id and f.status = 'PUBLISHED')
				        and exists (select 1 from document d where d.id = e.document_id and """
				+ Documents.VISIBLE_TO
				+ """
						))
						  or (e.kind in ('DISCUSSION', 'COMMENT') and exists (
						        select 1 from participant v where v.id = :pid and v.active
						           and (v.roles && '{SECRETARIAT,ADMINISTRATOR}' or x.coordinator_id = v.id
						                or exists (select 1 from discussion_member m where m.discussion_id = x.id and m.participant_id = v.id)))))
						order by rank desc, e.id desc
						limit :limit
						""";
		String text = q;
		return this.jdbc.sql(sql)
			.param("q", q)
			.param("ar", TextAnalysis.tsquery("ar", q))
			.param("zh", TextAnalysis.tsquery("zh", q))
			.param("kind", (kind != null) ? kind.name() : null)
			.param("language", language)
			.param("pid", reader.id())
			.param("limit", Math.max(1, Math.min(limit, MAX_RESULTS)))
			.query((rs, row) -> {
				Number doc = (Number) rs.getObject("document_id");
				Number discussion = (Number) rs.getObject("discussion_id");
				String lang = rs.getString("language");
				return new SearchHit(SearchIndex.Kind.valueOf(rs.getString("kind")), rs.getLong("ref_id"),
						(doc != null) ? doc.longValue() : null, rs.getString("symbol"),
						(discussion != null) ? discussion.longValue() : null, rs.getString("discussion_title"), lang,
						rs.getString("title"), snippet(lang, rs.getString("body"), text), rs.getDouble("rank"));
			})
			.list();
	}

	/**
	 * The text around the first word the query found, the words it found marked: segments
	 * to render each escaped, so nothing in the text can become markup.
	 */
	static List<SearchHit.Segment> snippet(String language, String body, String query) {
		List<TextAnalysis.Term> found = TextAnalysis.matches(language, body, query);
		int first = found.isEmpty() ? 0 : found.get(0).start();
		int start = Math.max(0, first - SNIPPET_CHARS / 3);
		int space = body.lastIndexOf(' ', start);
		if (start > 0 && space >= 0 && start - space < 20) {
			start = space + 1;
		}
		if (start > 0 && start < body.length() && Character.isLowSurrogate(body.charAt(start))) {
			start--;
		}
		int end = Math.min(body.length(), start + SNIPPET_CHARS);
		if (end < body.length() && Character.isHighSurrogate(body.charAt(end - 1))) {
			end++;
		}
		List<SearchHit.Segment> segments = new ArrayList<>();
		if (start > 0) {
			segments.add(new SearchHit.Segment("… ", false));
		}
		int at = start;
		for (TextAnalysis.Term t : found) {
			if (t.start() < at || t.end() > end) {
				continue;
			}
			if (t.start() > at) {
				segments.add(new SearchHit.Segment(body.substring(at, t.start()), false));
			}
			segments.add(new SearchHit.Segment(body.substring(t.start(), t.end()), true));
			at = t.end();
		}
		if (at < end) {
			segments.add(new SearchHit.Segment(body.substring(at, end), false));
		}
		if (end < body.length()) {
			segments.add(new SearchHit.Segment(" …", false));
		}
		return segments;
	}

}
