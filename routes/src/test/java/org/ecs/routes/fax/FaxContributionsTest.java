package org.ecs.routes.fax;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.ecs.core.contribution.Attachment;
import org.ecs.core.contribution.Contribution;
import org.ecs.core.participant.Channel;
import org.ecs.gateways.fax.ReceivedFax;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FaxContributionsTest {

	final List<Contribution> submitted = new ArrayList<>();

	final FaxContributions contributions = new FaxContributions(this.submitted::add);

	@Test
	void shouldSubmitAFaxContributionWithItsOriginalPagesAndFacts() {
		Instant at = Instant.parse("2026-11-25T10:00:00Z");
		FaxIntake fax = FaxIntake
			.of(new ReceivedFaxMail("m1@bridge", "a".repeat(64), at),
					new ReceivedFax("hylafax", "Kenya NDC", Optional.of("+254201234567"), Optional.of("Kenya NDC"),
							Optional.empty(), OptionalInt.of(1), Optional.of(at), List.of()),
					at)
			.withPages(List.of(), List.of(new Attachment("fax-page-1.png", "image/png", 3, "b".repeat(64))),
					Map.of("fax.pages", "1"))
			.routed(FaxFixtures.discussion(42), FaxFixtures.expert(17, "+254201234567"), FaxIntake.QR)
			.recognised("We agree.", Map.of("ocr.meanConfidence", "91.0"));

		FaxIntake done = this.contributions.submit(fax);

		assertThat(this.submitted).singleElement().satisfies((c) -> {
			assertThat(c.id()).isEqualTo(done.contributionId());
			assertThat(c.channel()).isEqualTo(Channel.FAX);
			assertThat(c.discussionId()).isEqualTo(42);
			assertThat(c.authorId()).isEqualTo(17);
			assertThat(c.receivedAt()).isEqualTo(at);
			assertThat(c.text()).isEqualTo("We agree.");
			assertThat(c.originalKey()).isEqualTo("a".repeat(64));
			assertThat(c.attachments()).extracting(Attachment::name).containsExactly("fax-page-1.png");
			assertThat(c.dedupeKey()).isEqualTo("fax:m1@bridge");
			assertThat(c.loggedBy()).isNull();
			assertThat(c.facts()).containsEntry("fax.routedBy", "qr")
				.containsEntry("fax.senderNumber", "+254201234567")
				.containsEntry("fax.tsi", "Kenya NDC")
				.containsEntry("fax.pages", "1")
				.containsEntry("ocr.meanConfidence", "91.0");
		});
		this.contributions.submit(fax);
		assertThat(this.submitted.get(1).id()).as("the same mail is the same contribution")
			.isEqualTo(this.submitted.get(0).id());
	}

	@Test
	void shouldLeaveDiscussionAndAuthorOpenWhenNothingTold() {
		FaxIntake fax = FaxIntake.of(
				new ReceivedFaxMail("m2", "a".repeat(64), null), new ReceivedFax("hylafax", "?", Optional.empty(),
						Optional.empty(), Optional.empty(), OptionalInt.empty(), Optional.empty(), List.of()),
				Instant.now());

		this.contributions.submit(fax);

		assertThat(this.submitted).singleElement().satisfies((c) -> {
			assertThat(c.discussionId()).isNull();
			assertThat(c.authorId()).isNull();
			assertThat(c.facts()).containsEntry("fax.routedBy", "unassigned");
		});
	}

}
