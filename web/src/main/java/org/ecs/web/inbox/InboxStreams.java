package org.ecs.web.inbox;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.ecs.core.notification.InboxChanged;
import org.ecs.core.notification.InboxChangedElsewhere;
import org.ecs.core.participant.Participant;
import org.ecs.core.participant.ParticipantDirectory;

import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open pages of each person, told over Server-Sent Events when their inbox changes.
 * Only after the delivering transaction commits: a page that refreshes must find the
 * notification there. A delivery made by another instance arrives as
 * {@link InboxChangedElsewhere} (the routes broadcast every delivery on a topic).
 */
@Component
class InboxStreams {

	/**
	 * The browser reconnects by itself when a stream ends; a bounded life lets dead
	 * connections go without a heartbeat thread.
	 */
	static final long TIMEOUT = Duration.ofMinutes(15).toMillis();

	/** Enough for a few tabs; an older stream is closed when more are opened. */
	static final int MAX_PER_PERSON = 6;

	private final Map<Long, List<SseEmitter>> open = new ConcurrentHashMap<>();

	private final ParticipantDirectory participants;

	InboxStreams(ParticipantDirectory participants) {
		this.participants = participants;
	}

	SseEmitter open(long participantId) {
		SseEmitter emitter = new SseEmitter(TIMEOUT);
		List<SseEmitter> mine = this.open.computeIfAbsent(participantId, (id) -> new CopyOnWriteArrayList<>());
		mine.add(emitter);
		while (mine.size() > MAX_PER_PERSON) {
			mine.remove(0).complete();
		}
		emitter.onCompletion(() -> close(participantId, emitter));
		emitter.onTimeout(() -> close(participantId, emitter));
		emitter.onError((ex) -> close(participantId, emitter));
		// the page learns it is connected; after a reconnect it refreshes what it missed
		send(participantId, emitter, SseEmitter.event().name("connected").data("ok"));
		return emitter;
	}

	@TransactionalEventListener(fallbackExecution = true)
	void inboxChanged(InboxChanged event) {
		tell(event.recipientId(), event.notificationId());
	}

	/** Another instance delivered: the pages open here hear it the same way. */
	@EventListener
	void inboxChangedElsewhere(InboxChangedElsewhere event) {
		tell(event.recipientId(), event.notificationId());
	}

	private void tell(long recipientId, long notificationId) {
		List<SseEmitter> mine = this.open.getOrDefault(recipientId, List.of());
		if (!mine.isEmpty() && this.participants.findById(recipientId).filter(Participant::active).isEmpty()) {
			// suspended or withdrawn (the notice saying so is such a change): the pages
			// it had open hear nothing more, as its session ends at the next click
			this.open.remove(recipientId);
			mine.forEach(SseEmitter::complete);
			return;
		}
		for (SseEmitter emitter : mine) {
			send(recipientId, emitter, SseEmitter.event().name("inbox-changed").data(String.valueOf(notificationId)));
		}
	}

	/**
	 * On shutdown every stream ends at once: a graceful shutdown waits for open requests,
	 * and these would hold it to its timeout. Browsers reconnect, to another instance
	 * when there is one.
	 */
	@EventListener(ContextClosedEvent.class)
	void closeAll() {
		this.open.values().forEach((mine) -> mine.forEach(SseEmitter::complete));
		this.open.clear();
	}

	int openCount(long participantId) {
		return this.open.getOrDefault(participantId, List.of()).size();
	}

	private void send(long participantId, SseEmitter emitter, SseEmitter.SseEventBuilder event) {
		try {
			emitter.send(event);
		}
		catch (IOException | IllegalStateException ex) {
			// the browser went away: forget this stream, the others still hear
			close(participantId, emitter);
			emitter.completeWithError(ex);
		}
	}

	private void close(long participantId, SseEmitter emitter) {
		this.open.computeIfPresent(participantId, (id, mine) -> {
			mine.remove(emitter);
			return mine.isEmpty() ? null : mine;
		});
	}

}
