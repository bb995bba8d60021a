package org.ecs.web.api;

import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.ecs.core.contribution.ContributionRefusedException;
import org.ecs.core.review.ReviewException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Every API error as {status, error, message, path}. */
@RestControllerAdvice(basePackageClasses = ApiExceptionHandler.class)
class ApiExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	@ExceptionHandler(ReviewException.class)
	ResponseEntity<ApiError> review(ReviewException ex, HttpServletRequest request) {
		HttpStatus status = switch (ex.kind()) {
			case NOT_FOUND -> HttpStatus.NOT_FOUND;
			case FORBIDDEN -> HttpStatus.FORBIDDEN;
			case CONFLICT -> HttpStatus.CONFLICT;
			case INVALID -> HttpStatus.BAD_REQUEST;
		};
		return error(status, ex.getMessage(), request);
	}

	/**
	 * Refused at the door: forbidden for who the author is, a bad request for what was
	 * sent, a conflict for when (the discussion is closed or not open yet).
	 */
	@ExceptionHandler(ContributionRefusedException.class)
	ResponseEntity<ApiError> refused(ContributionRefusedException ex, HttpServletRequest request) {
		HttpStatus status = ex.isForbidden() ? HttpStatus.FORBIDDEN
				: ex.isInvalid() ? HttpStatus.BAD_REQUEST : HttpStatus.CONFLICT;
		return error(status, ex.getMessage(), request);
	}

	@ExceptionHandler(org.ecs.core.notice.NoticeRefusedException.class)
	ResponseEntity<ApiError> noticeRefused(org.ecs.core.notice.NoticeRefusedException ex, HttpServletRequest request) {
		return error(ex.isForbidden() ? HttpStatus.FORBIDDEN : HttpStatus.BAD_REQUEST, ex.getMessage(), request);
	}

	@ExceptionHandler(org.ecs.core.participant.ParticipantRefusedException.class)
	ResponseEntity<ApiError> participantRefused(org.ecs.core.participant.ParticipantRefusedException ex,
			HttpServletRequest request) {
		HttpStatus status = switch (ex.kind()) {
			case FORBIDDEN -> HttpStatus.FORBIDDEN;
			case NOT_FOUND -> HttpStatus.NOT_FOUND;
			case CONFLICT -> HttpStatus.CONFLICT;
			case INVALID -> HttpStatus.BAD_REQUEST;
		};
		return error(status, ex.getMessage(), request);
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ResponseEntity<ApiError> invalid(MethodArgumentNotValidException ex, HttpServletRequest request) {
		String message = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map((field) -> field.getField() + ": " + field.getDefaultMessage())
			.sorted()
			.collect(Collectors.joining("; "));
		return error(HttpStatus.BAD_REQUEST, message.isEmpty() ? "The request is not valid." : message, request);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException ex, HttpServletRequest request) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof ApiBodyLimit.TooLarge) {
				return error(HttpStatus.PAYLOAD_TOO_LARGE, cause.getMessage(), request);
			}
		}
		return error(HttpStatus.BAD_REQUEST, "The request body is missing or is not the JSON expected.", request);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ApiError> mismatch(MethodArgumentTypeMismatchException ex, HttpServletRequest request) {
		return error(HttpStatus.BAD_REQUEST, "'" + ex.getName() + "' is not valid.", request);
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ApiError> denied(AccessDeniedException ex, HttpServletRequest request) {
		return error(HttpStatus.FORBIDDEN, "You are not allowed to do this.", request);
	}

	@ExceptionHandler(AuthenticationException.class)
	ResponseEntity<ApiError> unauthenticated(AuthenticationException ex, HttpServletRequest request) {
		return error(HttpStatus.UNAUTHORIZED, "Sign in with HTTP Basic: username and password.", request);
	}

	/**
	 * Spring's own errors (404, 405, 413, 415, ResponseStatusException) keep their
	 * status.
	 */
	@ExceptionHandler(Exception.class)
	ResponseEntity<ApiError> other(Exception ex, HttpServletRequest request) {
		if (ex instanceof ErrorResponse response) {
			HttpStatusCode status = response.getStatusCode();
			String detail = response.getBody().getDetail();
			return error(status, detail != null ? detail : HttpStatus.valueOf(status.value()).getReasonPhrase(),
					request);
		}
		log.error("API request {} {} failed", request.getMethod(), request.getRequestURI(), ex);
		return error(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side; it has been logged.",
				request);
	}

	private static ResponseEntity<ApiError> error(HttpStatusCode status, String message, HttpServletRequest request) {
		return ResponseEntity.status(status).body(ApiError.of(status, message, request.getRequestURI()));
	}

}
