package org.ecs.web.security;

import java.io.IOException;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.ecs.web.api.ApiError;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 401 and 403 for API clients in the same JSON shape as every other API error. */
class JsonSecurityErrors implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final ObjectMapper json;

	JsonSecurityErrors(ObjectMapper json) {
		this.json = json;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		var throttled = LoginThrottle.throttled(ex);
		if (throttled.isPresent()) {
			response.setHeader("Retry-After", Long.toString(Math.max(1, throttled.get().retryAfter().getSeconds())));
			write(request, response, HttpStatus.TOO_MANY_REQUESTS, throttled.get().getMessage());
			return;
		}
		var certificate = CertificateBoundSignIn.refusal(ex);
		if (certificate.isPresent()) {
			write(request, response, HttpStatus.UNAUTHORIZED, certificate.get().message());
			return;
		}
		response.setHeader("WWW-Authenticate", "Basic realm=\"ECS\"");
		write(request, response, HttpStatus.UNAUTHORIZED, "Sign in with HTTP Basic: username and password.");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		write(request, response, HttpStatus.FORBIDDEN, "You are not allowed to do this.");
	}

	private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String message)
			throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		this.json.writeValue(response.getOutputStream(), ApiError.of(status, message, request.getRequestURI()));
	}

}
