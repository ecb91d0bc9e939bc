package vn.mttq.giamsat.supervision.organisation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import vn.mttq.giamsat.support.security.RecordedActor;

/**
 * An administrative unit as the API shows it.
 *
 * @param id its id
 * @param name its official name
 * @param level its level
 * @param parentId the unit it lies in
 * @param validFrom first day
 * @param validTo last day, if it ceased
 * @param successorIds the units that took it over
 * @param revision increases with every change
 * @param changedAt when it last changed
 * @param changedBy who changed it
 */
record UnitView(String id, String name, AdministrativeLevel level, String parentId, LocalDate validFrom,
		LocalDate validTo, List<String> successorIds, long revision, Instant changedAt, RecordedActor changedBy) {

	static UnitView of(AdministrativeUnit unit) {
		return new UnitView(unit.id(), unit.name(), unit.level(), unit.parentId(), unit.validFrom(), unit.validTo(),
				unit.successorIds(), unit.revision(), unit.changedAt(), unit.changedBy());
	}

}
