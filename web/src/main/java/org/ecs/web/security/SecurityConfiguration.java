package org.ecs.web.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.ecs.core.participant.PasswordResets;
import org.ecs.core.security.SecurityEvents;

import java.io.IOException;
import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Three chains: the JSON API (HTTP Basic, stateless, so a browser session can never be
 * ridden by a cross-site request and CSRF protection is not needed there), the actuator
 * (Basic for scrapers), and the pages (form login, session, CSRF).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ SignInLimits.class, ClientCertificateSettings.class })
class SecurityConfiguration {

	/** Self only and no inline script: every script is a static file. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; media-src 'self' blob:; worker-src 'self' blob:; "
			+ "object-src 'none'; base-uri 'self'; " + "form-action 'self'; frame-ancestors 'none'";

	static final String[] REVIEWERS = { "COORDINATOR", "SECRETARIAT", "ADMINISTRATOR" };

	/**
	 * One way to check a password for every chain: throttled per account and address
	 * before anything is hashed, then verified (and remembered briefly, so scripts do not
	 * pay BCrypt on every call). No other provider is asked after it. Before any of it,
	 * the client certificate must be right for the account (CertificateBoundSignIn).
	 */
	@Bean
	AuthenticationManager authenticationManager(UserDetailsService users, PasswordEncoder passwords,
			ObjectProvider<Clock> clock, SecurityEvents audit, SignInLimits limits, ClientCertificates certificates) {
		Clock time = clock.getIfAvailable(Clock::systemUTC);
		return new ProviderManager(new CertificateBoundSignIn(
				new LoginThrottle(new VerifiedCredentials(users, passwords, time), audit, time, limits), certificates));
	}

	/**
	 * The media server's authentication hook: called by the media server, not by a
	 * person; it proves nothing by a session, only by the viewer's signed token it passes
	 * on.
	 */
	@Bean
	@Order(0)
	SecurityFilterChain mediaServerHookChain(HttpSecurity http) throws Exception {
		http.securityMatcher(path("/hooks/media-server/**"))
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable())
			.headers(SecurityConfiguration::headers);
		return http.build();
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, ObjectMapper json, AuthenticationManager authentication,
			ClientCertificates certificates) throws Exception {
		http.securityMatcher(path("/api/v1/**"))
			.authenticationManager(authentication)
			.authorizeHttpRequests((requests) -> requests.requestMatchers(path("/api/v1/review/**"))
				.hasAnyRole(REVIEWERS)
				.requestMatchers(path("/api/v1/dead-letters/**"), path("/api/v1/security-events/**"))
				.hasRole("ADMINISTRATOR")
				.anyRequest()
				.authenticated())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable());
		return basicWithCertificate(http, json, certificates).build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain actuatorChain(HttpSecurity http, ObjectMapper json, AuthenticationManager authentication,
			ClientCertificates certificates, CurrentParticipant current, PasswordResets resets) throws Exception {
		http.securityMatcher(path("/actuator/**"))
			.authenticationManager(authentication)
			// a page session is read here too: it ends, or loses a role, as on the pages
			.addFilterBefore(new ActiveAccountFilter(current, resets), AuthorizationFilter.class)
			.authorizeHttpRequests(
					(requests) -> requests.requestMatchers(path("/actuator/health"), path("/actuator/health/**"))
						.permitAll()
						.anyRequest()
						.hasRole("ADMINISTRATOR"));
		return basicWithCertificate(http, json, certificates).build();
	}

	/**
	 * The API's OpenAPI description, for people signed in only: by their session (Swagger
	 * UI, {@code /swagger-ui.html}, is a page) or by HTTP Basic (tools reading the
	 * description).
	 */
	@Bean
	@Order(3)
	SecurityFilterChain apiDocsChain(HttpSecurity http, ObjectMapper json, AuthenticationManager authentication,
			ClientCertificates certificates, CurrentParticipant current, PasswordResets resets) throws Exception {
		http.securityMatcher(new OrRequestMatcher(path("/v3/api-docs/**"), path("/v3/api-docs.yaml")))
			.authenticationManager(authentication)
			.addFilterBefore(new ActiveAccountFilter(current, resets), AuthorizationFilter.class)
			.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated());
		return basicWithCertificate(http, json, certificates).build();
	}

	@Bean
	@Order(4)
	SecurityFilterChain pageChain(HttpSecurity http, AuthenticationManager authentication, CurrentParticipant current,
			ClientCertificates certificates, PasswordResets resets) throws Exception {
		http.authenticationManager(authentication)
			// a withdrawn or suspended person's session ends at their next click
			.addFilterBefore(new ActiveAccountFilter(current, resets), AuthorizationFilter.class)
			.authorizeHttpRequests((requests) -> requests
				// the second dispatch of an asynchronous answer (the inbox's event
				// stream)
				// writes what was already authorised; after sign-out it found no session,
				// was denied, and failed on a reply already begun ("response already
				// committed")
				.dispatcherTypeMatchers(DispatcherType.ASYNC)
				.permitAll()
				.requestMatchers(path("/login"), path("/error"), path("/css/**"), path("/js/**"), path("/webjars/**"),
						path("/favicon.ico"), path("/invitation/**"), path("/password-reset"),
						path("/password-reset/**"), path("/calendar/feed/**"), path("/language"), path("/pki/**"))
				.permitAll()
				.requestMatchers(path("/review/**"))
				.hasAnyRole(REVIEWERS)
				.requestMatchers(path("/admin/**"))
				.hasRole("ADMINISTRATOR")
				.anyRequest()
				.authenticated())
			.formLogin((login) -> login.loginPage("/login")
				.authenticationDetailsSource(CertificateDetails.source(certificates))
				.defaultSuccessUrl("/")
				.failureHandler(SecurityConfiguration::loginFailed)
				.permitAll())
			.logout((logout) -> logout.logoutSuccessUrl("/login?logout").permitAll())
			.requestCache((cache) -> cache.requestCache(pagesOnly()))
			.addFilterBefore(new ClientCertificateFilter(certificates, SecurityConfiguration::certificateRefused),
					AuthorizationFilter.class)
			.exceptionHandling((exceptions) -> exceptions
				// an htmx request whose session expired would swap the login page into a
				// fragment; tell htmx to load it as a page instead
				.defaultAuthenticationEntryPointFor((request, response, ex) -> {
					response.setHeader("HX-Redirect", request.getContextPath() + "/login");
					response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
				}, new RequestHeaderRequestMatcher("HX-Request", "true"))
				.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), (request) -> true))
			.headers(SecurityConfiguration::headers);
		return http.build();
	}

	/**
	 * What the chains that programs call (the API, the actuator, the API description)
	 * share: HTTP Basic, the connection's client certificate checked against the account
	 * at every request, refusals answered in JSON, and the headers of every answer. Added
	 * last, so that the certificate check runs after the filters the chain added itself
	 * (as on the pages, where a session that ended is refused first).
	 */
	private static HttpSecurity basicWithCertificate(HttpSecurity http, ObjectMapper json,
			ClientCertificates certificates) throws Exception {
		JsonSecurityErrors errors = new JsonSecurityErrors(json);
		return http
			.httpBasic((basic) -> basic.authenticationEntryPoint(errors)
				.authenticationDetailsSource(CertificateDetails.source(certificates)))
			.addFilterBefore(new ClientCertificateFilter(certificates, errors), AuthorizationFilter.class)
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(errors).accessDeniedHandler(errors))
			.headers(SecurityConfiguration::headers);
	}

	/**
	 * Where sign-in returns to: only a page the person asked for. A live update (htmx) or
	 * the inbox's event stream that arrived after the session ended would otherwise be
	 * remembered, and the next sign-in would land on a bare fragment.
	 */
	static HttpSessionRequestCache pagesOnly() {
		HttpSessionRequestCache cache = new HttpSessionRequestCache();
		cache.setRequestMatcher(SecurityConfiguration::isPageRequest);
		return cache;
	}

	static boolean isPageRequest(HttpServletRequest request) {
		String accept = request.getHeader("Accept");
		return "GET".equals(request.getMethod()) && request.getHeader("HX-Request") == null
				&& !"XMLHttpRequest".equals(request.getHeader("X-Requested-With")) && accept != null
				&& accept.contains("text/html");
	}

	/**
	 * Back to the login page: saying for how long sign-in is paused when it is throttled,
	 * else only that it failed.
	 */
	private static void loginFailed(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException ex) throws IOException {
		String query = LoginThrottle.throttled(ex)
			.map((t) -> "locked=" + LoginThrottle.Throttled.minutes(t.retryAfter()))
			.or(() -> CertificateBoundSignIn.refusal(ex).map((r) -> "certificate=" + r.name()))
			.orElse("error");
		response.sendRedirect(request.getContextPath() + "/login?" + query);
	}

	/**
	 * A session whose connection lost its certificate (or whose certificate was revoked):
	 * back to the login page, which says why; htmx is told to load it as a page.
	 */
	private static void certificateRefused(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException ex) throws IOException {
		String target = request.getContextPath() + "/login?"
				+ CertificateBoundSignIn.refusal(ex).map((r) -> "certificate=" + r.name()).orElse("error");
		if ("true".equals(request.getHeader("HX-Request"))) {
			response.setHeader("HX-Redirect", target);
			response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
			return;
		}
		response.sendRedirect(target);
	}

	private static void headers(HeadersConfigurer<HttpSecurity> headers) {
		headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.frameOptions((frame) -> frame.deny())
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
			.permissionsPolicyHeader((permissions) -> permissions.policy("camera=(), microphone=(), geolocation=()"));
	}

	/**
	 * Explicit path patterns: the application may register servlets besides Spring MVC's,
	 * and these rules must not depend on which one serves a path.
	 */
	static RequestMatcher path(String pattern) {
		return PathPatternRequestMatcher.withDefaults().matcher(pattern);
	}

}
