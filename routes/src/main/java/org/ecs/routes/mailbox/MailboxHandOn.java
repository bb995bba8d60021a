package org.ecs.routes.mailbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

import org.ecs.core.mailbox.InboundMails;
import org.ecs.core.outbox.Outbox;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Hands a whole poll on at once: every mail's bytes go to the blob store (on several
 * threads: each write waits for the disk), then one database transaction records the
 * batch's mails as taken and puts each one taken now on its queue through the outbox.
 * When this returns, the batch is durably stored and queued, and the mailbox may let it
 * go; when it throws, nothing was taken and the mails stay for the next poll. A mail
 * taken before (a second copy, a removal the server lost, another instance) is not queued
 * again, only removed.
 */
public final class MailboxHandOn {

	private final InboundMails mails;

	private final Outbox outbox;

	private final TransactionOperations transaction;

	private final Duration lease;

	private final String queue;

	private final Keeper keeper;

	private final Executor writers;

	/**
	 * @param queue the queue each mail taken goes to
	 * @param keeper keeps one mail's bytes and says what goes on the queue
	 * @param writers where the mails' bytes are written
	 * @param lease how long a claim of an older poller holds
	 */
	public MailboxHandOn(InboundMails mails, Outbox outbox, TransactionOperations transaction, Duration lease,
			String queue, Keeper keeper, Executor writers) {
		this.mails = mails;
		this.outbox = outbox;
		this.transaction = transaction;
		this.lease = lease;
		this.queue = queue;
		this.keeper = keeper;
		this.writers = writers;
	}

	/**
	 * @return the mails queued now (the others were taken before)
	 */
	public List<Kept> handOn(List<PolledMail> batch) {
		List<CompletableFuture<Kept>> writes = new ArrayList<>(batch.size());
		for (PolledMail mail : batch) {
			writes.add(CompletableFuture.supplyAsync(() -> this.keeper.keep(mail), this.writers));
		}
		// one message per key, the first copy in mailbox order
		Map<String, Kept> kept = new LinkedHashMap<>();
		for (CompletableFuture<Kept> write : writes) {
			Kept k = join(write);
			kept.putIfAbsent(k.mailKey(), k);
		}
		List<Kept> queued = this.transaction.execute((status) -> {
			Set<String> taken = this.mails.takeAll(kept.keySet(), this.lease);
			List<Kept> now = new ArrayList<>(taken.size());
			for (Kept k : kept.values()) {
				if (taken.contains(k.mailKey())) {
					this.outbox.append(Outbox.queue(this.queue), k.message(), null);
					now.add(k);
				}
			}
			return now;
		});
		return (queued != null) ? queued : List.of();
	}

	private static Kept join(CompletableFuture<Kept> write) {
		try {
			return write.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw ex;
		}
	}

	/** Keeps one mail's bytes (the blob store) and says what its queued message is. */
	@FunctionalInterface
	public interface Keeper {

		Kept keep(PolledMail mail);

	}

	/**
	 * @param mailKey the key the mailbox takes it once by (Message-ID or digest)
	 * @param message what goes on the queue
	 */
	public record Kept(String mailKey, String message) {
	}

}
