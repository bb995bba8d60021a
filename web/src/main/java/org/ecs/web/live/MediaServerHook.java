package org.ecs.web.live;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.ecs.core.meeting.LiveStreamTokens;
import org.ecs.core.participant.Participant;
import org.ecs.core.participant.ParticipantDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The outside media server's authentication hook (MediaMTX {@code authMethod: http},
 * {@code authHTTPAddress} pointing here): for every reader it posts who asks, for what
 * path and how; ECS answers 200 only to a reader whose token (issued on the meeting's
 * page to a person signed in, for that meeting's path, short-lived) is valid for this
 * very path. Everything else, publishing included, is 401: the media server lets the room
 * encoder publish by its own settings. It lives outside the page packages: nobody is
 * signed in when the media server calls.
 */
@RestController
class MediaServerHook {

	static final String PATH = "/hooks/media-server/auth";

	private static final Logger log = LoggerFactory.getLogger(MediaServerHook.class);

	private final LiveStreamTokens tokens;

	private final ObjectMapper json;

	private final ParticipantDirectory participants;

	MediaServerHook(LiveStreamTokens tokens, ObjectMapper json, ParticipantDirectory participants) {
		this.tokens = tokens;
		this.json = json;
		this.participants = participants;
	}

	/**
	 * What MediaMTX posts; the viewer's token comes as {@code token} (newer MediaMTX
	 * reads it from a bearer header or {@code ?token=}), in the query or as the password.
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Asked(String user, String password, String token, String ip, String action, String path, String protocol,
			String id, String query) {
	}

	/**
	 * 200 to let the reader in; 401 to anything else, a body that is no such JSON too.
	 */
	@PostMapping(PATH)
	ResponseEntity<Void> authenticate(@RequestBody(required = false) String body) {
		Asked asked = read(body);
		if (asked != null && allows(asked)) {
			return ResponseEntity.ok().build();
		}
		if (asked != null) {
			log.debug("Media server asked for {} of {} by {} ({}): refused", asked.action(), asked.path(), asked.ip(),
					asked.protocol());
		}
		return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
	}

	private Asked read(String body) {
		if (body == null || body.length() > 16_384) {
			return null;
		}
		try {
			return this.json.readValue(body, Asked.class);
		}
		catch (JsonProcessingException ex) {
			return null;
		}
	}

	boolean allows(Asked asked) {
		if (!"read".equals(asked.action()) || asked.path() == null || asked.path().isBlank()) {
			return false;
		}
		// a token lives minutes: its holder must still take part (not suspended,
		// withdrawn)
		return token(asked).flatMap((t) -> this.tokens.verify(t, asked.path()))
			.flatMap(this.participants::findById)
			.filter(Participant::active)
			.isPresent();
	}

	static Optional<String> token(Asked asked) {
		if (asked.token() != null && !asked.token().isBlank()) {
			return Optional.of(asked.token());
		}
		Optional<String> inQuery = fromQuery(asked.query());
		if (inQuery.isPresent()) {
			return inQuery;
		}
		return Optional.ofNullable(asked.password()).filter((p) -> !p.isBlank());
	}

	static Optional<String> fromQuery(String query) {
		if (query == null) {
			return Optional.empty();
		}
		for (String pair : query.replaceFirst("^\\?", "").split("&")) {
			int eq = pair.indexOf('=');
			if (eq > 0 && pair.substring(0, eq).equals("token")) {
				try {
					return Optional.of(URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
				}
				catch (IllegalArgumentException ex) {
					return Optional.empty();
				}
			}
		}
		return Optional.empty();
	}

}
