package org.ecs.gateways.fax;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReceivedFaxParserTest {

	private final ReceivedFaxParser parser = new ReceivedFaxParser(
			new FaxBridgeProperties(null, ZoneId.of("Europe/Zurich"), null), new FaxNumbers("CH"));

	@Test
	void shouldReadSenderPagesTimeAndTiffWhenHylafaxFaxrcvdSentTheMail() {
		ReceivedFax fax = recognised("bridge/hylafax-faxrcvd-tif.eml");

		assertThat(fax.format()).isEqualTo("hylafax");
		assertThat(fax.senderRaw()).isEqualTo("0225550123");
		assertThat(fax.senderNumber()).contains("+41225550123");
		assertThat(fax.stationId()).contains("+41 22 555 01 23");
		assertThat(fax.callerId()).contains("0225550123");
		assertThat(fax.statedPages()).isEqualTo(OptionalInt.of(2));
		assertThat(fax.received()).contains(Instant.parse("2026-11-25T09:04:12Z"));
		assertThat(fax.pages()).singleElement().satisfies((page) -> {
			assertThat(page.fileName()).isEqualTo("fax000000123.tif");
			assertThat(page.baseType()).isEqualTo("image/tiff");
			assertThat(page.bytes()).startsWith('I', 'I', '*', 0);
		});
	}

	@Test
	void shouldTakeTheNumberFromTheStationIdWhenAnOldHylafaxSentPostScriptWithoutCallerId() {
		ReceivedFax fax = recognised("bridge/hylafax-old-ps.eml");

		assertThat(fax.format()).isEqualTo("hylafax");
		assertThat(fax.stationId()).contains("ACME FAX 0041 22 555 0123");
		assertThat(fax.callerId()).isEmpty();
		assertThat(fax.senderNumber()).contains("+41225550123");
		assertThat(fax.received()).contains(Instant.parse("2005-03-14T08:26:53Z"));
		assertThat(fax.pages()).singleElement()
			.satisfies((page) -> assertThat(page.baseType()).isEqualTo("application/postscript"));
	}

	@Test
	void shouldReadTheNumberFromTheSubjectWhenACommercialBridgeSentAPdf() {
		ReceivedFax fax = recognised("bridge/commercial-subject-pdf.eml");

		assertThat(fax.format()).isEqualTo("commercial");
		assertThat(fax.senderRaw()).isEqualTo("+41 22 555 01 23");
		assertThat(fax.senderNumber()).contains("+41225550123");
		assertThat(fax.statedPages()).isEqualTo(OptionalInt.of(2));
		assertThat(fax.received()).as("the mail's Date when no time is stated")
			.contains(Instant.parse("2026-11-25T09:04:40Z"));
		assertThat(fax.pages()).singleElement()
			.satisfies((page) -> assertThat(page.fileName()).isEqualTo("fax-20261125-090412.pdf"));
	}

	@Test
	void shouldReadXFaxHeadersWhenTheSubjectNamesNoNumber() {
		ReceivedFax fax = recognised("bridge/commercial-headers-tif.eml");

		assertThat(fax.format()).isEqualTo("commercial");
		assertThat(fax.senderNumber()).contains("+41225550123");
		assertThat(fax.stationId()).contains("ACME SA GENEVA");
		assertThat(fax.statedPages()).isEqualTo(OptionalInt.of(3));
		assertThat(fax.received()).contains(Instant.parse("2026-11-25T09:04:12Z"));
		assertThat(fax.pages()).as("an octet-stream named .tif is a page").hasSize(1);
	}

	@Test
	void shouldReadTheBodyLinesWhenACommercialBridgeSendsHtmlOnly() {
		ReceivedFax fax = recognised("bridge/commercial-html-only.eml");

		assertThat(fax.format()).isEqualTo("commercial");
		assertThat(fax.senderNumber()).contains("+33145681000");
		assertThat(fax.statedPages()).isEqualTo(OptionalInt.of(4));
	}

	@Test
	void shouldSayWhyWhenNoFormatRecognisesTheMail() {
		FaxParseResult<ReceivedFax> result = this.parser.parse(FaxMails.load("bridge/not-a-fax.eml"));

		assertThat(result).isInstanceOf(FaxParseResult.Unrecognised.class);
		assertThat(result.found()).isEmpty();
		assertThat(((FaxParseResult.Unrecognised<ReceivedFax>) result).reason()).contains("hylafax: Subject",
				"commercial: Subject", "Lunch on Friday?");
	}

	@Test
	void shouldNotTakeTheFaxMastersNoticeForAFaxWhenItHasNoPages() {
		FaxParseResult<ReceivedFax> result = this.parser.parse(FaxMails.load("bridge/hylafax-faxmaster-notice.eml"));

		assertThat(result).isInstanceOfSatisfying(FaxParseResult.Unrecognised.class,
				(unrecognised) -> assertThat(unrecognised.reason()).contains("hylafax: no page attachment"));
	}

	@Test
	void shouldUseAConfiguredFormatWhenTheBridgeWritesItsOwnWay() {
		FaxBridgeFormat custom = new FaxBridgeFormat("pbx", "@pbx\\.example\\.org>?$",
				"^\\[FAX\\] (?<number>\\S+) (?<pages>\\d+)p$", Map.of(), List.of(), "");
		ReceivedFaxParser configured = new ReceivedFaxParser(new FaxBridgeProperties(List.of(custom), null, null),
				new FaxNumbers("AT"));
		FaxBridgeMail mail = new FaxBridgeMail("[FAX] 01260600 4p", "PBX <fax@pbx.example.org>", Map.of(), "",
				List.of(new FaxAttachment("scan.pdf", "application/pdf", new byte[] { '%', 'P', 'D', 'F' })));

		ReceivedFax fax = configured.parse(mail).found().orElseThrow();

		assertThat(fax.format()).isEqualTo("pbx");
		assertThat(fax.senderNumber()).contains("+431260600");
		assertThat(fax.statedPages()).isEqualTo(OptionalInt.of(4));
		assertThat(configured
			.parse(new FaxBridgeMail("[FAX] 01260600 4p", "other@example.org", Map.of(), "", mail.attachments())))
			.isInstanceOf(FaxParseResult.Unrecognised.class);
	}

	@Test
	void shouldRefuseABrokenPatternWhenConfigured() {
		FaxBridgeFormat broken = new FaxBridgeFormat("broken", "", "(?<number>", Map.of(), List.of(), "");

		assertThatThrownBy(
				() -> new ReceivedFaxParser(new FaxBridgeProperties(List.of(broken), null, null), new FaxNumbers("CH")))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("broken");
	}

	private ReceivedFax recognised(String resource) {
		FaxParseResult<ReceivedFax> result = this.parser.parse(FaxMails.load(resource));
		assertThat(result).as(result.toString()).isInstanceOf(FaxParseResult.Recognised.class);
		return result.found().orElseThrow();
	}

}
