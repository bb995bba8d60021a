package org.ecs.routes.fax;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.ecs.core.discussion.Discussion;
import org.ecs.core.discussion.ReviewPolicy;
import org.ecs.core.discussion.SubjectKind;
import org.ecs.core.participant.Channel;
import org.ecs.core.participant.Level;
import org.ecs.core.participant.Participant;
import org.ecs.core.participant.Role;
import org.ecs.gateways.fax.FaxBridgeMailComposer;
import org.ecs.gateways.fax.FaxResolution;
import org.ecs.gateways.fax.FaxTiff;

/** Faxes, people and discussions for the fax steps' tests. */
final class FaxFixtures {

	static final Session SESSION = Session.getInstance(new Properties());

	static final String BRIDGE = "fax-bridge@ecs.localhost";

	private FaxFixtures() {
	}

	static Participant expert(long id, String fax) {
		return new Participant(id, "expert" + id, "Expert " + id, null, fax, "KEN", "en", Level.FULL,
				EnumSet.of(Role.PARTICIPANT), EnumSet.of(Channel.FAX), true);
	}

	static Discussion discussion(long id) {
		return new Discussion(id, "Discussion " + id, SubjectKind.PAPER, "REF", "", 1,
				Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2027-01-01T00:00:00Z"), ReviewPolicy.EVERY);
	}

	/** A white A4 page at 204x196 dpi with lines of typed text. */
	static BufferedImage typedPage(List<String> lines) {
		BufferedImage page = new BufferedImage(FaxResolution.LINE_PIXELS, 2339, BufferedImage.TYPE_BYTE_GRAY);
		Graphics2D g = page.createGraphics();
		try {
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, page.getWidth(), page.getHeight());
			g.setColor(Color.BLACK);
			g.setFont(new Font("DejaVu Sans", Font.PLAIN, 40));
			int y = 250;
			for (String line : lines) {
				g.drawString(line, 150, y);
				y += 80;
			}
		}
		finally {
			g.dispose();
		}
		return page;
	}

	/** The raw HylaFAX bridge mail for pages at 204x98 dpi, as the poller keeps it. */
	static byte[] bridgeMail(List<BufferedImage> squarePages, String sender, Instant received) throws Exception {
		List<BufferedImage> normal = squarePages.stream()
			.map((page) -> FaxTiff.toFaxPage(page, FaxResolution.NORMAL))
			.toList();
		MimeMessage mail = new FaxBridgeMailComposer("HylaFAX Agent <fax@ecs.localhost>", FaxResolution.NORMAL,
				ZoneId.of("UTC"))
			.composeFromPages(SESSION, BRIDGE, normal, FaxResolution.NORMAL, sender, received);
		ByteArrayOutputStream raw = new ByteArrayOutputStream();
		mail.writeTo(raw);
		return raw.toByteArray();
	}

}
