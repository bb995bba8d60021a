package org.ecs.core.notice;

import java.util.Locale;
import java.util.Optional;

import org.ecs.core.participant.Role;

/**
 * Whom a notice goes to: one person, or a group (a discussion's audience, a State's or
 * organisation's participants, everyone with a role, everyone). Written as
 * {@code person:12}, {@code discussion:3}, {@code state:KEN}, {@code role:COORDINATOR},
 * {@code everyone}: the form kept with the notice and posted by forms and the API.
 *
 * @param type what kind of addressee
 * @param value the participant or discussion id, the State code or the role; empty for
 * everyone
 */
public record Addressee(Type type, String value) {

	public enum Type {

		PERSON, DISCUSSION, STATE, ROLE, EVERYONE

	}

	public Addressee {
		value = (value == null) ? "" : value;
	}

	public static Addressee person(long participantId) {
		return new Addressee(Type.PERSON, Long.toString(participantId));
	}

	public static Addressee discussion(long discussionId) {
		return new Addressee(Type.DISCUSSION, Long.toString(discussionId));
	}

	public static Addressee state(String code) {
		return new Addressee(Type.STATE, code.toUpperCase(Locale.ROOT));
	}

	public static Addressee role(Role role) {
		return new Addressee(Type.ROLE, role.name());
	}

	public static Addressee everyone() {
		return new Addressee(Type.EVERYONE, "");
	}

	/** Reads the written form; empty when it is not one. */
	public static Optional<Addressee> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String t = text.strip();
		if (t.equalsIgnoreCase("everyone")) {
			return Optional.of(everyone());
		}
		int colon = t.indexOf(':');
		if (colon <= 0) {
			return Optional.empty();
		}
		String kind = t.substring(0, colon).toLowerCase(Locale.ROOT);
		String value = t.substring(colon + 1).strip();
		try {
			return switch (kind) {
				case "person" -> Optional.of(person(Long.parseLong(value)));
				case "discussion" -> Optional.of(discussion(Long.parseLong(value)));
				case "state" -> value.matches("[A-Za-z]{2,3}") ? Optional.of(state(value)) : Optional.empty();
				case "role" -> Optional.of(role(Role.valueOf(value.toUpperCase(Locale.ROOT))));
				default -> Optional.empty();
			};
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/**
	 * The first few of these addressees as written, so that a long list stays a readable
	 * sentence.
	 */
	public static String named(java.util.List<Addressee> addressees) {
		int shown = Math.min(addressees.size(), 10);
		String list = String.join(", ", addressees.subList(0, shown).stream().map(Addressee::toString).toList());
		return (addressees.size() > shown) ? list + " and " + (addressees.size() - shown) + " more" : list;
	}

	public long id() {
		return Long.parseLong(this.value);
	}

	@Override
	public String toString() {
		return (this.type == Type.EVERYONE) ? "everyone" : this.type.name().toLowerCase(Locale.ROOT) + ":" + this.value;
	}

}
