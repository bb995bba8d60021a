package org.ecs.gateways.mail;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.ecs.gateways.mail.SenderAuthentication.Result;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SenderAuthenticationTest {

	private final SenderAuthentication authentication = new SenderAuthentication(Set.of("mx.ecs.example"));

	private static InboundMail mail(String from, String... results) {
		StringBuilder raw = new StringBuilder();
		for (String r : results) {
			raw.append("Authentication-Results: ").append(r).append("\r\n");
		}
		raw.append("From: ").append(from).append("\r\nSubject: Re: draft\r\n\r\nWe agree.\r\n");
		return new MimeMailParser().parse(raw.toString().getBytes(StandardCharsets.UTF_8));
	}

	private Result judge(String from, String... results) {
		return this.authentication.judge(mail(from, results)).result();
	}

	@Test
	void shouldFailWhenOurServerSaysDmarcFailed() {
		assertThat(judge("alice@state.example", "mx.ecs.example; spf=fail smtp.mailfrom=evil.example; dkim=none; "
				+ "dmarc=fail (p=reject dis=none) header.from=state.example"))
			.isEqualTo(Result.FAIL);
	}

	@Test
	void shouldPassOnlyWhatIsAlignedWithTheFrom() {
		assertThat(judge("alice@state.example", "mx.ecs.example; dmarc=pass header.from=state.example"))
			.isEqualTo(Result.PASS);
		assertThat(judge("alice@state.example",
				"MX.ECS.EXAMPLE 1; dkim=pass (2048-bit key) header.d=mail.state.example header.s=s1"))
			.isEqualTo(Result.PASS);
		assertThat(judge("alice@state.example", "mx.ecs.example; spf=pass smtp.mailfrom=bounce@state.example"))
			.isEqualTo(Result.PASS);
		assertThat(judge("alice@state.example",
				"mx.ecs.example; spf=pass smtp.mailfrom=evil.example; dkim=pass header.d=evil.example"))
			.as("passes for another domain prove nothing about the From")
			.isEqualTo(Result.NONE);
		assertThat(judge("alice@state.example", "mx.ecs.example; dkim=pass header.d=example")).isEqualTo(Result.NONE);
		assertThat(judge("alice@state.example", "mx.ecs.example; none")).isEqualTo(Result.NONE);
	}

	@Test
	void shouldIgnoreHeadersOfServersNotOursAndCopiesBelowOurServers() {
		assertThat(judge("alice@state.example", "evil.example; dmarc=pass header.from=state.example"))
			.isEqualTo(Result.NONE);
		assertThat(judge("alice@state.example", "mx.ecs.example; dmarc=fail header.from=state.example",
				"mx.ecs.example; dmarc=pass header.from=state.example"))
			.as("the topmost, added last by our server, counts")
			.isEqualTo(Result.FAIL);
		assertThat(new SenderAuthentication(Set.of())
			.judge(mail("alice@state.example", "mx.ecs.example; dmarc=pass header.from=state.example"))
			.result()).isEqualTo(Result.NONE);
	}

	@Test
	void shouldReadCommentsQuotesAndVersions() {
		var header = SenderAuthentication
			.parse("mx.ecs.example (Postfix; with ESMTP) 1; dkim/1=pass (good (nested) signature) "
					+ "header.i=\"@state.example\" header.b=abc; dmarc=pass (p=none) header.from=state.example")
			.orElseThrow();

		assertThat(header.authservId()).isEqualTo("mx.ecs.example");
		assertThat(header.results()).extracting(SenderAuthentication.MethodResult::method)
			.containsExactly("dkim", "dmarc");
		assertThat(header.results().get(0).properties()).containsEntry("header.i", "@state.example");
	}

}
