package org.ecs.core.comment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.ecs.core.blob.BlobStore;
import org.ecs.core.contribution.Attachment;
import org.ecs.core.contribution.ContributionRefusedException;
import org.ecs.core.text.Said;
import org.ecs.core.document.DocumentFormats;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Files that come with a comment: from the web form (checked here: how many, how large,
 * and the format their bytes are, told by Tika as for documents), or from a mail (kept by
 * the mail intake). They travel with the contribution through review and commit, and show
 * under the published comment with their type and size.
 */
@Service
public class CommentAttachments {

	/** At most this many files with one comment. */
	public static final int MAX_FILES = 5;

	private static final TypeReference<List<Attachment>> LIST = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final BlobStore blobs;

	private final DocumentFormats formats;

	private final long maxBytes;

	private final ObjectMapper json = new ObjectMapper();

	public CommentAttachments(JdbcClient jdbc, BlobStore blobs, DocumentFormats formats,
			@Value("${ecs.comments.attachment-max-bytes:10485760}") long maxBytes) {
		this.formats = formats;
		this.jdbc = jdbc;
		this.blobs = blobs;
		this.maxBytes = maxBytes;
	}

	public long maxBytes() {
		return this.maxBytes;
	}

	/** A file as a form sent it: the name its sender gave and its bytes. */
	public record Incoming(String name, byte[] bytes) {
	}

	/**
	 * Checks the files of a comment and keeps them in the blob store (content-addressed,
	 * so a retried post stores nothing twice).
	 * @throws ContributionRefusedException naming every file refused and why
	 */
	public List<Attachment> accept(List<Incoming> files) {
		List<Incoming> sent = files.stream().filter((f) -> f.bytes() != null && f.bytes().length > 0).toList();
		if (sent.size() > MAX_FILES) {
			throw ContributionRefusedException.invalid(List.of(Said.said("problem.comment.files",
					"Attach at most " + MAX_FILES + " files to one comment.", MAX_FILES)));
		}
		List<Said> problems = new ArrayList<>();
		Map<Incoming, String> types = new LinkedHashMap<>();
		for (Incoming f : sent) {
			String name = DocumentFormats.safeFileName(f.name(), "application/octet-stream");
			if (f.bytes().length > this.maxBytes) {
				long megabytes = this.maxBytes / (1024 * 1024);
				problems.add(Said.said("problem.comment.file-large",
						name + ": larger than the " + megabytes + " MB a file with a comment may be.", name,
						megabytes));
				continue;
			}
			Optional<String> type = this.formats.accepted(f.bytes(), f.name());
			if (type.isEmpty()) {
				String detected = this.formats.detect(f.bytes(), f.name());
				problems.add(Said.said("problem.comment.file-type", name + ": a " + detected
						+ " file is not taken; attach PDF, Word, OpenDocument, RTF, plain text or an image (TIFF, PNG, JPEG).",
						name, detected));
				continue;
			}
			types.put(f, type.get());
		}
		if (!problems.isEmpty()) {
			throw ContributionRefusedException.invalid(problems);
		}
		List<Attachment> kept = new ArrayList<>();
		types.forEach((f, type) -> kept.add(new Attachment(DocumentFormats.safeFileName(f.name(), type), type,
				f.bytes().length, this.blobs.put(f.bytes()))));
		return kept;
	}

	/** The files of each of these published comments, by comment id (none: absent). */
	public Map<Long, List<Attachment>> ofComments(List<Long> commentIds) {
		Map<Long, List<Attachment>> out = new LinkedHashMap<>();
		if (commentIds.isEmpty()) {
			return out;
		}
		this.jdbc.sql("""
				select c.id, k.attachments::text from comment c join contribution k on k.id = c.contribution_id
				where c.id = any(?) and jsonb_array_length(k.attachments) > 0
				""").param(commentIds.toArray(Long[]::new)).query((rs, i) -> {
			out.put(rs.getLong(1), read(rs.getString(2)));
			return null;
		}).list();
		return out;
	}

	/** The files of each of these contributions (as the review console shows them). */
	public Map<UUID, List<Attachment>> ofContributions(List<UUID> contributionIds) {
		Map<UUID, List<Attachment>> out = new LinkedHashMap<>();
		if (contributionIds.isEmpty()) {
			return out;
		}
		this.jdbc.sql("""
				select id, attachments::text from contribution
				where id = any(?) and jsonb_array_length(attachments) > 0
				""").param(contributionIds.toArray(UUID[]::new)).query((rs, i) -> {
			out.put(rs.getObject(1, UUID.class), read(rs.getString(2)));
			return null;
		}).list();
		return out;
	}

	private List<Attachment> read(String text) {
		try {
			return this.json.readValue(text, LIST);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Unreadable attachments", ex);
		}
	}

}
