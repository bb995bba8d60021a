package org.ecs.core.search;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Keeps {@code search_entry} up to date: a document file when its text is extracted,
 * discussions and comments as they appear (caught up before each search and by the
 * document pipeline's timer). Writing an entry twice replaces it.
 */
@Repository
public class SearchIndex {

	/** Entries caught up per call, so one call stays short. */
	static final int BATCH = 500;

	private final JdbcClient jdbc;

	public SearchIndex(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** What an entry is. */
	public enum Kind {

		DOCUMENT, DISCUSSION, COMMENT

	}

	/**
	 * Indexes one file of a document with its extracted text in the declared language.
	 */
	public void indexDocumentFile(long fileId, long documentId, String language, String title, String text) {
		write(Kind.DOCUMENT, fileId, documentId, null, language, title, text);
	}

	/**
	 * Indexes the discussions and comments not yet indexed (up to a batch of each), each
	 * in the language its text reads as.
	 * @return how many were indexed
	 */
	public int catchUp() {
		record Pending(long id, Long discussionId, String title, String text) {
		}
		List<Pending> discussions = this.jdbc.sql("""
				select d.id, d.id as discussion_id, d.title, coalesce(d.subject_ref, '') || ' ' || d.description as text
				from discussion d
				where not exists (select 1 from search_entry e where e.kind = 'DISCUSSION' and e.ref_id = d.id)
				order by d.id limit ?
				""")
			.param(BATCH)
			.query((rs, row) -> new Pending(rs.getLong("id"), rs.getLong("discussion_id"), rs.getString("title"),
					rs.getString("text")))
			.list();
		for (Pending d : discussions) {
			String language = LanguageGuess.of(d.title() + "\n" + d.text()).orElse("simple");
			write(Kind.DISCUSSION, d.id(), null, d.discussionId(), language, d.title(), d.text());
		}
		List<Pending> comments = this.jdbc.sql("""
				select c.id, c.discussion_id, d.title, c.text
				from comment c join discussion d on d.id = c.discussion_id
				where not exists (select 1 from search_entry e where e.kind = 'COMMENT' and e.ref_id = c.id)
				order by c.id limit ?
				""")
			.param(BATCH)
			.query((rs, row) -> new Pending(rs.getLong("id"), rs.getLong("discussion_id"), rs.getString("title"),
					rs.getString("text")))
			.list();
		for (Pending c : comments) {
			String language = LanguageGuess.of(c.text()).orElse("simple");
			write(Kind.COMMENT, c.id(), null, c.discussionId(), language, c.title(), c.text());
		}
		return discussions.size() + comments.size();
	}

	private void write(Kind kind, long refId, Long documentId, Long discussionId, String language, String title,
			String text) {
		String body = (text == null) ? "" : text;
		if (body.length() > TextAnalysis.MAX_INDEXED_CHARS) {
			body = body.substring(0, TextAnalysis.MAX_INDEXED_CHARS);
		}
		// PostgreSQL rejects NUL characters in text
		body = body.replace('\0', ' ');
		String t = (title == null) ? "" : title.replace('\0', ' ');
		if (TextAnalysis.analysedByLucene(language)) {
			List<TextAnalysis.Term> titleTerms = TextAnalysis.terms(language, t);
			String vector = TextAnalysis.tsvector(titleTerms, 1, 'A') + " "
					+ TextAnalysis.tsvector(TextAnalysis.terms(language, body), titleTerms.size() + 2, null);
			this.jdbc.sql("""
					insert into search_entry (kind, ref_id, document_id, discussion_id, language, title, body, tsv)
					values (?, ?, ?, ?, ?, ?, ?, cast(? as tsvector))
					on conflict (kind, ref_id) do update set document_id = excluded.document_id,
					    discussion_id = excluded.discussion_id, language = excluded.language, title = excluded.title,
					    body = excluded.body, tsv = excluded.tsv, indexed_at = now()
					""")
				.params(kind.name(), refId, documentId, discussionId, language, t, body, vector.strip())
				.update();
			return;
		}
		String configuration = TextAnalysis.CONFIGURATIONS.getOrDefault(language, "simple");
		this.jdbc.sql("""
				insert into search_entry (kind, ref_id, document_id, discussion_id, language, title, body, tsv)
				values (:kind, :ref, :document, :discussion, :language, :title, :body,
				        setweight(to_tsvector(cast(:configuration as regconfig), :title), 'A')
				        || to_tsvector(cast(:configuration as regconfig), :body)
				        || setweight(to_tsvector('simple', :title), 'B') || to_tsvector('simple', :body))
				on conflict (kind, ref_id) do update set document_id = excluded.document_id,
				    discussion_id = excluded.discussion_id, language = excluded.language, title = excluded.title,
				    body = excluded.body, tsv = excluded.tsv, indexed_at = now()
				""")
			.param("kind", kind.name())
			.param("ref", refId)
			.param("document", documentId)
			.param("discussion", discussionId)
			.param("language", language)
			.param("title", t)
			.param("body", body)
			.param("configuration", configuration)
			.update();
	}

}
