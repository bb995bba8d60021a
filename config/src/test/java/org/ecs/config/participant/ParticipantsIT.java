package org.ecs.config.participant;

import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import org.ecs.config.EcsIntegrationTest;
import org.ecs.core.demo.DemoData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecs.config.SandboxMail.awaitText;
import static org.ecs.config.SandboxMail.textsTo;
import static org.ecs.config.participant.ParticipantsHttp.enc;

/**
 * A person's whole way through the participants database on the real stack: Austria's
 * focal point nominates them over the API, the secretariat approves, the invitation mail
 * reaches the sandbox's real SMTP server, the person sets a password on the invitation
 * page, signs in through the sign-in form, their Government lowers their level and then
 * withdraws them; the open session stops at the next click and signing in is refused.
 * Every step's refusal for those without the right is checked on the way.
 */
@EcsIntegrationTest
class ParticipantsIT {

	static final String PASSWORD = "Reliable station calibration 2026";

	@LocalServerPort
	int port;

	@Autowired
	GreenMail sandbox;

	final ObjectMapper json = new ObjectMapper();

	ParticipantsHttp http;

	@BeforeEach
	void connect() {
		this.http = new ParticipantsHttp(this.port);
	}

	@Test
	void shouldTakeANomineeFromNominationToSignInAndStopThemOnceWithdrawn() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		String email = "nominee-" + tag + "@example.at";
		String nominee = """
				{"name":"Nora Nominee %s","title":"Seismologist","email":"%s","level":"FULL","language":"en",
				 "languages":["de","en"],"expertise":["seismology","infrasound"],"timeZone":"Europe/Vienna"}"""
			.formatted(tag, email);

		assertThat(this.http.api("alice", DemoData.PASSWORD, "POST", "/api/v1/nominations", nominee).statusCode())
			.as("a participant does not nominate")
			.isEqualTo(403);
		assertThat(this.http
			.api("fiona", DemoData.PASSWORD, "POST", "/api/v1/nominations",
					nominee.replace("\"level\"", "\"state\":\"BRA\",\"level\""))
			.statusCode()).as("a focal point nominates for their own State only").isEqualTo(403);
		HttpResponse<String> created = this.http.api("fiona", DemoData.PASSWORD, "POST", "/api/v1/nominations",
				nominee);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		JsonNode person = this.json.readTree(created.body());
		long id = person.get("id").asLong();
		String username = person.get("username").asText();
		assertThat(person.get("status").asText()).isEqualTo("NOMINATED");
		assertThat(person.get("state").asText()).isEqualTo("AUT");

		assertThat(this.http.api("alice", DemoData.PASSWORD, "GET", "/api/v1/nominations", null).statusCode())
			.isEqualTo(403);
		assertThat(this.http.api("fiona", DemoData.PASSWORD, "GET", "/api/v1/nominations", null).body())
			.contains(username);
		assertThat(this.http.api("bruno", DemoData.PASSWORD, "GET", "/api/v1/participants/" + id, null).statusCode())
			.as("not yet taking part: hidden from others")
			.isEqualTo(404);
		assertThat(this.http.api("fiona", DemoData.PASSWORD, "POST", "/api/v1/nominations/" + id + "/approve", "{}")
			.statusCode()).as("only the secretariat approves").isEqualTo(403);
		HttpResponse<String> approved = this.http.api("sam", DemoData.PASSWORD, "POST",
				"/api/v1/nominations/" + id + "/approve", "{\"invitation\":\"EMAIL\"}");
		assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
		assertThat(this.json.readTree(approved.body()).get("status").asText()).isEqualTo("APPROVED");

		String invitation = awaitText(this.sandbox, email, "/invitation/");
		Matcher link = Pattern.compile("(/invitation/[A-Za-z0-9_-]{43})").matcher(invitation);
		assertThat(link.find()).as(invitation).isTrue();
		String path = link.group(1);
		assertThat(this.http.api(username, PASSWORD, "GET", "/api/v1/participants", null).statusCode())
			.as("no password before the invitation is used")
			.isEqualTo(401);

		ParticipantsHttp.Browser browser = this.http.browser();
		HttpResponse<String> form = browser.get(path);
		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(form.body()).contains("set-password").contains(username);
		HttpResponse<String> done = browser.post(path, "password=" + enc(PASSWORD) + "&confirm=" + enc(PASSWORD),
				form.body());
		assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
		assertThat(done.body()).contains("/settings/certificate");
		assertThat(browser.get(path).statusCode()).as("an invitation works once").isEqualTo(410);

		HttpResponse<String> signedIn = browser.signIn(username, PASSWORD);
		assertThat(signedIn.uri().getPath()).as("signed in: not back on the sign-in page").isNotEqualTo("/login");
		assertThat(signedIn.body()).contains("id=\"logout\"");
		assertThat(browser.get("/participants").body()).contains("Bruno Full (Brazil)");
		HttpResponse<String> events = this.http.api("adam", DemoData.PASSWORD, "GET",
				"/api/v1/security-events?username=" + username, null);
		assertThat(this.json.readTree(events.body()).findValuesAsText("kind")).contains("SIGNED_IN", "PASSWORD_SET",
				"INVITED", "NOMINATION_APPROVED", "NOMINATED");

		assertThat(this.http
			.api("bruno", DemoData.PASSWORD, "PUT", "/api/v1/participants/" + id + "/level",
					"{\"level\":\"MONITORING\"}")
			.statusCode()).as("only their Government changes the level").isEqualTo(403);
		HttpResponse<String> lowered = this.http.api("fiona", DemoData.PASSWORD, "PUT",
				"/api/v1/participants/" + id + "/level", "{\"level\":\"MONITORING\"}");
		assertThat(lowered.statusCode()).as(lowered.body()).isEqualTo(200);
		assertThat(
				this.json.readTree(this.http.api(username, PASSWORD, "GET", "/api/v1/participants/" + id, null).body())
					.get("level")
					.asText())
			.isEqualTo("MONITORING");
		awaitText(this.sandbox, email, "now monitoring");

		assertThat(this.http.api("bruno", DemoData.PASSWORD, "POST", "/api/v1/participants/" + id + "/withdraw", "{}")
			.statusCode()).isEqualTo(403);
		HttpResponse<String> withdrawn = this.http.api("fiona", DemoData.PASSWORD, "POST",
				"/api/v1/nominations/" + id + "/withdraw", "{\"reason\":\"Moved to another ministry\"}");
		assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
		assertThat(this.json.readTree(withdrawn.body()).get("status").asText()).isEqualTo("WITHDRAWN");

		HttpResponse<String> afterwards = browser.get("/participants");
		assertThat(afterwards.uri().getPath()).as("the open session ends at once").isEqualTo("/login");
		assertThat(browser.signIn(username, PASSWORD).uri().toString()).as("signing in is refused")
			.contains("/login?error");
		assertThat(this.http.api(username, PASSWORD, "GET", "/api/v1/participants", null).statusCode()).isEqualTo(401);
		assertThat(awaitText(this.sandbox, email, "withdrawn")).contains("Moved to another ministry");

		JsonNode history = this.json
			.readTree(this.http.api("fiona", DemoData.PASSWORD, "GET", "/api/v1/participants/" + id + "/history", null)
				.body());
		assertThat(history.findValuesAsText("action")).containsExactly("NOMINATED", "APPROVED", "INVITED",
				"PASSWORD_SET", "LEVEL_CHANGED", "WITHDRAWN");
	}

	@Test
	void shouldReportEachRowOfACsvNominationAndFilterTheDirectory() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		String csv = "name;email;level;expertise\n" + "Csv One " + tag + ";one-" + tag
				+ "@example.at;FULL;hydroacoustics-" + tag + "\n" + "Csv Two " + tag + ";;FULL;\n";
		HttpResponse<String> report = this.http.send("fiona", DemoData.PASSWORD, "POST", "/api/v1/nominations", csv,
				"text/csv");
		assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
		JsonNode body = this.json.readTree(report.body());
		assertThat(body.get("accepted").asInt()).isEqualTo(1);
		assertThat(body.at("/rows/1/reason").asText()).contains("email address or a fax number");
		JsonNode found = this.json.readTree(this.http
			.api("sam", DemoData.PASSWORD, "GET",
					"/api/v1/participants?expertise=hydroacoustics-" + tag + "&status=NOMINATED&state=AUT", null)
			.body());
		assertThat(found.findValuesAsText("name")).containsExactly("Csv One " + tag);
		JsonNode brazil = this.json
			.readTree(this.http.api("alice", DemoData.PASSWORD, "GET", "/api/v1/participants?state=BRA", null).body());
		assertThat(brazil.findValuesAsText("name")).contains("Bruno Full (Brazil)");
		assertThat(brazil.findValues("email")).as("contacts only by policy").allMatch(JsonNode::isNull);
	}

}
