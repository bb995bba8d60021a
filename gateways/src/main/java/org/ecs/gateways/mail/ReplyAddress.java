package org.ecs.gateways.mail;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * A plus-address {@code <local>+<token>@<domain>}: the Reply-To of notifications and,
 * with the bounce local part, their VERP return path. Local parts compare
 * case-insensitively because relays and clients change their case, and so do domains.
 *
 * @param localPart the mailbox, for example {@code reply}
 * @param token the token after the first {@code +}
 * @param domain the domain, lower-case
 */
public record ReplyAddress(String localPart, String token, String domain) {

	/** RFC 5321: a local part has at most 64 octets. */
	public static final int MAX_LOCAL_PART = 64;

	public ReplyAddress {
		domain = domain.toLowerCase(Locale.ROOT);
		if (localPart.isEmpty() || localPart.contains("+") || localPart.contains("@")) {
			throw new IllegalArgumentException("bad local part '" + localPart + "'");
		}
		if (localPart.length() + 1 + token.length() > MAX_LOCAL_PART) {
			throw new IllegalArgumentException("local part longer than " + MAX_LOCAL_PART + " characters");
		}
	}

	/** Formats {@code local+token@domain}. */
	public static String format(String localPart, String token, String domain) {
		return new ReplyAddress(localPart, token, domain).toString();
	}

	/** Reads a plus-address; empty when the address has no {@code +token}. */
	public static Optional<ReplyAddress> parse(String address) {
		if (address == null) {
			return Optional.empty();
		}
		String value = address.strip();
		if (value.startsWith("<") && value.endsWith(">")) {
			value = value.substring(1, value.length() - 1);
		}
		int at = value.lastIndexOf('@');
		if (at <= 0 || at == value.length() - 1) {
			return Optional.empty();
		}
		String local = value.substring(0, at);
		int plus = local.indexOf('+');
		if (plus <= 0 || plus == local.length() - 1) {
			return Optional.empty();
		}
		try {
			return Optional
				.of(new ReplyAddress(local.substring(0, plus), local.substring(plus + 1), value.substring(at + 1)));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/**
	 * The first of the addresses that is a plus-address of {@code localPart@domain}, for
	 * finding the reply token among a mail's To, Cc and Delivered-To.
	 */
	public static Optional<ReplyAddress> find(Collection<String> addresses, String localPart, String domain) {
		return addresses.stream()
			.map(ReplyAddress::parse)
			.flatMap(Optional::stream)
			.filter((candidate) -> candidate.isFor(localPart, domain))
			.findFirst();
	}

	/** Whether this is a plus-address of {@code localPart@domain}. */
	public boolean isFor(String localPart, String domain) {
		return this.localPart.equalsIgnoreCase(localPart) && this.domain.equalsIgnoreCase(domain);
	}

	@Override
	public String toString() {
		return this.localPart + "+" + this.token + "@" + this.domain;
	}

}
