package org.ecs.core.security;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OneTimePassphraseTest {

	@Test
	void shouldBeFourGroupsOfFiveUnambiguousSymbols() {
		String passphrase = new String(OneTimePassphrase.next());
		assertThat(passphrase).matches("[a-hjkmnp-z2-9]{5}(-[a-hjkmnp-z2-9]{5}){3}");
	}

	@Test
	void shouldNotRepeatItself() {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < 1000; i++) {
			assertThat(seen.add(new String(OneTimePassphrase.next()))).isTrue();
		}
	}

}
