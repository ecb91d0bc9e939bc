package vn.mttq.giamsat.supervision.plan;

import java.time.Instant;
import java.time.LocalDate;

import vn.mttq.giamsat.support.security.RecordedActor;

/**
 * A yearly plan as the API shows it.
 *
 * @param id its id
 * @param ownerBodyId the Front body whose plan it is
 * @param year the year it plans
 * @param number its official number
 * @param title its title
 * @param issuedOn the date printed on it
 * @param recordedAt when it was recorded
 * @param recordedBy who recorded it
 */
record PlanView(String id, String ownerBodyId, int year, String number, String title, LocalDate issuedOn,
		Instant recordedAt, RecordedActor recordedBy) {

	static PlanView of(YearlyPlan plan) {
		return new PlanView(plan.id(), plan.ownerBodyId(), plan.year(), plan.number(), plan.title(), plan.issuedOn(),
				plan.recordedAt(), plan.recordedBy());
	}

}
