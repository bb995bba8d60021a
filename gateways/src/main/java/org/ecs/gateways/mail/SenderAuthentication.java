package org.ecs.gateways.mail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the organisation's receiving mail server found out about a mail's sender, from the
 * {@code Authentication-Results} header it added (RFC 8601: SPF, DKIM, DMARC). Anyone can
 * write that header, so only one whose authserv-id is configured as ours counts, and of
 * those only the topmost, the one our last server added (a server removes copies of its
 * own id that arrive from outside, RFC 8601 section 5). Thread-safe.
 */
public final class SenderAuthentication {

	/** What the verdict says about the From. */
	public enum Result {

		/** DMARC passed, or SPF or DKIM passed for the From's domain. */
		PASS,

		/** DMARC failed: the From's domain says this mail is not theirs. */
		FAIL,

		/** No trusted verdict, or one that proves nothing about the From. */
		NONE

	}

	/**
	 * @param result pass, fail or none
	 * @param detail what the verdict was based on, for the coordinator and the log
	 */
	public record Verdict(Result result, String detail) {
	}

	/** One {@code method=result} of a header, with its {@code ptype.property=value}s. */
	record MethodResult(String method, String result, Map<String, String> properties) {
	}

	/** One header: who wrote it and what it found. */
	record Header(String authservId, List<MethodResult> results) {
	}

	private final Set<String> trustedIds;

	/**
	 * @param trustedAuthservIds the authserv-ids of the organisation's receiving servers;
	 * empty to trust no header
	 */
	public SenderAuthentication(Set<String> trustedAuthservIds) {
		this.trustedIds = trustedAuthservIds.stream()
			.map((id) -> id.strip().toLowerCase(Locale.ROOT))
			.filter((id) -> !id.isEmpty())
			.collect(Collectors.toUnmodifiableSet());
	}

	public Verdict judge(InboundMail mail) {
		String fromDomain = (mail.from() != null) ? mail.from().domain() : "";
		Optional<Header> trusted = mail.headers()
			.getOrDefault("authentication-results", List.of())
			.stream()
			.map(SenderAuthentication::parse)
			.flatMap(Optional::stream)
			.filter((h) -> this.trustedIds.contains(h.authservId()))
			.findFirst();
		if (trusted.isEmpty()) {
			return new Verdict(Result.NONE, "no Authentication-Results of a trusted server");
		}
		return judge(trusted.get(), fromDomain);
	}

	static Verdict judge(Header header, String fromDomain) {
		String by = " (" + header.authservId() + ")";
		for (MethodResult r : header.results()) {
			if (r.method().equals("dmarc") && r.result().equals("fail")) {
				return new Verdict(Result.FAIL, "dmarc=fail" + by);
			}
		}
		for (MethodResult r : header.results()) {
			if (!r.result().equals("pass")) {
				continue;
			}
			String domain = switch (r.method()) {
				case "dmarc" -> r.properties().getOrDefault("header.from", fromDomain);
				case "dkim" -> domainOf(r.properties().getOrDefault("header.d", r.properties().get("header.i")));
				case "spf" -> domainOf(r.properties().get("smtp.mailfrom"));
				default -> null;
			};
			if (domain != null && !fromDomain.isEmpty() && aligned(domain, fromDomain)) {
				return new Verdict(Result.PASS, r.method() + "=pass for " + domain + by);
			}
		}
		return new Verdict(Result.NONE, "no pass aligned with " + fromDomain + by);
	}

	/**
	 * Relaxed alignment without the public suffix list: the same domain, or one inside
	 * the other.
	 */
	static boolean aligned(String domain, String fromDomain) {
		String a = domain.toLowerCase(Locale.ROOT);
		String b = fromDomain.toLowerCase(Locale.ROOT);
		return a.equals(b) || a.endsWith("." + b) || b.endsWith("." + a) && a.contains(".");
	}

	private static String domainOf(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String v = value.strip();
		int at = v.lastIndexOf('@');
		return ((at >= 0) ? v.substring(at + 1) : v).toLowerCase(Locale.ROOT);
	}

	/** Reads one header value; empty when it is not one. */
	static Optional<Header> parse(String value) {
		if (value == null) {
			return Optional.empty();
		}
		String[] parts = withoutComments(value).split(";");
		String[] id = parts[0].strip().split("\\s+");
		if (id.length == 0 || id[0].isEmpty()) {
			return Optional.empty();
		}
		List<MethodResult> results = new ArrayList<>();
		for (int i = 1; i < parts.length; i++) {
			String[] tokens = parts[i].strip().split("\\s+");
			if (tokens.length == 0 || !tokens[0].contains("=")) {
				continue;
			}
			String[] methodResult = tokens[0].split("=", 2);
			String method = methodResult[0].replaceAll("/.*$", "").toLowerCase(Locale.ROOT);
			Map<String, String> properties = new LinkedHashMap<>();
			for (int t = 1; t < tokens.length; t++) {
				String[] pair = tokens[t].split("=", 2);
				if (pair.length == 2) {
					properties.putIfAbsent(pair[0].toLowerCase(Locale.ROOT), unquote(pair[1]));
				}
			}
			results.add(new MethodResult(method, methodResult[1].strip().toLowerCase(Locale.ROOT), properties));
		}
		return Optional.of(new Header(id[0].toLowerCase(Locale.ROOT), results));
	}

	private static String unquote(String value) {
		String v = value.strip();
		return (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) ? v.substring(1, v.length() - 1) : v;
	}

	/** RFC 5322 comments, nested or not, outside quoted strings. */
	private static String withoutComments(String value) {
		StringBuilder out = new StringBuilder(value.length());
		int depth = 0;
		boolean quoted = false;
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == '\\' && i + 1 < value.length()) {
				if (depth == 0) {
					out.append(c).append(value.charAt(i + 1));
				}
				i++;
			}
			else if (c == '"' && depth == 0) {
				quoted = !quoted;
				out.append(c);
			}
			else if (c == '(' && !quoted) {
				depth++;
			}
			else if (c == ')' && !quoted && depth > 0) {
				depth--;
				out.append(' ');
			}
			else if (depth == 0) {
				out.append(c);
			}
		}
		return out.toString();
	}

}
