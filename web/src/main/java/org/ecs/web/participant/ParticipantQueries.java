package org.ecs.web.participant;

import java.util.List;
import java.util.Locale;

import org.ecs.core.participant.Level;
import org.ecs.core.participant.Participant;
import org.ecs.core.participant.ParticipantFilter;
import org.ecs.core.participant.ParticipantProfile;
import org.ecs.core.participant.ParticipantRecords;
import org.ecs.core.participant.ParticipantRefusedException;
import org.ecs.core.participant.ParticipantRights;
import org.ecs.core.participant.ParticipantStatus;
import org.ecs.core.participant.Role;
import org.ecs.core.text.Said;
import org.springframework.stereotype.Component;

/**
 * The directory and the nomination lists, read with the viewer's rights: everyone sees
 * the people taking part; the secretariat sees everyone; a focal point also sees their
 * own State's people in every status. Used by the pages and the API alike.
 */
@Component
public class ParticipantQueries {

	private final ParticipantRecords records;

	ParticipantQueries(ParticipantRecords records) {
		this.records = records;
	}

	/** Reads a filter from request parameters, refusing values that name nothing. */
	public static ParticipantFilter filter(String q, String state, String level, String role, String expertise,
			String status, String sort, Integer limit, Integer offset) {
		return new ParticipantFilter(q, state, parse(Level.class, "level", level), parse(Role.class, "role", role),
				expertise, parse(ParticipantStatus.class, "status", status),
				parse(ParticipantFilter.Sort.class, "sort", sort), (limit == null) ? 100 : limit,
				(offset == null) ? 0 : offset);
	}

	public List<ParticipantView> directory(Participant viewer, ParticipantFilter filter) {
		boolean secretariat = viewer.has(Role.SECRETARIAT) || viewer.isAdministrator();
		boolean ownState = viewer.has(Role.FOCAL_POINT) && viewer.stateCode() != null
				&& viewer.stateCode().equals(filter.stateCode());
		boolean activeOnly = !(secretariat || ownState);
		if (activeOnly && filter.status() != null && filter.status() != ParticipantStatus.ACTIVE) {
			return List.of();
		}
		return this.records.search(filter, activeOnly).stream().map((p) -> ParticipantView.of(p, viewer)).toList();
	}

	/** One participant as the viewer may see them; not found when hidden from them. */
	public ParticipantView one(Participant viewer, long id) {
		ParticipantProfile p = visible(viewer, id);
		return ParticipantView.of(p, viewer);
	}

	public ParticipantProfile visible(Participant viewer, long id) {
		ParticipantProfile p = this.records.find(id).orElseThrow(() -> ParticipantRefusedException.notFound(id));
		if (!p.person().active() && viewer.id() != id && !ParticipantRights.seesInactive(viewer, p.person())) {
			throw ParticipantRefusedException.notFound(id);
		}
		return p;
	}

	/**
	 * Nominations waiting or returned: a focal point's State's, or with the secretariat's
	 * rights every State's (or one State's).
	 */
	public List<ParticipantView> nominations(Participant viewer, String state, ParticipantStatus status) {
		boolean secretariat = viewer.has(Role.SECRETARIAT) || viewer.isAdministrator();
		String code = secretariat ? (state == null || state.isBlank() ? null : state.toUpperCase(Locale.ROOT))
				: viewer.stateCode();
		ParticipantRights.seeNominations(viewer, secretariat ? null : code).ifPresent((why) -> {
			throw ParticipantRefusedException.forbidden(why);
		});
		List<ParticipantStatus> statuses = (status != null) ? List.of(status)
				: List.of(ParticipantStatus.NOMINATED, ParticipantStatus.RETURNED, ParticipantStatus.APPROVED);
		return statuses.stream()
			.flatMap((s) -> this.records
				.search(new ParticipantFilter(null, code, null, null, null, s, ParticipantFilter.Sort.NEWEST,
						ParticipantFilter.MAX_LIMIT, 0), false)
				.stream())
			.map((p) -> ParticipantView.of(p, viewer))
			.toList();
	}

	public List<ParticipantRecords.HistoryEntry> history(Participant viewer, long id) {
		ParticipantProfile p = visible(viewer, id);
		if (viewer.id() != id && !ParticipantRights.seesInactive(viewer, p.person())) {
			throw ParticipantRefusedException.forbidden(Said.said("problem.rights.history",
					"Only the secretariat and the person's focal point read their history."));
		}
		return this.records.history(id);
	}

	public List<String> expertiseTags() {
		return this.records.expertiseTags();
	}

	static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw ParticipantRefusedException.invalid(List.of(field + ": " + value.strip() + " is not one of "
					+ String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList())
					+ "."));
		}
	}

}
