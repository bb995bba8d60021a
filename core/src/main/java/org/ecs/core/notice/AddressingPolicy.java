package org.ecs.core.notice;

import java.util.Optional;

import org.ecs.core.participant.Participant;
import org.ecs.core.participant.Role;
import org.ecs.core.text.Said;

/**
 * Who may write to whom on the notification network. Any full participant may write to a
 * person; a discussion's coordinator to its audience; a national focal point to their own
 * State's participants; the secretariat and administrators to any group. Monitoring
 * participants read but post nothing, messages included.
 */
public final class AddressingPolicy {

	private AddressingPolicy() {
	}

	/**
	 * Why the sender may not write to the addressee, or empty when they may.
	 * @param discussionCoordinator the coordinator of the discussion a
	 * {@code discussion:} addressee names, if that discussion exists
	 */
	public static Optional<String> refusal(Participant sender, Addressee to, Optional<Long> discussionCoordinator) {
		return said(sender, to, discussionCoordinator).map(Said::english);
	}

	/** {@link #refusal} as a sentence pages say in the reader's language. */
	public static Optional<Said> said(Participant sender, Addressee to, Optional<Long> discussionCoordinator) {
		if (!sender.mayPost()) {
			return Optional
				.of(Said.said("problem.message.monitoring", "Monitoring participants read but do not send messages."));
		}
		boolean secretariat = sender.has(Role.SECRETARIAT) || sender.isAdministrator();
		return switch (to.type()) {
			case PERSON -> Optional.empty();
			case DISCUSSION -> {
				if (discussionCoordinator.isEmpty()) {
					yield Optional.of(Said.said("problem.message.no-discussion",
							"There is no discussion " + to.value() + ".", to.value()));
				}
				yield (secretariat || discussionCoordinator.get() == sender.id()) ? Optional.empty()
						: Optional.of(Said.said("problem.message.audience",
								"Only the discussion's coordinator and the secretariat write to its audience."));
			}
			case STATE -> (secretariat || (sender.has(Role.FOCAL_POINT) && to.value().equals(sender.stateCode())))
					? Optional.empty()
					: Optional.of(Said.said("problem.message.state", "Only the secretariat, or the focal point of "
							+ to.value() + ", writes to its participants.", to.value()));
			case ROLE -> secretariat ? Optional.empty() : Optional
				.of(Said.said("problem.message.role", "Only the secretariat writes to everyone with a role."));
			case EVERYONE -> secretariat ? Optional.empty()
					: Optional.of(Said.said("problem.message.everyone", "Only the secretariat writes to everyone."));
		};
	}

}
