package org.ecs.core.document;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.ecs.core.participant.Participant;
import org.ecs.core.text.InputText;
import org.ecs.core.text.Said;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretariat's edits of a catalogue entry: titles per language, type, distribution,
 * issuing body, meeting, date of issue and agenda items. The symbol stays (it is what the
 * document is). Every field that changes is kept in the document's history with its old
 * and new value, who changed it and when; an edit that changes nothing records nothing.
 */
@Service
public class DocumentCatalogue {

	private final Documents documents;

	private final JdbcClient jdbc;

	private final DocumentPublishing publishing;

	public DocumentCatalogue(Documents documents, JdbcClient jdbc, DocumentPublishing publishing) {
		this.documents = documents;
		this.jdbc = jdbc;
		this.publishing = publishing;
	}

	/**
	 * The entry as the secretariat wants it; null for a field means "as it is".
	 *
	 * @param titles a title per language; a blank title removes that language's title
	 */
	public record Edit(Map<String, String> titles, DocumentType type, Distribution distribution, String issuingBody,
			String meeting, LocalDate issuedOn, List<String> agendaItems) {
	}

	/** One change of the history. */
	public record Change(String field, String oldValue, String newValue, String changedByName, Instant changedAt) {
	}

	/**
	 * @return the changes made (empty when the edit changed nothing)
	 * @throws DocumentRefusedException who may not, no such document, or a field refused
	 */
	@Transactional
	public List<Change> edit(Participant editor, long documentId, Edit edit) {
		if (!DocumentAccess.managesDocuments(editor)) {
			throw new DocumentRefusedException(DocumentRefusedException.Kind.FORBIDDEN,
					"Only the secretariat edits the catalogue.");
		}
		Document d = this.documents.findById(documentId)
			.orElseThrow(
					() -> new DocumentRefusedException(DocumentRefusedException.Kind.NOT_FOUND, "No such document."));
		List<Said> problems = new ArrayList<>();
		Map<String, String> titles = new LinkedHashMap<>();
		if (edit.titles() != null) {
			edit.titles().forEach((language, title) -> {
				if (DocumentLanguage.parse(language).isEmpty()) {
					String all = String.join(", ", DocumentLanguage.ALL);
					problems.add(Said.said("problem.catalogue.title-language",
							"title: " + language + " is not one of " + all + ".", language, all));
					return;
				}
				String t = (title == null) ? "" : title.strip().replaceAll("\\s+", " ");
				if (t.length() > DocumentUploads.MAX_TITLE) {
					problems.add(Said.said("problem.catalogue.title-long",
							"title (" + language + "): keep it under " + DocumentUploads.MAX_TITLE + " characters.",
							language, DocumentUploads.MAX_TITLE));
				}
				InputText.said("title (" + language + ")", t).ifPresent(problems::add);
				titles.put(language, t);
			});
			boolean anyLeft = DocumentLanguage.ALL.stream()
				.anyMatch((l) -> titles.containsKey(l) ? !titles.get(l).isEmpty() : d.titles().containsKey(l));
			if (!anyLeft) {
				problems.add(Said.said("problem.catalogue.title", "title: a document keeps at least one title."));
			}
		}
		String issuingBody = strip(edit.issuingBody());
		String meeting = strip(edit.meeting());
		for (String[] text : new String[][] { { "issuing body", issuingBody, "body" },
				{ "meeting", meeting, "meeting" } }) {
			if (text[1] != null && text[1].length() > 100) {
				problems.add(Said.said("problem.catalogue." + text[2] + "-long",
						text[0] + ": keep it under 100 characters.", 100));
			}
			InputText.said(text[0], text[1]).ifPresent(problems::add);
		}
		List<String> agenda = (edit.agendaItems() == null) ? null
				: edit.agendaItems().stream().map(String::strip).filter((s) -> !s.isEmpty()).toList();
		if (agenda != null && (agenda.size() > 50 || agenda.stream().anyMatch((s) -> s.length() > 100))) {
			problems.add(Said.said("problem.catalogue.agenda", "agenda items: at most 50, each under 100 characters.",
					50, 100));
		}
		if (agenda != null) {
			agenda.forEach((item) -> InputText.said("agenda items", item).ifPresent(problems::add));
		}
		if (!problems.isEmpty()) {
			throw new DocumentRefusedException(DocumentRefusedException.Kind.INVALID, problems);
		}
		List<String[]> changes = new ArrayList<>();
		titles.forEach((language, title) -> {
			String old = d.titles().get(language);
			if (title.isEmpty() && old != null) {
				this.jdbc.sql("delete from document_title where document_id = ? and language = ?")
					.params(d.id(), language)
					.update();
				changes.add(new String[] { "title." + language, old, null });
			}
			else if (!title.isEmpty() && !title.equals(old)) {
				this.documents.setTitle(d.id(), language, title);
				changes.add(new String[] { "title." + language, old, title });
			}
		});
		if (edit.type() != null && edit.type() != d.type()) {
			update(d.id(), "doc_type", edit.type().name());
			changes.add(new String[] { "type", d.type().name(), edit.type().name() });
		}
		if (edit.distribution() != null && edit.distribution() != d.distribution()) {
			update(d.id(), "distribution", edit.distribution().name());
			changes.add(new String[] { "distribution", d.distribution().name(), edit.distribution().name() });
		}
		if (issuingBody != null && !issuingBody.equals(d.issuingBody())) {
			update(d.id(), "issuing_body", issuingBody.isEmpty() ? null : issuingBody);
			changes.add(new String[] { "issuing body", d.issuingBody(), issuingBody.isEmpty() ? null : issuingBody });
		}
		if (meeting != null && !meeting.equals(Objects.toString(d.meeting(), ""))) {
			update(d.id(), "meeting", meeting.isEmpty() ? null : meeting);
			changes.add(new String[] { "meeting", d.meeting(), meeting.isEmpty() ? null : meeting });
		}
		if (edit.issuedOn() != null && !edit.issuedOn().equals(d.issuedOn())) {
			this.jdbc.sql("update document set issued_on = ? where id = ?")
				.params(Date.valueOf(edit.issuedOn()), d.id())
				.update();
			changes.add(
					new String[] { "date of issue", Objects.toString(d.issuedOn(), null), edit.issuedOn().toString() });
		}
		if (agenda != null && !agenda.equals(d.agendaItems())) {
			this.jdbc.sql("update document set agenda_items = ?::text[] where id = ?")
				.params(Documents.textArray(agenda), d.id())
				.update();
			changes.add(new String[] { "agenda items", String.join(", ", d.agendaItems()), String.join(", ", agenda) });
		}
		for (String[] c : changes) {
			this.jdbc.sql("""
					insert into document_change (document_id, field, old_value, new_value, changed_by)
					values (?, ?, ?, ?, ?)
					""").params(d.id(), c[0], c[1], c[2], editor.id()).update();
		}
		if (edit.distribution() != null && edit.distribution() != d.distribution()) {
			// whoever may read it now and could not before hears of it, in this
			// transaction
			this.publishing.announceDistributionChange(d, this.documents.findById(d.id()).orElseThrow(), editor);
		}
		return changes.isEmpty() ? List.of() : history(d.id()).subList(0, changes.size());
	}

	/** The document's catalogue changes, newest first. */
	public List<Change> history(long documentId) {
		return this.jdbc.sql("""
				select c.field, c.old_value, c.new_value, p.display_name, c.changed_at
				from document_change c join participant p on p.id = c.changed_by
				where c.document_id = ? order by c.changed_at desc, c.id desc
				""")
			.param(documentId)
			.query((rs, i) -> new Change(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getTimestamp(5).toInstant()))
			.list();
	}

	/** Only the columns named here, never one from input. */
	private void update(long documentId, String column, String value) {
		String sql = switch (column) {
			case "doc_type" -> "update document set doc_type = ? where id = ?";
			case "distribution" -> "update document set distribution = ? where id = ?";
			case "issuing_body" -> "update document set issuing_body = ? where id = ?";
			case "meeting" -> "update document set meeting = ? where id = ?";
			default -> throw new IllegalArgumentException(column);
		};
		this.jdbc.sql(sql).params(value, documentId).update();
	}

	private static String strip(String text) {
		return (text == null) ? null : text.strip();
	}

}
