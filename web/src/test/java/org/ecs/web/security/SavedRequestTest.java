package org.ecs.web.security;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class SavedRequestTest {

	@Test
	void shouldReturnToAPageThePersonAskedFor() {
		assertThat(SecurityConfiguration.isPageRequest(get("/discussions/1", "text/html,application/xhtml+xml")))
			.isTrue();
	}

	@Test
	void shouldNotReturnToALiveUpdateTheEventStreamOrAnythingButAPageWhenSignInFollows() {
		MockHttpServletRequest htmx = get("/inbox/unread-count", "*/*");
		htmx.addHeader("HX-Request", "true");
		assertThat(SecurityConfiguration.isPageRequest(htmx)).isFalse();
		assertThat(SecurityConfiguration.isPageRequest(get("/inbox/stream", "text/event-stream"))).isFalse();
		assertThat(SecurityConfiguration.isPageRequest(get("/favicon.ico", "image/avif,image/webp,*/*"))).isFalse();
		MockHttpServletRequest post = get("/language", "text/html");
		post.setMethod("POST");
		assertThat(SecurityConfiguration.isPageRequest(post)).isFalse();
	}

	private static MockHttpServletRequest get(String path, String accept) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		request.addHeader("Accept", accept);
		return request;
	}

}
