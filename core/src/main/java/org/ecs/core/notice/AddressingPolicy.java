package org.ecs.core.notice;

import java.util.Optional;

import org.ecs.core.participant.Participant;
import org.ecs.core.participant.Role;

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
		if (!sender.mayPost()) {
			return Optional.of("Monitoring participants read but do not send messages.");
		}
		boolean secretariat = sender.has(Role.SECRETARIAT) || sender.isAdministrator();
		return switch (to.type()) {
			case PERSON -> Optional.empty();
			case DISCUSSION -> {
				if (discussionCoordinator.isEmpty()) {
					yield Optional.of("There is no discussion " + to.value() + ".");
				}
				yield (secretariat || discussionCoordinator.get() == sender.id()) ? Optional.empty()
						: Optional.of("Only the discussion's coordinator and the secretariat write to its audience.");
			}
			case STATE -> (secretariat || (sender.has(Role.FOCAL_POINT) && to.value().equals(sender.stateCode())))
					? Optional.empty() : Optional.of("Only the secretariat, or the focal point of " + to.value()
							+ ", writes to its participants.");
			case ROLE, EVERYONE -> secretariat ? Optional.empty() : Optional.of("Only the secretariat writes to "
					+ ((to.type() == Addressee.Type.EVERYONE) ? "everyone" : "everyone with a role") + ".");
		};
	}

}
