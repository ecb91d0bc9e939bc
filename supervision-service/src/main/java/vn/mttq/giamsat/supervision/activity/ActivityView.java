package vn.mttq.giamsat.supervision.activity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import vn.mttq.giamsat.supervision.organisation.AdministrativeLevel;
import vn.mttq.giamsat.support.security.RecordedActor;

/**
 * An activity as the API shows it.
 *
 * @param id the activity id
 * @param kind the kind of activity
 * @param title what it is about
 * @param reference the plan or decision number, if any
 * @param supervisingBodyId the leading Front body
 * @param supervisedAgencyIds the supervised parties
 * @param form the form of supervision
 * @param level the level on the start date
 * @param startDate the first day
 * @param endDate the last day, if known
 * @param recordedAt when it was recorded in the system
 * @param recordedBy who recorded it, for which organisation
 */
record ActivityView(String id, ActivityKind kind, String title, String reference, String supervisingBodyId,
		List<String> supervisedAgencyIds, SupervisionForm form, AdministrativeLevel level, LocalDate startDate,
		LocalDate endDate, Instant recordedAt, RecordedActor recordedBy) {

	static ActivityView of(Activity activity) {
		return new ActivityView(activity.id(), activity.kind(), activity.title(), activity.reference(),
				activity.supervisingBodyId(), activity.supervisedAgencyIds(), activity.form(), activity.level(),
				activity.startDate(), activity.endDate(), activity.recordedAt(), activity.recordedBy());
	}

}
