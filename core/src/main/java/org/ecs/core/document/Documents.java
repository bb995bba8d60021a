package org.ecs.core.document;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ecs.core.discussion.Discussion;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The document catalogue. Who may see a document is one SQL predicate,
 * {@link #VISIBLE_TO}, used by the list, the page, the download and the search alike.
 */
@Repository
public class Documents {

	/**
	 * Whether participant {@code :pid} may see document {@code d}: the secretariat and
	 * administrators always; the uploader always; otherwise only once a file is
	 * published, and then everyone for general distribution (drafts excepted), the
	 * audience of the discussions about it for limited distribution and for drafts,
	 * nobody else for restricted.
	 */
	public static final String VISIBLE_TO = """
			(exists (select 1 from participant v where v.id = :pid and v.active) and (
			  exists (select 1 from participant v where v.id = :pid and v.roles && '{SECRETARIAT,ADMINISTRATOR}')
			  or d.created_by = :pid
			  or (exists (select 1 from document_file pf where pf.document_id = d.id and pf.status = 'PUBLISHED') and (
			        (d.distribution = 'GENERAL' and d.doc_type <> 'DRAFT')
			        or (d.distribution <> 'RESTRICTED' and exists (
			              select 1 from discussion x
			              where (x.subject_ref in (d.symbol, d.parent_symbol)
			                     or exists (select 1 from document_discussion dd where dd.document_id = d.id and dd.discussion_id = x.id))
			                and (x.coordinator_id = :pid
			                     or exists (select 1 from discussion_member m where m.discussion_id = x.id and m.participant_id = :pid))))))))
			""";

	private static final String COLUMNS = """
			d.id, d.symbol, d.series, d.body, d.session, d.kind, d.number, d.suffix, d.parent_symbol, d.doc_type,
			d.distribution, d.issuing_body, d.meeting, d.issued_on, d.agenda_items, d.created_by, d.created_at,
			(select coalesce(json_object_agg(t.language, t.title), '{}') from document_title t where t.document_id = d.id)::text as titles""";

	private static final String FILE_COLUMNS = """
			f.id, f.document_id, f.language, f.file_name, f.media_type, f.size_bytes, f.sha256, f.source, f.uploaded_by,
			p.display_name as uploaded_by_name, f.uploaded_at, f.status, f.needs_review, f.ocr, f.text_chars,
			f.detected_language, f.language_mismatch, f.preview_sha256, f.note, f.published_at""";

	private final JdbcClient jdbc;

	private final com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();

	public Documents(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Document> findById(long id) {
		return this.jdbc.sql("select " + COLUMNS + " from document d where d.id = ?")
			.param(id)
			.query(this::map)
			.optional();
	}

	public Optional<Document> findBySymbol(String symbol) {
		return this.jdbc.sql("select " + COLUMNS + " from document d where d.symbol = ?")
			.param(symbol)
			.query(this::map)
			.optional();
	}

	public boolean visibleTo(long documentId, long participantId) {
		return this.jdbc.sql("select exists (select 1 from document d where d.id = :id and " + VISIBLE_TO + ")")
			.param("id", documentId)
			.param("pid", participantId)
			.query(Boolean.class)
			.single();
	}

	/** The documents this participant may see that pass the filter, in its order. */
	public List<Document> list(long participantId, DocumentFilter filter) {
		StringBuilder sql = new StringBuilder("select " + COLUMNS + " from document d where " + VISIBLE_TO);
		Map<String, Object> params = new HashMap<>();
		params.put("pid", participantId);
		if (filter.symbol() != null && !filter.symbol().isBlank()) {
			sql.append(" and upper(d.symbol) like :symbol escape '\\'");
			params.put("symbol", "%" + likeEscaped(filter.symbol().strip().toUpperCase(java.util.Locale.ROOT)) + "%");
		}
		if (filter.body() != null && !filter.body().isBlank()) {
			sql.append(" and (upper(d.body) = :body or upper(d.issuing_body) = :body)");
			params.put("body", filter.body().strip().toUpperCase(java.util.Locale.ROOT));
		}
		if (filter.meeting() != null && !filter.meeting().isBlank()) {
			sql.append(" and d.meeting ilike :meeting escape '\\'");
			params.put("meeting", "%" + likeEscaped(filter.meeting().strip()) + "%");
		}
		if (filter.type() != null) {
			sql.append(" and d.doc_type = :type");
			params.put("type", filter.type().name());
		}
		if (filter.language() != null) {
			sql.append(" and exists (select 1 from document_file lf where lf.document_id = d.id"
					+ " and lf.language = :language and lf.status = 'PUBLISHED')");
			params.put("language", filter.language());
		}
		if (filter.from() != null) {
			sql.append(" and d.issued_on >= :from");
			params.put("from", Date.valueOf(filter.from()));
		}
		if (filter.to() != null) {
			sql.append(" and d.issued_on <= :to");
			params.put("to", Date.valueOf(filter.to()));
		}
		sql.append(" order by ").append(filter.sort().orderBy()).append(" limit :limit offset :offset");
		params.put("limit", filter.limit());
		params.put("offset", filter.offset());
		return this.jdbc.sql(sql.toString()).params(params).query(this::map).list();
	}

	/** Every file of the document, oldest first per language. */
	public List<DocumentFile> files(long documentId) {
		return this.jdbc.sql("select " + FILE_COLUMNS + """
				 from document_file f left join participant p on p.id = f.uploaded_by
				 where f.document_id = ? order by f.language, f.uploaded_at, f.id
				""").param(documentId).query(FILE_ROW).list();
	}

	public Optional<DocumentFile> file(long fileId) {
		return this.jdbc
			.sql("select " + FILE_COLUMNS
					+ " from document_file f left join participant p on p.id = f.uploaded_by where f.id = ?")
			.param(fileId)
			.query(FILE_ROW)
			.optional();
	}

	/** Files waiting for a secretariat decision, oldest first. */
	public List<DocumentFile> inReview() {
		return this.jdbc.sql("select " + FILE_COLUMNS + """
				 from document_file f left join participant p on p.id = f.uploaded_by
				 where f.status = 'IN_REVIEW' order by f.uploaded_at, f.id
				""").query(FILE_ROW).list();
	}

	/** Discussions about this document: on its symbol, its parent's, or added to. */
	public List<Discussion> relatedDiscussions(Document d) {
		return this.jdbc.sql("""
				select x.id, x.title, x.subject_kind, x.subject_ref, x.description, x.coordinator_id, x.opens_at,
				       x.deadline, x.review_policy
				from discussion x
				where x.subject_ref in (?, ?)
				   or exists (select 1 from document_discussion dd where dd.document_id = ? and dd.discussion_id = x.id)
				order by x.deadline desc
				""")
			.params(d.symbol(), d.parentSymbol() == null ? d.symbol() : d.parentSymbol(), d.id())
			.query((rs, row) -> new Discussion(rs.getLong("id"), rs.getString("title"),
					org.ecs.core.discussion.SubjectKind.valueOf(rs.getString("subject_kind")),
					rs.getString("subject_ref"), rs.getString("description"), rs.getLong("coordinator_id"),
					rs.getTimestamp("opens_at").toInstant(), rs.getTimestamp("deadline").toInstant(),
					org.ecs.core.discussion.ReviewPolicy.valueOf(rs.getString("review_policy"))))
			.list();
	}

	/** A meeting whose agenda names the document, with the item. */
	public record RelatedMeeting(long meetingId, String title, Instant startsAt, int item, String itemTitle,
			boolean cancelled) {
	}

	/** Meetings (not deleted) whose agenda items name this document, soonest first. */
	public List<RelatedMeeting> relatedMeetings(long documentId) {
		return this.jdbc.sql("""
				select m.id, m.title, m.starts_at, a.number, a.title, m.status = 'CANCELLED'
				from meeting_agenda_item a join meeting m on m.id = a.meeting_id
				where ? = any(a.document_ids) and m.deleted_at is null
				order by m.starts_at, a.number
				""")
			.param(documentId)
			.query((rs, i) -> new RelatedMeeting(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
					rs.getInt(4), rs.getString(5), rs.getBoolean(6)))
			.list();
	}

	/** The ids of documents whose symbol is one of these, by symbol (for links). */
	public Map<String, Long> idsBySymbol(List<String> symbols) {
		Map<String, Long> ids = new LinkedHashMap<>();
		if (symbols.isEmpty()) {
			return ids;
		}
		this.jdbc.sql("select symbol, id from document where symbol in (:symbols)")
			.param("symbols", symbols)
			.query((rs, row) -> ids.put(rs.getString("symbol"), rs.getLong("id")))
			.list();
		return ids;
	}

	/** The revisions, corrigenda and addenda of a symbol, and the document it revises. */
	public List<Document> family(Document d) {
		return this.jdbc.sql("select " + COLUMNS
				+ " from document d where (d.parent_symbol = :symbol or d.symbol = :parent) and d.id <> :id order by d.symbol")
			.param("symbol", d.symbol())
			.param("parent", d.parentSymbol() == null ? "" : d.parentSymbol())
			.param("id", d.id())
			.query(this::map)
			.list();
	}

	/** Creates the document if its symbol is new; either way returns its id. */
	long createIfAbsent(DocumentSymbol symbol, DocumentType type, Distribution distribution, String issuingBody,
			String meeting, java.time.LocalDate issuedOn, List<String> agendaItems, long createdBy) {
		this.jdbc.sql("""
				insert into document (symbol, series, body, session, kind, number, suffix, parent_symbol, doc_type,
				                      distribution, issuing_body, meeting, issued_on, agenda_items, created_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::text[], ?)
				on conflict (symbol) do nothing
				""")
			.params(symbol.symbol(), symbol.series(), symbol.body(), symbol.session(), symbol.kind(), symbol.number(),
					symbol.suffix().orElse(null), symbol.parent().orElse(null), type.name(), distribution.name(),
					issuingBody, meeting, (issuedOn != null) ? Date.valueOf(issuedOn) : null, textArray(agendaItems),
					createdBy)
			.update();
		return this.jdbc.sql("select id from document where symbol = ?")
			.param(symbol.symbol())
			.query(Long.class)
			.single();
	}

	void setTitle(long documentId, String language, String title) {
		this.jdbc.sql("""
				insert into document_title (document_id, language, title) values (?, ?, ?)
				on conflict (document_id, language) do update set title = excluded.title
				""").params(documentId, language, title).update();
	}

	void linkDiscussion(long documentId, long discussionId) {
		this.jdbc
			.sql("insert into document_discussion (document_id, discussion_id) values (?, ?) on conflict do nothing")
			.params(documentId, discussionId)
			.update();
	}

	/** A file as catalogued, and whether this call added it. */
	record AddedFile(DocumentFile file, boolean added) {
	}

	/** Adds a file; the same bytes for the same language again changes nothing. */
	AddedFile addFile(long documentId, String language, String fileName, String mediaType, long size, String sha256,
			DocumentFile.Source source, long uploadedBy, boolean needsReview) {
		boolean added = this.jdbc.sql("""
				insert into document_file (document_id, language, file_name, media_type, size_bytes, sha256, source,
				                           uploaded_by, needs_review)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (document_id, language, sha256) do nothing
				""")
			.params(documentId, language, fileName, mediaType, size, sha256, source.name(), uploadedBy, needsReview)
			.update() == 1;
		long id = this.jdbc.sql("select id from document_file where document_id = ? and language = ? and sha256 = ?")
			.params(documentId, language, sha256)
			.query(Long.class)
			.single();
		return new AddedFile(file(id).orElseThrow(), added);
	}

	/**
	 * The file, its row locked until the caller's transaction ends, so that two consumers
	 * of the same message (a redelivery on another instance) do its stage once.
	 */
	public Optional<DocumentFile> lockFile(long fileId) {
		List<Long> ids = this.jdbc.sql("select id from document_file where id = ? for update")
			.param(fileId)
			.query(Long.class)
			.list();
		return ids.isEmpty() ? Optional.empty() : file(fileId);
	}

	/** Files ECS could not read, newest first: kept for the secretariat to inspect. */
	public List<DocumentFile> unreadable(int limit) {
		return this.jdbc.sql("select " + FILE_COLUMNS + """
				 from document_file f left join participant p on p.id = f.uploaded_by
				 where f.unreadable order by f.uploaded_at desc, f.id desc limit ?
				""").param(limit).query(FILE_ROW).list();
	}

	/**
	 * A file that could not be read is refused with the reason, and kept.
	 * @return true when this call refused it
	 */
	public boolean markUnreadable(long fileId, String reason, Instant at) {
		return this.jdbc.sql("""
				update document_file set status = 'REJECTED', unreadable = true, extracted_at = ?, text_chars = 0,
				       note = ?
				where id = ? and status = 'RECEIVED'
				""").params(Timestamp.from(at), reason, fileId).update() == 1;
	}

	public void recordExtraction(long fileId, int textChars, boolean ocr, String detectedLanguage, boolean mismatch,
			String previewSha256, String note, DocumentFile.Status next, Instant at) {
		this.jdbc.sql("""
				update document_file set status = ?, extracted_at = ?, text_chars = ?, ocr = ?, detected_language = ?,
				       language_mismatch = ?, preview_sha256 = ?, note = ?
				where id = ? and status = 'RECEIVED'
				""")
			.params(next.name(), Timestamp.from(at), textChars, ocr, detectedLanguage, mismatch, previewSha256, note,
					fileId)
			.update();
	}

	/**
	 * @return true when this call published it (a second call changes nothing)
	 */
	boolean markPublished(long fileId, Instant at) {
		return this.jdbc.sql("""
				update document_file set status = 'PUBLISHED', published_at = ?
				where id = ? and status in ('EXTRACTED', 'APPROVED')
				""").params(Timestamp.from(at), fileId).update() == 1;
	}

	/**
	 * @return true when this call approved it (a second call changes nothing)
	 */
	boolean markApproved(long fileId, long reviewedBy) {
		return this.jdbc.sql("""
				update document_file set status = 'APPROVED', reviewed_by = ?
				where id = ? and status = 'IN_REVIEW'
				""").params(reviewedBy, fileId).update() == 1;
	}

	/** Who decided on the file, if a person did. */
	Optional<Long> reviewer(long fileId) {
		return this.jdbc.sql("select reviewed_by from document_file where id = ? and reviewed_by is not null")
			.param(fileId)
			.query(Long.class)
			.optional();
	}

	boolean markRejected(long fileId, long reviewedBy, String reason) {
		return this.jdbc.sql("""
				update document_file set status = 'REJECTED', reviewed_by = ?, note = ?
				where id = ? and status = 'IN_REVIEW'
				""").params(reviewedBy, reason, fileId).update() == 1;
	}

	/** How many files of this document, and of this language, were published before. */
	int publishedCount(long documentId, String language) {
		return this.jdbc.sql("""
				select count(*) from document_file where document_id = ? and status = 'PUBLISHED'
				       and (cast(? as text) is null or language = ?)
				""").params(documentId, language, language).query(Integer.class).single();
	}

	private Document map(ResultSet rs, int row) throws SQLException {
		Array agenda = rs.getArray("agenda_items");
		Map<String, String> titles;
		try {
			titles = this.json.readValue(rs.getString("titles"),
					new com.fasterxml.jackson.core.type.TypeReference<Map<String, String>>() {
					});
		}
		catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
			throw new SQLException("Unreadable titles", ex);
		}
		Date issued = rs.getDate("issued_on");
		Number createdBy = (Number) rs.getObject("created_by");
		return new Document(rs.getLong("id"), rs.getString("symbol"), rs.getString("series"), rs.getString("body"),
				rs.getString("session"), rs.getString("kind"), rs.getString("number"), rs.getString("suffix"),
				rs.getString("parent_symbol"), DocumentType.valueOf(rs.getString("doc_type")),
				Distribution.valueOf(rs.getString("distribution")), rs.getString("issuing_body"),
				rs.getString("meeting"), (issued != null) ? issued.toLocalDate() : null,
				(agenda == null) ? List.of()
						: Arrays.stream((Object[]) agenda.getArray()).map(Object::toString).toList(),
				(createdBy != null) ? createdBy.longValue() : null, rs.getTimestamp("created_at").toInstant(), titles);
	}

	static final RowMapper<DocumentFile> FILE_ROW = (rs, row) -> {
		Number uploadedBy = (Number) rs.getObject("uploaded_by");
		Number chars = (Number) rs.getObject("text_chars");
		Timestamp published = rs.getTimestamp("published_at");
		return new DocumentFile(rs.getLong("id"), rs.getLong("document_id"), rs.getString("language"),
				rs.getString("file_name"), rs.getString("media_type"), rs.getLong("size_bytes"),
				rs.getString("sha256").strip(), DocumentFile.Source.valueOf(rs.getString("source")),
				(uploadedBy != null) ? uploadedBy.longValue() : null, rs.getString("uploaded_by_name"),
				rs.getTimestamp("uploaded_at").toInstant(), DocumentFile.Status.valueOf(rs.getString("status")),
				rs.getBoolean("needs_review"), rs.getBoolean("ocr"), (chars != null) ? chars.intValue() : null,
				rs.getString("detected_language"), rs.getBoolean("language_mismatch"),
				(rs.getString("preview_sha256") != null) ? rs.getString("preview_sha256").strip() : null,
				rs.getString("note"), (published != null) ? published.toInstant() : null);
	};

	private static String likeEscaped(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	static String textArray(List<String> items) {
		List<String> quoted = new ArrayList<>();
		for (String item : items) {
			quoted.add('"' + item.replace("\\", "\\\\").replace("\"", "\\\"") + '"');
		}
		return "{" + String.join(",", quoted) + "}";
	}

}
