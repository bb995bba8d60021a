package org.ecs.gateways.mail;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ReplyAddressTest {

	@Test
	void shouldParseWhenDomainCaseDiffers() {
		ReplyAddress address = ReplyAddress.parse("<Reply+abc2@ECS.Example.org>").orElseThrow();
		assertThat(address.token()).isEqualTo("abc2");
		assertThat(address.isFor("reply", "ecs.example.org")).isTrue();
	}

	@Test
	void shouldFindTokenAmongRecipientsWhenOthersAreCopied() {
		assertThat(ReplyAddress.find(List.of("boss@x.org", "bounce+t@ecs.org", "reply+t2@ecs.org"), "reply", "ecs.org"))
			.map(ReplyAddress::token)
			.contains("t2");
		assertThat(ReplyAddress.parse("reply@ecs.org")).isEmpty();
	}

	@Test
	void shouldRefuseWhenLocalPartExceedsRfc5321() {
		assertThatIllegalArgumentException().isThrownBy(() -> ReplyAddress.format("reply", "a".repeat(60), "ecs.org"));
	}

}
