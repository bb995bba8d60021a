package org.ecs.web.api;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.HttpStatus;

/** The body of every API error: never a stack trace. */
public record ApiError(int status, String error, String message, String path) {

	public static ApiError of(HttpStatusCode status, String message, String path) {
		HttpStatus known = HttpStatus.resolve(status.value());
		return new ApiError(status.value(), known != null ? known.getReasonPhrase() : "Error", message, path);
	}

}
