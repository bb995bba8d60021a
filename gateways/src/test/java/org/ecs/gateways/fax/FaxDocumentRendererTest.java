package org.ecs.gateways.fax;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FaxDocumentRendererTest {

	private final FaxDocumentRenderer renderer = new FaxDocumentRenderer(
			FaxDocumentProperties.withReplyNumber("+41 22 555 01 99"));

	@Test
	void shouldCarryEveryWordInEveryLanguageWhenTheCommentIsMultilingual() throws IOException {
		RenderedFax fax = this.renderer.render(FaxSamples.multilingualComment());

		String text = compact(text(fax.pdf(), 1, fax.pageCount()));
		for (String sentence : List.of(FaxSamples.ENGLISH, FaxSamples.FRENCH, FaxSamples.SPANISH, FaxSamples.RUSSIAN,
				FaxSamples.ARABIC, FaxSamples.CHINESE)) {
			for (String word : sentence.split("[\\s.,;:]+")) {
				assertThat(text).as("word '%s'", word).contains(compact(word));
			}
		}
		assertThat(text).contains("Élodie", "Müller", "Haddad", "Verificationannex:seismicstations");
	}

	@Test
	void shouldNumberEveryPageAndEndWithTheReplySheetWhenTheTextRunsOverSeveralPages() throws IOException {
		RenderedFax fax = this.renderer.render(FaxSamples.longAnnouncement(40));

		assertThat(fax.pageCount()).isGreaterThan(3);
		try (PDDocument pdf = Loader.loadPDF(fax.pdf())) {
			assertThat(pdf.getNumberOfPages()).isEqualTo(fax.pageCount());
		}
		for (int page = 1; page <= fax.pageCount(); page++) {
			String text = text(fax.pdf(), page, page);
			assertThat(text).as("page %d", page)
				.contains("page " + page + " of " + fax.pageCount())
				.contains("Preparatory meeting")
				.contains("Deadline for comments: 4 December 2026, 09:00 CET");
		}
		String last = text(fax.pdf(), fax.pageCount(), fax.pageCount());
		assertThat(last).contains("REPLY SHEET", "ECS-D-7 / P-3", "From: Experts", "fax this whole page back to",
				"+41 22 555 01 99");
		assertThat(text(fax.pdf(), fax.pageCount() - 1, fax.pageCount() - 1)).doesNotContain("REPLY SHEET");
	}

	@Test
	void shouldKeepTheReplyCodeDecodableWhenTheLastPageWentThroughTwoFaxTransmissions() throws IOException {
		FaxDocument document = FaxSamples.multilingualComment();
		RenderedFax fax = this.renderer.render(document);

		for (long seed = 1; seed <= 5; seed++) {
			double skew = (seed % 2 == 0) ? 0.8 : -0.8;
			BufferedImage received = new FaxDegrader(seed, skew, 0.003).degrade(fax.pdf(), fax.pageCount() - 1);

			assertThat(received.getWidth()).isEqualTo(FaxResolution.LINE_PIXELS);
			assertThat(QrReading.fromNormalResolution(received)).as("seed %d", seed)
				.contains(document.replyCode().format());
		}
		assertThat(ReplySheetCode.parse(document.replyCode().format()).orElseThrow().isAuthentic(FaxSamples.KEY))
			.isTrue();
	}

	@Test
	void shouldPrintMarkupAsTextWhenTheCommentContainsHtml() throws IOException {
		ZonedDateTime now = ZonedDateTime.of(2026, 11, 25, 12, 0, 0, 0, FaxSamples.GENEVA);
		String hostile = "<script>alert(1)</script> <img src=\"http://evil.example/x.png\"/> & \u0007bell ]]> <!--";
		FaxDocument document = new FaxDocument("<b>Title</b> & co", Optional.empty(), "<i>Name</i>",
				List.of(new FaxContent.Comment("<a href='x'>Mallory</a>", now, hostile)),
				ReplySheetCode.issue(1, 2, FaxSamples.KEY));

		RenderedFax fax = this.renderer.render(document);

		String text = compact(text(fax.pdf(), 1, fax.pageCount()));
		assertThat(text).contains(compact("<script>alert(1)</script>"),
				compact("<img src=\"http://evil.example/x.png\"/>"), "&bell", compact("<b>Title</b> & co"),
				compact("<a href='x'>Mallory</a>"), "<i>Name</i>", "]]><!--");
	}

	@Test
	void shouldRenderAnnouncementCommentAndNetworkMessageInOneFax() throws IOException {
		ZonedDateTime when = ZonedDateTime.of(2026, 11, 25, 8, 15, 0, 0, FaxSamples.GENEVA);
		FaxDocument document = new FaxDocument("Station IS42", Optional.of(when.plusDays(3)), "Expert", List.of(
				new FaxContent.Announcement("New discussion", "Coordinator", when, "Please comment."),
				new FaxContent.Comment("Ivan Petrov", when.plusHours(1), "Согласен."),
				new FaxContent.NetworkMessage("PTS", when.plusHours(2), "Network notice", "Maintenance at noon.")),
				ReplySheetCode.issue(5, 6, FaxSamples.KEY));

		RenderedFax fax = this.renderer.render(document);

		String text = text(fax.pdf(), 1, fax.pageCount());
		assertThat(text).contains("ANNOUNCEMENT", "New discussion", "By: Coordinator - 25 November 2026, 08:15 CET",
				"COMMENT", "Ivan Petrov", "Согласен.", "MESSAGE", "From: PTS", "Network notice",
				"Maintenance at noon.");
		assertThat(fax.pageCount()).isEqualTo(2);
	}

	@Test
	void shouldRefuseToStartWhenAFontIsMissing() {
		FaxDocumentProperties properties = new FaxDocumentProperties("+41225550199", null,
				List.of(new FaxFont(java.nio.file.Path.of("/nonexistent/Font.ttf"), "Nope", 400, "fonts-nope")), null,
				0);

		assertThatThrownBy(() -> new FaxDocumentRenderer(properties)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("fonts-nope");
	}

	static String text(byte[] pdf, int firstPage, int lastPage) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setStartPage(firstPage);
			stripper.setEndPage(lastPage);
			return stripper.getText(document);
		}
	}

	private static String compact(String text) {
		return text.replaceAll("\\s+", "");
	}

}
