package org.ecs.web.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ecs.core.document.Distribution;
import org.ecs.core.document.DocumentCatalogue;
import org.ecs.core.document.DocumentFollows;
import org.ecs.core.document.DocumentRefusedException;
import org.ecs.core.document.DocumentType;
import org.ecs.core.participant.Participant;
import org.ecs.web.document.DocumentDownloads;
import org.ecs.web.security.CurrentParticipant;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The catalogue as the pages edit it: the secretariat's changes to an entry (each kept in
 * its history), the history itself, and what a person follows (bodies, meetings) to hear
 * of new documents.
 */
@RestController
class DocumentCatalogueApi {

	private final CurrentParticipant current;

	private final DocumentCatalogue catalogue;

	private final DocumentFollows follows;

	private final DocumentDownloads downloads;

	DocumentCatalogueApi(CurrentParticipant current, DocumentCatalogue catalogue, DocumentFollows follows,
			DocumentDownloads downloads) {
		this.current = current;
		this.catalogue = catalogue;
		this.follows = follows;
		this.downloads = downloads;
	}

	/** Fields left out (null) stay as they are; a blank title removes that language's. */
	@PatchMapping("/api/v1/documents/{id}")
	List<Change> edit(@PathVariable long id, @RequestBody CatalogueEdit body) {
		Participant me = this.current.get();
		DocumentCatalogue.Edit edit = new DocumentCatalogue.Edit(body.titles(),
				parse(DocumentType.class, body.type(), "type"),
				parse(Distribution.class, body.distribution(), "distribution"), body.issuingBody(), body.meeting(),
				body.issuedOn(), body.agendaItems());
		return refusedAsError(() -> this.catalogue.edit(me, id, edit)).stream().map(Change::of).toList();
	}

	@GetMapping("/api/v1/documents/{id}/history")
	List<Change> history(@PathVariable long id) {
		Participant me = this.current.get();
		this.downloads.readable(me, id);
		return this.catalogue.history(id).stream().map(Change::of).toList();
	}

	@GetMapping("/api/v1/documents/follows")
	List<Follow> following() {
		return followsOf(this.current.get());
	}

	@PostMapping("/api/v1/documents/follows")
	List<Follow> follow(@RequestBody Follow body) {
		Participant me = this.current.get();
		DocumentFollows.Kind kind = parse(DocumentFollows.Kind.class, body.kind(), "kind");
		if (kind == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "kind: BODY or MEETING.");
		}
		refusedAsError(() -> {
			this.follows.follow(me, kind, body.value());
			return null;
		});
		return followsOf(me);
	}

	@DeleteMapping("/api/v1/documents/follows")
	List<Follow> unfollow(@RequestParam String kind, @RequestParam String value) {
		Participant me = this.current.get();
		DocumentFollows.Kind k = parse(DocumentFollows.Kind.class, kind, "kind");
		if (k == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "kind: BODY or MEETING.");
		}
		this.follows.unfollow(me, k, value);
		return followsOf(me);
	}

	private List<Follow> followsOf(Participant me) {
		return this.follows.of(me.id()).stream().map((f) -> new Follow(f.kind().name(), f.value())).toList();
	}

	private static <T> T refusedAsError(java.util.function.Supplier<T> action) {
		try {
			return action.get();
		}
		catch (DocumentRefusedException ex) {
			throw new ResponseStatusException(DocumentDownloads.status(ex), ex.getMessage());
		}
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value, String name) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, name + ": one of "
					+ java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList() + ".");
		}
	}

	record CatalogueEdit(Map<String, String> titles, String type, String distribution, String issuingBody,
			String meeting, LocalDate issuedOn, List<String> agendaItems) {
	}

	record Change(String field, String oldValue, String newValue, String changedBy, Instant changedAt) {

		static Change of(DocumentCatalogue.Change c) {
			return new Change(c.field(), c.oldValue(), c.newValue(), c.changedByName(), c.changedAt());
		}

	}

	record Follow(String kind, String value) {
	}

}
