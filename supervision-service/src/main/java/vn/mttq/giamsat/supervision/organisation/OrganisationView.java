package vn.mttq.giamsat.supervision.organisation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import vn.mttq.giamsat.support.security.RecordedActor;

/**
 * An organisation as the API shows it.
 *
 * @param id its id
 * @param name its official name
 * @param kind what it is
 * @param level its level
 * @param administrativeUnitId its unit
 * @param parentId its superior
 * @param validFrom first day
 * @param validTo last day, if it ceased
 * @param successorIds who took over its work
 * @param revision increases with every change, as in the published event
 * @param changedAt when it last changed
 * @param changedBy who changed it
 * @param pendingEvents change events not yet acknowledged by the broker
 */
record OrganisationView(String id, String name, OrganisationKind kind, AdministrativeLevel level,
		String administrativeUnitId, String parentId, LocalDate validFrom, LocalDate validTo, List<String> successorIds,
		long revision, Instant changedAt, RecordedActor changedBy, long pendingEvents) {

	static OrganisationView of(Organisation organisation) {
		return new OrganisationView(organisation.id(), organisation.name(), organisation.kind(), organisation.level(),
				organisation.administrativeUnitId(), organisation.parentId(), organisation.validFrom(),
				organisation.validTo(), organisation.successorIds(), organisation.revision(), organisation.changedAt(),
				organisation.changedBy(), organisation.pendingEvents());
	}

}
