package org.ecs.gateways.mail;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated replies of {@link WorldReplies} (15 clients, 19 languages), trimmed as
 * the gateway trims them and scored exact as METRICS.md says.
 */
class WorldRepliesTest {

	@Test
	void shouldGiveWhatTheAuthorWroteForRepliesFromEveryClientInEveryLanguage() {
		ClientReplies.Score score = WorldReplies.score(new ReplyTrimmer());
		System.out.println(score.table());
		System.out.println(score.misses(Integer.getInteger("ecs.replies.misses", 0)));
		assertThat(score.cases()).isGreaterThan(1_500);
		assertThat(score.rate()).as(score.misses(15)).isGreaterThanOrEqualTo(0.99);
	}

	@Test
	void shouldGiveTheSameWhenTheRepliesTravelAsMailInTheirClientsCharsetsAndEncodings() {
		ReplyTrimmer trimmer = new ReplyTrimmer();
		MimeMailParser parser = new MimeMailParser();
		ClientReplies.Score score = new ClientReplies.Score();
		java.util.Map<String, Integer> charsets = new java.util.TreeMap<>();
		int number = 0;
		for (ClientReplies.Case c : WorldReplies.all()) {
			InboundMail mail = parser.parse(WorldMail.message(c, number++));
			String trimmed = trimmer.trim(mail, List.of(c.notification())).replyWithoutSignature();
			score.add(c, ClientReplies.normalise(trimmed), ClientReplies.normalise(c.expected()));
			charsets.merge(WorldMail.charset(c) + " " + WorldMail.transfer(c, WorldMail.charset(c)), 1, Integer::sum);
		}
		System.out.println("as mail: " + charsets + "\n" + score.table());
		System.out.println(score.misses(Integer.getInteger("ecs.replies.misses", 0)));
		assertThat(charsets).hasSizeGreaterThan(15);
		assertThat(score.rate()).as(score.misses(15)).isGreaterThanOrEqualTo(0.99);
	}

	@Test
	void shouldNeverCutALineTheAuthorWroteWhateverTheClientOrLanguage() {
		ReplyTrimmer trimmer = new ReplyTrimmer();
		List<String> lost = new ArrayList<>();
		for (ClientReplies.Case c : WorldReplies.all()) {
			List<String> sent = List.of(c.notification());
			String trimmed = (c.text() != null) ? trimmer.trim(c.text(), sent).replyWithoutSignature()
					: trimmer.trimHtml(c.html(), sent).replyWithoutSignature();
			List<String> kept = ClientReplies.normalise(trimmed).lines().toList();
			ClientReplies.normalise(c.expected())
				.lines()
				.filter((line) -> !line.isBlank() && !kept.contains(line))
				.findFirst()
				.ifPresent((line) -> lost.add(c.name() + ": " + line));
		}
		assertThat(lost).isEmpty();
	}

}
