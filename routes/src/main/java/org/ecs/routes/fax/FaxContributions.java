package org.ecs.routes.fax;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.ecs.core.contribution.Contribution;
import org.ecs.core.contribution.ContributionIntake;
import org.ecs.core.participant.Channel;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Hands the fax to the pipeline as a FAX contribution. The contribution id is derived
 * from the mail's key, and the dedupe key is the mail's key, so a fax processed again
 * after a redelivery is the same contribution, not a second one. Faxes always wait for
 * review: a coordinator checks the transcription and logs it.
 */
@Component
@ConditionalOnProperty(name = "ecs.fax.enabled", havingValue = "true", matchIfMissing = true)
class FaxContributions {

	private final ContributionIntake intake;

	FaxContributions(ContributionIntake intake) {
		this.intake = intake;
	}

	FaxIntake submit(FaxIntake fax) {
		UUID id = UUID
			.nameUUIDFromBytes(("fax:" + fax.received().mailKey()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
		this.intake.submit(new Contribution(id, Channel.FAX, (fax.discussion() != null) ? fax.discussion().id() : null,
				(fax.author() != null) ? fax.author().id() : null, fax.receivedAt(), fax.text(),
				fax.received().originalKey(), fax.pageImages(), facts(fax), "fax:" + fax.received().mailKey(), null));
		return fax.submitted(id);
	}

	static Map<String, String> facts(FaxIntake fax) {
		Map<String, String> facts = new LinkedHashMap<>(fax.facts());
		facts.putAll(FaxRouting.facts(fax));
		facts.put("fax.format", fax.fax().format());
		facts.put("fax.sender", fax.fax().senderRaw());
		fax.fax().senderNumber().ifPresent((number) -> facts.put("fax.senderNumber", number));
		fax.fax().stationId().ifPresent((tsi) -> facts.put("fax.tsi", tsi));
		fax.fax().callerId().ifPresent((callerId) -> facts.put("fax.callerId", callerId));
		fax.fax().statedPages().ifPresent((pages) -> facts.put("fax.statedPages", String.valueOf(pages)));
		return facts;
	}

}
