package org.ecs.core.participant;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.junit.jupiter.api.Test;
import org.passay.RuleResultDetail;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordRulesTest {

	static final List<String> LANGUAGES = List.of("ar", "zh", "en", "fr", "ru", "es");

	static List<String> codes(String username, String password) {
		return PasswordRules.check(username, password).stream().map(RuleResultDetail::getErrorCode).toList();
	}

	@Test
	void shouldAcceptALongPassphraseWhenNothingIsWrongWithIt() {
		assertThat(codes("elise", "correct horse battery staple")).isEmpty();
		assertThat(codes("elise", "Hydroacoustic triad reading 2027")).isEmpty();
		assertThat(PasswordRules.problems("elise", "Reliable station calibration 2026", Locale.ENGLISH)).isEmpty();
	}

	@Test
	void shouldRefuseThePasswordWhenShorterThanTwelveOrLongerThan128Characters() {
		assertThat(codes("elise", "Short pass1")).containsExactly("TOO_SHORT");
		assertThat(codes("elise", "Twelve chars")).isEmpty();
		assertThat(codes("elise", "x1 ".repeat(43))).containsExactly("TOO_LONG");
		assertThat(codes("elise", "x1 ".repeat(42) + "xy")).isEmpty();
		assertThat(PasswordRules.problems("elise", "short", Locale.ENGLISH))
			.containsExactly("password: at least 12 characters.");
		assertThat(PasswordRules.problems("elise", "x1 ".repeat(50), Locale.ENGLISH))
			.contains("password: at most 128 characters.");
	}

	@Test
	void shouldRefuseThePasswordWhenItHoldsTheUsernameForwardsOrBackwards() {
		assertThat(codes("elise", "my-ELISE-password-2026")).contains("ILLEGAL_USERNAME");
		assertThat(codes("elise", "station esile calibration")).contains("ILLEGAL_USERNAME_REVERSED");
		assertThat(codes("jo", "Joyful station calibration")).as("a two-letter username is not looked for").isEmpty();
	}

	@Test
	void shouldRefuseACommonPasswordAlsoWhenDigitsOrSignsArePaddedAtItsEnd() {
		assertThat(PasswordRules.commonPasswordCount()).isBetween(9_000L, 10_000L);
		assertThat(codes("elise", "1qaz2wsx3edc")).contains("ILLEGAL_WORD");
		assertThat(codes("elise", "LeaveMeAlone")).as("whatever the case").contains("ILLEGAL_WORD");
		assertThat(codes("elise", "password1234")).contains("ILLEGAL_WORD");
		assertThat(codes("elise", "iloveyou!!2026")).contains("ILLEGAL_WORD");
		assertThat(codes("elise", "sunshine station 2026")).doesNotContain("ILLEGAL_WORD");
	}

	@Test
	void shouldRefuseThePasswordWhenACharacterRepeatsOrARunGoesInOrder() {
		assertThat(codes("elise", "aaaaaaaaaaaaab")).contains("ILLEGAL_MATCH");
		assertThat(codes("elise", "Station abcdefg calibration")).contains("ILLEGAL_ALPHABETICAL_SEQUENCE");
		assertThat(codes("elise", "Station 345678 calibration")).contains("ILLEGAL_NUMERICAL_SEQUENCE");
		assertThat(codes("elise", "Station asdfgh calibration")).contains("ILLEGAL_QWERTY_SEQUENCE");
		assertThat(codes("elise", "Station 2026-12-03 calibration")).isEmpty();
	}

	@Test
	void shouldTellEveryProblemWithoutRepeatingThePasswordWhenAskedInAnyOfTheSixLanguages() {
		for (String language : LANGUAGES) {
			ResourceBundle texts = PasswordRules.texts(Locale.forLanguageTag(language));
			assertThat(texts.getLocale().getLanguage()).as(language).isEqualTo(language.equals("en") ? "" : language);
			for (String code : PasswordRules.CODES) {
				assertThat(texts.containsKey(code)).as(language + " " + code).isTrue();
				assertThat(texts.getString(code)).as(language + " " + code).isNotBlank().doesNotContain("%3$s");
			}
		}
		assertThat(PasswordRules.problems("elise", "short", Locale.FRENCH))
			.containsExactly("mot de passe : au moins 12 caractères.");
		assertThat(PasswordRules.problems("elise", "password1234", Locale.forLanguageTag("zh"))).singleElement()
			.asString()
			.startsWith("密码")
			.doesNotContain("password1234");
		assertThat(PasswordRules.problems("elise", "short", Locale.GERMAN)).as("English when ECS has not the language")
			.containsExactly("password: at least 12 characters.");
	}

}
