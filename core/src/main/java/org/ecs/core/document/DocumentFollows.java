package org.ecs.core.document;

import java.util.List;
import java.util.Locale;

import org.ecs.core.participant.Participant;
import org.ecs.core.text.InputText;
import org.ecs.core.text.Said;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Who follows which body or meeting, to hear of their new documents. Following nothing
 * means hearing of every document one may see; following something narrows the "new
 * document" notices to the bodies and meetings followed (and the documents of one's
 * discussions, which one always hears of).
 */
@Repository
public class DocumentFollows {

	public enum Kind {

		BODY, MEETING

	}

	/** One thing followed. */
	public record Follow(Kind kind, String value) {
	}

	private final JdbcClient jdbc;

	public DocumentFollows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @throws DocumentRefusedException when the name is empty, too long or holds control
	 * characters
	 */
	public void follow(Participant p, Kind kind, String value) {
		String v = normalise(kind, value);
		if (v.isEmpty() || v.length() > 100) {
			throw new DocumentRefusedException(DocumentRefusedException.Kind.INVALID, Said
				.said("problem.document.follow", "Name the body or meeting to follow, in under 100 characters.", 100));
		}
		InputText.said("name", v).ifPresent((problem) -> {
			throw new DocumentRefusedException(DocumentRefusedException.Kind.INVALID, problem);
		});
		this.jdbc
			.sql("insert into document_follow (participant_id, kind, value) values (?, ?, ?) on conflict do nothing")
			.params(p.id(), kind.name(), v)
			.update();
	}

	public void unfollow(Participant p, Kind kind, String value) {
		this.jdbc.sql("delete from document_follow where participant_id = ? and kind = ? and upper(value) = upper(?)")
			.params(p.id(), kind.name(), normalise(kind, value))
			.update();
	}

	public List<Follow> of(long participantId) {
		return this.jdbc.sql("select kind, value from document_follow where participant_id = ? order by kind, value")
			.param(participantId)
			.query((rs, i) -> new Follow(Kind.valueOf(rs.getString(1)), rs.getString(2)))
			.list();
	}

	public boolean follows(long participantId, Kind kind, String value) {
		return value != null && this.jdbc
			.sql("""
					select exists (select 1 from document_follow where participant_id = ? and kind = ? and upper(value) = upper(?))
					""")
			.params(participantId, kind.name(), value.strip())
			.query(Boolean.class)
			.single();
	}

	/**
	 * Whether anyone follows anything (if not, every notice goes to everyone as before).
	 */
	boolean anyone() {
		return this.jdbc.sql("select exists (select 1 from document_follow)").query(Boolean.class).single();
	}

	/**
	 * Active participants who hear of a new general document of this body and meeting:
	 * those who follow nothing, and those who follow the body (of the symbol or the
	 * issuing body) or the meeting.
	 */
	List<Long> audienceOf(Document d) {
		return this.jdbc.sql("""
				select p.id from participant p where p.active and (
				  not exists (select 1 from document_follow f where f.participant_id = p.id)
				  or exists (select 1 from document_follow f where f.participant_id = p.id and (
				       (f.kind = 'BODY' and upper(f.value) in (upper(?), upper(coalesce(?, ''))))
				       or (f.kind = 'MEETING' and upper(f.value) = upper(coalesce(?, ''))))))
				order by p.id
				""").params(d.body(), d.issuingBody(), d.meeting()).query(Long.class).list();
	}

	private static String normalise(Kind kind, String value) {
		String v = (value == null) ? "" : value.strip().replaceAll("\\s+", " ");
		return (kind == Kind.BODY) ? v.toUpperCase(Locale.ROOT) : v;
	}

}
