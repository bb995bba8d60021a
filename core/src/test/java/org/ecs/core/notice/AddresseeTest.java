package org.ecs.core.notice;

import org.ecs.core.participant.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AddresseeTest {

	@Test
	void shouldReadBackWhatItWrites() {
		for (Addressee a : new Addressee[] { Addressee.person(12), Addressee.discussion(3), Addressee.state("ken"),
				Addressee.role(Role.COORDINATOR), Addressee.everyone() }) {
			assertThat(Addressee.parse(a.toString())).contains(a);
		}
		assertThat(Addressee.state("ken").toString()).isEqualTo("state:KEN");
	}

	@Test
	void shouldRefuseWhatIsNotAnAddressee() {
		assertThat(Addressee.parse("person:abc")).isEmpty();
		assertThat(Addressee.parse("role:KING")).isEmpty();
		assertThat(Addressee.parse("state:K3N'--")).isEmpty();
		assertThat(Addressee.parse("12")).isEmpty();
		assertThat(Addressee.parse("galaxy:1")).isEmpty();
		assertThat(Addressee.parse(null)).isEmpty();
	}

}
