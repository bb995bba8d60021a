package org.ecs.gateways.fax;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FaxOutboundMailTest {

	private static final RenderedFax FAX = new RenderedFax(
			"%PDF-1.4 fake\r\n%%EOF\n".getBytes(StandardCharsets.US_ASCII), 2);

	private final FaxNumbers numbers = new FaxNumbers("CH");

	@Test
	void shouldAddressTheGatewayWithTheE164NumberWhenThePlusIsKept() throws Exception {
		FaxOutboundMail outbound = new FaxOutboundMail(
				new FaxOutboundProperties("{number}@fax.example.org", true, "ECS <ecs-fax@example.org>", null, null),
				this.numbers);

		MimeMessage message = outbound.compose(FaxMails.SESSION, "022 555 01 23", FAX, "n-42");

		assertThat(message.getAllRecipients()).extracting(Object::toString)
			.containsExactly("+41225550123@fax.example.org");
		assertThat(message.getFrom()).extracting(Object::toString).containsExactly("ECS <ecs-fax@example.org>");
		assertThat(message.getSubject()).isEqualTo("ECS fax ECS-N-n-42");
		assertThat(message.getHeader(FaxOutboundMail.NOTIFICATION_HEADER, null)).isEqualTo("n-42");
		assertThat(message.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
		assertThat(message.getMessageID()).startsWith("<ECS-N-n-42.").endsWith("@example.org>");
	}

	@Test
	void shouldWriteDigitsOnlyWhenTheGatewayWantsNoPlus() {
		FaxOutboundMail outbound = new FaxOutboundMail(
				new FaxOutboundProperties("fax={number}@gw.example.net", false, "ecs@example.org", null, null),
				this.numbers);

		assertThat(outbound.gatewayAddress("Fax: 0041 22 555 01 23").getAddress())
			.isEqualTo("fax=41225550123@gw.example.net");
	}

	@Test
	void shouldAttachOnlyThePdfWhenTheBodyIsEmpty() throws Exception {
		FaxOutboundMail outbound = new FaxOutboundMail(
				new FaxOutboundProperties("{number}@fax.example.org", true, "ecs@example.org", null, ""), this.numbers);

		MimeMessage message = reparsed(outbound.compose(FaxMails.SESSION, "+41225550123", FAX, "n-1"));

		Multipart parts = (Multipart) message.getContent();
		assertThat(parts.getCount()).isEqualTo(1);
		Part pdf = parts.getBodyPart(0);
		assertThat(pdf.isMimeType("application/pdf")).isTrue();
		assertThat(pdf.getDisposition()).isEqualTo(Part.ATTACHMENT);
		assertThat(pdf.getFileName()).isEqualTo("ecs-fax-n-1.pdf");
		try (InputStream in = pdf.getInputStream()) {
			assertThat(in.readAllBytes()).as("CRLF inside the PDF survives").isEqualTo(FAX.pdf());
		}
	}

	@Test
	void shouldKeepTheBodyShortAsciiWithOneKindOfLineEnding() throws Exception {
		FaxOutboundMail outbound = new FaxOutboundMail(new FaxOutboundProperties("{number}@fax.example.org", true,
				"ecs@example.org", null, "ECS fax - 2 pages follow.\nDo not reply to this address."), this.numbers);

		MimeMessage message = outbound.compose(FaxMails.SESSION, "+41225550123", FAX, "n-2");
		ByteArrayOutputStream raw = new ByteArrayOutputStream();
		message.writeTo(raw);
		String wire = raw.toString(StandardCharsets.US_ASCII);

		assertThat(wire.replace("\r\n", "")).as("no bare CR or LF on the wire").doesNotContain("\r", "\n");
		assertThat(wire).contains("Content-Transfer-Encoding: 7bit", "Content-Transfer-Encoding: base64",
				"ECS fax - 2 pages follow.\r\nDo not reply to this address.");
		assertThat(wire.chars().allMatch((c) -> c < 0x80)).isTrue();
		Multipart parts = (Multipart) reparsed(message).getContent();
		assertThat(parts.getCount()).isEqualTo(2);
		assertThat(parts.getBodyPart(0).isMimeType("text/plain")).isTrue();
		assertThat(parts.getBodyPart(1).isMimeType("application/pdf")).isTrue();
	}

	@Test
	void shouldRefuseWhatCouldInjectHeadersOrIsNoNumber() {
		FaxOutboundMail outbound = new FaxOutboundMail(
				new FaxOutboundProperties("{number}@fax.example.org", true, "ecs@example.org", null, null),
				this.numbers);

		assertThatThrownBy(() -> outbound.compose(FaxMails.SESSION, "+41225550123", FAX, "n-1\r\nBcc: x@evil"))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> outbound.compose(FaxMails.SESSION, "no number here", FAX, "n-1"))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new FaxOutboundProperties("fax.example.org", true, "ecs@example.org", null, null))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(
				() -> new FaxOutboundProperties("{number}@fax.example.org", true, "ecs@example.org", null, "Grüße"))
			.isInstanceOf(IllegalArgumentException.class);
	}

	private static MimeMessage reparsed(MimeMessage message) throws Exception {
		ByteArrayOutputStream raw = new ByteArrayOutputStream();
		message.writeTo(raw);
		return new MimeMessage(FaxMails.SESSION, new java.io.ByteArrayInputStream(raw.toByteArray()));
	}

}
