package org.ecs.ocr.code;

import java.awt.image.BufferedImage;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ReplyCodesTest {

	private static final String PAYLOAD = "ECS-D-10423;R-5517";

	private final ReplyCodes codes = new ReplyCodes();

	@Test
	void shouldDecodePayloadWhenCodeIsClean() {
		BufferedImage code = this.codes.encode(PAYLOAD, 240);

		assertThat(code.getWidth()).isEqualTo(240);
		assertThat(this.codes.decode(code)).contains(PAYLOAD);
	}

	@Test
	void shouldDecodePayloadWhenPageIsUpsideDownOrSideways() {
		BufferedImage sheet = FaxLine.replySheet(this.codes.encode(PAYLOAD, 240));

		assertThat(this.codes.decode(FaxLine.rotate(sheet, 180))).contains(PAYLOAD);
		assertThat(this.codes.decode(rotate90(sheet))).contains(PAYLOAD);
	}

	@Test
	void shouldDecodePayloadWhenSheetWentThroughTwoFaxTransmissions() {
		BufferedImage sheet = FaxLine.replySheet(this.codes.encode(PAYLOAD, 240));
		FaxLine line = new FaxLine(42);

		BufferedImage once = line.transmit(sheet, 2.5, 0.01);
		BufferedImage twice = line.transmit(FaxLine.scale(once, 1654, 2339), -3.0, 0.01);

		assertThat(this.codes.decode(twice)).contains(PAYLOAD);
	}

	@Test
	void shouldReturnEmptyWhenPageHasNoCode() {
		BufferedImage sheet = FaxLine.replySheet(new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY));

		assertThat(this.codes.decode(sheet)).isEmpty();
	}

	@Test
	void shouldRefusePayloadWhenItCannotFitInACode() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.codes.encode("x".repeat(5000), 240));
	}

	private static BufferedImage rotate90(BufferedImage image) {
		BufferedImage rotated = new BufferedImage(image.getHeight(), image.getWidth(), BufferedImage.TYPE_BYTE_GRAY);
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				rotated.getRaster().setSample(image.getHeight() - 1 - y, x, 0, image.getRaster().getSample(x, y, 0));
			}
		}
		return rotated;
	}

}
