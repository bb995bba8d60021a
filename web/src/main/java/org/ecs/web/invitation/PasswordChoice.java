package org.ecs.web.invitation;

import java.util.Optional;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletResponse;
import org.ecs.core.participant.ParticipantProfile;
import org.ecs.core.participant.ParticipantRefusedException;
import org.ecs.web.i18n.Texts;

import org.springframework.ui.Model;

/**
 * The password a person not signed in chooses on a page reached by a secret (an
 * invitation, a reset link): typed twice alike, then set by core. What core refuses is
 * said in the page's language (400); a secret that stopped working meanwhile gets the
 * page saying so (410), without the person it was for.
 */
final class PasswordChoice {

	private final Texts texts;

	private final String person;

	/**
	 * @param person the model attribute holding whose password it is, taken off the page
	 * when the secret is gone
	 */
	PasswordChoice(Texts texts, String person) {
		this.texts = texts;
		this.person = person;
	}

	/**
	 * Puts whose secret it is on the page, and the secret for the form; or, when it does
	 * not (or no longer) work, the page saying so.
	 * @return whether the secret works
	 */
	boolean open(Optional<ParticipantProfile> whose, String secret, Model model, HttpServletResponse response) {
		if (whose.isEmpty()) {
			gone(model, response);
			return false;
		}
		model.addAttribute(this.person, whose.get());
		model.addAttribute("token", secret);
		return true;
	}

	/**
	 * Sets the password with {@code setting}: the person it was set for, or empty when it
	 * was not, the model then saying why.
	 */
	Optional<ParticipantProfile> set(String password, String confirm, Function<String, ParticipantProfile> setting,
			Model model, HttpServletResponse response) {
		if (password == null || !password.equals(confirm)) {
			refused(this.texts.get("invitation.differ"), model, response);
			return Optional.empty();
		}
		try {
			return Optional.of(setting.apply(password));
		}
		catch (ParticipantRefusedException ex) {
			if (ex.kind() == ParticipantRefusedException.Kind.CONFLICT) {
				gone(model, response);
			}
			else {
				// the password rules' problems come in the request's language already
				refused(this.texts.said(ex.said(), ex.getMessage()), model, response);
			}
			return Optional.empty();
		}
	}

	private void gone(Model model, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_GONE);
		model.addAttribute("gone", true);
		model.addAttribute(this.person, null);
	}

	private static void refused(String why, Model model, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		model.addAttribute("alert", why);
	}

}
