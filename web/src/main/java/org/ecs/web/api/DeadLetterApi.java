package org.ecs.web.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.ecs.core.deadletter.DeadLetter;
import org.ecs.core.deadletter.DeadLetters;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Administrators only (the security chain says so). */
@RestController
@RequestMapping("/api/v1/dead-letters")
class DeadLetterApi {

	static final int MAX_LIMIT = 1000;

	private final DeadLetters deadLetters;

	DeadLetterApi(DeadLetters deadLetters) {
		this.deadLetters = deadLetters;
	}

	@GetMapping
	List<DeadLetter> list(@RequestParam(defaultValue = "200") int limit) {
		return this.deadLetters.list(Math.max(1, Math.min(limit, MAX_LIMIT)));
	}

	@PostMapping("/replay")
	Replayed replay(@Valid @RequestBody Replay replay) {
		if (!this.deadLetters.replay(replay.queue(), replay.messageId())) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND,
					"No such dead letter: it was replayed already or never existed.");
		}
		return new Replayed(replay.queue(), replay.messageId(), true);
	}

	record Replay(@NotBlank String queue, @NotBlank String messageId) {
	}

	record Replayed(String queue, String messageId, boolean replayed) {
	}

}
