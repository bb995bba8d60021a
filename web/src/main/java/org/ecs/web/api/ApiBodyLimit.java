package org.ecs.web.api;

import java.io.IOException;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The API reads JSON into memory, so its bodies are bounded: the largest request it
 * expects (a comment of 20,000 characters, a launch naming 500 addressees) is a few
 * hundred kilobytes. A longer declared body is refused before it is read; a body without
 * a declared length is cut off where it passes the limit.
 */
@Component
class ApiBodyLimit extends OncePerRequestFilter {

	private static final java.util.regex.Pattern RECORDING_UPLOAD = java.util.regex.Pattern
		.compile("/api/v1/meetings/\\d{1,18}/recordings");

	static final long MAX_BYTES = 2L * 1024 * 1024;

	static final String MESSAGE = "The request body is larger than " + (MAX_BYTES / 1024 / 1024) + " MB.";

	private final ObjectMapper json;

	ApiBodyLimit(ObjectMapper json) {
		this.json = json;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		// a recording's upload is the file itself, streamed to disk with its own limit
		// (RecordingUploads)
		return !path.startsWith("/api/") || RECORDING_UPLOAD.matcher(path).matches();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > MAX_BYTES) {
			response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.setHeader("Connection", "close");
			this.json.writeValue(response.getOutputStream(),
					ApiError.of(HttpStatus.PAYLOAD_TOO_LARGE, MESSAGE, request.getRequestURI()));
			return;
		}
		chain.doFilter(new Bounded(request), response);
	}

	/** Thrown while reading a body that turns out longer than the limit. */
	static final class TooLarge extends IOException {

		TooLarge() {
			super(MESSAGE);
		}

	}

	private static final class Bounded extends HttpServletRequestWrapper {

		private ServletInputStream stream;

		Bounded(HttpServletRequest request) {
			super(request);
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (this.stream == null) {
				this.stream = new Counting(super.getInputStream());
			}
			return this.stream;
		}

	}

	private static final class Counting extends ServletInputStream {

		private final ServletInputStream in;

		private long count;

		Counting(ServletInputStream in) {
			this.in = in;
		}

		@Override
		public int read() throws IOException {
			int b = this.in.read();
			if (b >= 0) {
				add(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = this.in.read(buffer, offset, length);
			if (n > 0) {
				add(n);
			}
			return n;
		}

		private void add(long n) throws TooLarge {
			this.count += n;
			if (this.count > MAX_BYTES) {
				throw new TooLarge();
			}
		}

		@Override
		public boolean isFinished() {
			return this.in.isFinished();
		}

		@Override
		public boolean isReady() {
			return this.in.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			this.in.setReadListener(listener);
		}

	}

}
