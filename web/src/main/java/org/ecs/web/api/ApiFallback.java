package org.ecs.web.api;

import io.swagger.v3.oas.annotations.Hidden;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Unknown API paths answer in the API's JSON shape, not with the HTML error page: the
 * advice only covers controllers, and without this no controller would be involved.
 */
@Hidden
@RestController
class ApiFallback {

	@RequestMapping("/api/v1/**")
	void unknown() {
		throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No such API resource.");
	}

}
