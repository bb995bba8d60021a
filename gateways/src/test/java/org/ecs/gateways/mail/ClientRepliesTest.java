package org.ecs.gateways.mail;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated replies of {@link ClientReplies}, trimmed as the gateway trims them and
 * scored exact as METRICS.md says: at least 95% overall.
 */
class ClientRepliesTest {

	@Test
	void shouldGiveWhatTheAuthorWroteForAtLeast95PercentOfClientReplies() {
		Score score = score(new ReplyTrimmer());
		System.out.println(score.table());
		System.out.println(score.misses(Integer.getInteger("ecs.replies.misses", 0)));
		assertThat(score.cases()).isGreaterThan(1_000);
		assertThat(score.rate()).as(score.misses(15)).isGreaterThanOrEqualTo(0.95);
	}

	@Test
	void shouldStillGiveWhatTheAuthorWroteForMostRepliesWithoutKnowingWhatWasSent() {
		Score score = score(new ReplyTrimmer(), false);
		System.out.println("without the sent notification: " + score.table());
		// bottom-posted replies under an unquoted copy (Outlook) cannot be told apart
		assertThat(score.rate()).as(score.misses(5)).isGreaterThanOrEqualTo(0.85);
	}

	static Score score(ReplyTrimmer trimmer) {
		return score(trimmer, true);
	}

	/**
	 * @param knowingSent whether the trimmer is told what ECS sent, as the gateway tells
	 * it
	 */
	static Score score(ReplyTrimmer trimmer, boolean knowingSent) {
		Score score = new Score();
		for (ClientReplies.Case c : ClientReplies.all()) {
			List<String> sent = knowingSent ? List.of(c.notification()) : List.of();
			TrimmedReply trimmed = (c.text() != null) ? trimmer.trim(c.text(), sent) : trimmer.trimHtml(c.html(), sent);
			score.add(c, normalise(trimmed.replyWithoutSignature()), normalise(c.expected()));
		}
		return score;
	}

	/** METRICS.md: NFC, no BOM, no trailing spaces, 3+ blank lines collapsed, trimmed. */
	static String normalise(String text) {
		String nfc = Normalizer.normalize(text, Normalizer.Form.NFC).replace("\uFEFF", "").replace("\r\n", "\n");
		return nfc.replaceAll("(?m)[ \\t\\u00A0]+$", "").replaceAll("\\n{4,}", "\n\n\n").strip();
	}

	static final class Score {

		private final Map<String, int[]> byClient = new TreeMap<>();

		private final Map<String, int[]> byLanguage = new TreeMap<>();

		private final Map<String, int[]> byShape = new TreeMap<>();

		private final List<String> misses = new ArrayList<>();

		private int cases;

		private int exact;

		void add(ClientReplies.Case c, String actual, String expected) {
			boolean ok = actual.equals(expected);
			this.cases++;
			this.exact += ok ? 1 : 0;
			count(this.byClient, c.client(), ok);
			count(this.byLanguage, c.language(), ok);
			count(this.byShape, c.shape(), ok);
			if (!ok) {
				this.misses.add(c.name() + "\n  expected: " + expected.replace("\n", "⏎") + "\n  actual:   "
						+ actual.replace("\n", "⏎"));
			}
		}

		private static void count(Map<String, int[]> counts, String key, boolean ok) {
			int[] n = counts.computeIfAbsent(key, (k) -> new int[2]);
			n[0] += ok ? 1 : 0;
			n[1]++;
		}

		int cases() {
			return this.cases;
		}

		double rate() {
			return (double) this.exact / this.cases;
		}

		String misses(int limit) {
			return String.join("\n", this.misses.subList(0, Math.min(limit, this.misses.size())));
		}

		List<String> allMisses() {
			return this.misses;
		}

		String table() {
			StringBuilder table = new StringBuilder();
			table.append(String.format("generated client replies: %d/%d exact (%.1f%%)%n", this.exact, this.cases,
					100 * rate()));
			Function<Map<String, int[]>, String> rows = (counts) -> {
				StringBuilder out = new StringBuilder();
				counts.forEach((key, n) -> out
					.append(String.format("  %-16s %4d/%-4d %6.1f%%%n", key, n[0], n[1], 100.0 * n[0] / n[1])));
				return out.toString();
			};
			table.append("per client:\n").append(rows.apply(this.byClient));
			table.append("per language:\n").append(rows.apply(this.byLanguage));
			table.append("per shape:\n").append(rows.apply(this.byShape));
			return table.toString();
		}

	}

}
