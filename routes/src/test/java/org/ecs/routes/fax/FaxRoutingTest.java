package org.ecs.routes.fax;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.ecs.core.discussion.Discussions;
import org.ecs.core.participant.ParticipantDirectory;
import org.ecs.gateways.fax.ReceivedFax;
import org.ecs.gateways.fax.ReplySheetCode;
import org.ecs.ocr.code.ReplyCodes;
import org.ecs.ocr.page.PageImage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

class FaxRoutingTest {

	static final String NUMBER = "+254201234567";

	final ReplyCodes codes = new ReplyCodes();

	final Discussions discussions = mock(Discussions.class);

	final ParticipantDirectory participants = mock(ParticipantDirectory.class);

	FaxRouting routing;

	@BeforeEach
	void setUp() {
		this.routing = new FaxRouting(this.codes, FaxReplySheetKey.of("", true), this.discussions, this.participants);
		given(this.discussions.findById(anyLong())).willReturn(Optional.empty());
		given(this.participants.findById(anyLong())).willReturn(Optional.empty());
		given(this.discussions.findById(42)).willReturn(Optional.of(FaxFixtures.discussion(42)));
		given(this.participants.findById(17)).willReturn(Optional.of(FaxFixtures.expert(17, NUMBER)));
	}

	@Test
	void shouldTakeDiscussionAndAuthorFromASignedReplySheet() {
		FaxIntake fax = fax(pageWithCode(ReplySheetCode.issue(42, 17, FaxReplySheetKey.DEVELOPMENT).format()));

		FaxIntake routed = this.routing.byReplySheet(fax);

		assertThat(routed.routedBy()).isEqualTo(FaxIntake.QR);
		assertThat(routed.discussion().id()).isEqualTo(42);
		assertThat(routed.author().id()).isEqualTo(17);
	}

	@Test
	void shouldTakeOnlyTheAuthorFromASheetSentWithANetworkMessage() {
		FaxIntake fax = fax(pageWithCode(
				ReplySheetCode.issue(ReplySheetCode.NO_DISCUSSION, 17, FaxReplySheetKey.DEVELOPMENT).format()));

		FaxIntake routed = this.routing.byReplySheet(fax);

		assertThat(routed.author().id()).isEqualTo(17);
		assertThat(routed.discussion()).isNull();
		assertThat(routed.routedBy()).isEqualTo(FaxIntake.QR);
	}

	@Test
	void shouldFlagAndNotRouteAReplySheetForgedInEcsFormat() {
		byte[] other = "another key of at least sixteen bytes".getBytes();
		FaxIntake fax = fax(pageWithCode(ReplySheetCode.issue(42, 17, other).format()));

		FaxIntake routed = this.routing.byReplySheet(fax);

		assertThat(routed.routedBy()).isEqualTo(FaxIntake.UNASSIGNED);
		assertThat(routed.facts().get(FaxRouting.CODE_NOT_VALID)).startsWith("page 1: ECS1:D42:P17:");
	}

	@Test
	void shouldFlagAnotherSystemsCodeAndNeverRouteByThePrintedReferenceAlone() {
		FaxIntake fax = fax(pageWithCode("https://forms.example.org/reply?id=42"));
		given(this.discussions.isInAudience(42, 17)).willReturn(true);

		FaxIntake flagged = this.routing.byReplySheet(fax);
		FaxIntake routed = this.routing
			.byReference(flagged.recognised("Reference ECS-D-42\nWe agree.", java.util.Map.of()));

		assertThat(flagged.facts().get(FaxRouting.CODE_NOT_VALID))
			.isEqualTo("page 1: https://forms.example.org/reply?id=42");
		assertThat(routed.discussion()).isNull();
		assertThat(routed.routedBy()).isEqualTo(FaxIntake.UNASSIGNED);
	}

	@Test
	void shouldStillRouteByThePrintedReferenceWhenThePageHasNoCode() {
		FaxIntake routed = this.routing.byReference(this.routing.byReplySheet(fax(blank()))
			.recognised("Reference ECS-D-42\nWe agree.", java.util.Map.of()));

		assertThat(routed.discussion().id()).isEqualTo(42);
		assertThat(routed.facts()).doesNotContainKey(FaxRouting.CODE_NOT_VALID);
	}

	@Test
	void shouldTakeTheAuthorFromTheSendersNumberOnlyWhenOneParticipantHasIt() {
		given(this.participants.findByFaxNumber(NUMBER)).willReturn(List.of(FaxFixtures.expert(17, NUMBER)));
		FaxIntake routed = this.routing.bySender(fax(blank()));
		assertThat(routed.author().id()).isEqualTo(17);
		assertThat(routed.routedBy()).isEqualTo(FaxIntake.NUMBER);

		given(this.participants.findByFaxNumber(NUMBER))
			.willReturn(List.of(FaxFixtures.expert(17, NUMBER), FaxFixtures.expert(18, NUMBER)));
		assertThat(this.routing.bySender(fax(blank())).author()).isNull();
	}

	@Test
	void shouldTakeTheDiscussionFromAWrittenReferenceTheSenderMayRead() {
		FaxIntake known = fax(blank()).routed(null, FaxFixtures.expert(17, NUMBER), FaxIntake.NUMBER)
			.recognised("Re: EC5-D-42\nWe agree.", java.util.Map.of());
		given(this.discussions.isInAudience(42, 17)).willReturn(true);
		FaxIntake routed = this.routing.byReference(known);
		assertThat(routed.discussion().id()).isEqualTo(42);
		assertThat(routed.routedBy()).isEqualTo(FaxIntake.REFERENCE);

		given(this.discussions.isInAudience(42, 17)).willReturn(false);
		assertThat(this.routing.byReference(known).discussion()).isNull();
	}

	private static FaxIntake fax(BufferedImage page) {
		return FaxIntake
			.of(new ReceivedFaxMail("k", "0".repeat(64), null),
					new ReceivedFax("hylafax", NUMBER, Optional.of(NUMBER), Optional.empty(), Optional.empty(),
							OptionalInt.empty(), Optional.empty(), List.of()),
					Instant.now())
			.withPages(List.of(new PageImage(1, page, 204, 204)), List.of(), java.util.Map.of());
	}

	private BufferedImage pageWithCode(String payload) {
		BufferedImage page = blank();
		Graphics2D g = page.createGraphics();
		g.drawImage(this.codes.encode(payload, 500), 150, 300, null);
		g.dispose();
		return page;
	}

	private static BufferedImage blank() {
		return FaxFixtures.typedPage(List.of());
	}

}
