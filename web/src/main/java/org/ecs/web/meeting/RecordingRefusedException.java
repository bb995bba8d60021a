package org.ecs.web.meeting;

import org.ecs.core.text.Said;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * A recording's or captions' upload refused at the door (who sends, how large, a broken
 * upload): the API answers its status with the English, the meeting's page says it in the
 * page's language.
 */
public class RecordingRefusedException extends ResponseStatusException {

	private final transient Said said;

	RecordingRefusedException(HttpStatus status, Said said) {
		super(status, said.english());
		this.said = said;
	}

	public Said said() {
		return this.said;
	}

}
