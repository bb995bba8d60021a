package org.ecs.gateways.fax;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FaxNumbersTest {

	private final FaxNumbers swiss = new FaxNumbers("CH");

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			+41 22 555 01 23            | +41225550123
			+41225550123                | +41225550123
			0041 22 555 01 23           | +41225550123
			0041.22.555.01.23           | +41225550123
			022 555 01 23               | +41225550123
			Fax: +41 22 555 01 23       | +41225550123
			FAX:0041-22-555-0123        | +41225550123
			'  +41 22 555 01 23  '      | +41225550123
			ACME GENEVA +41 22 555 0123 | +41225550123
			+41 (0)22 555 01 23         | +41225550123
			+43 1 260 30 0              | +431260300
			00431 26030                 | +43126030
			+1 (212) 963-1234           | +12129631234
			+7 495 123-45-67            | +74951234567
			+86 10 6532 1234            | +861065321234
			+966 11 123 4567            | +966111234567
			""")
	void shouldNormaliseToE164WhenTheNumberIsWrittenAsPeopleAndFaxMachinesWriteIt(String raw, String e164) {
		assertThat(this.swiss.toE164(raw)).contains(e164);
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "<UNSPECIFIED>", "ACME CORP", "Fax", "12", "   ", "+41 1" })
	void shouldFindNoNumberWhenTheStationIdHasNone(String raw) {
		assertThat(this.swiss.toE164(raw)).isEmpty();
	}

	@Test
	void shouldReadNationalNumbersInTheConfiguredRegionWhenTheyHaveNoCountryCode() {
		FaxNumbers austrian = new FaxNumbers("at");

		assertThat(austrian.toE164("01 26060 0")).contains("+431260600");
		assertThat(austrian.defaultRegion()).isEqualTo("AT");
	}

	@Test
	void shouldTellTheSameLineWhenTwoWritingsDiffer() {
		assertThat(this.swiss.sameNumber("Fax 0041 22 555 01 23", "022/555.01.23")).isTrue();
		assertThat(this.swiss.sameNumber("022 555 01 23", "022 555 01 24")).isFalse();
		assertThat(this.swiss.sameNumber("junk", "junk")).isFalse();
	}

	@Test
	void shouldRefuseAnUnknownDefaultRegion() {
		assertThatThrownBy(() -> new FaxNumbers("XX")).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("XX");
	}

}
