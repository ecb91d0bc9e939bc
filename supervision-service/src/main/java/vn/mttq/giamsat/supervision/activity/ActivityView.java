package vn.mttq.giamsat.supervision.activity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import vn.mttq.giamsat.supervision.livestatus.LiveStatus;
import vn.mttq.giamsat.supervision.organisation.AdministrativeLevel;
import vn.mttq.giamsat.support.security.RecordedActor;

/**
 * An activity as the API shows it, with the legal checks it fails.
 *
 * @param id the activity id
 * @param kind the kind of activity
 * @param title what it is about
 * @param reference the plan or decision number, if any
 * @param supervisingBodyId the leading Front body
 * @param coLeadIds the bodies leading it together
 * @param supervisedAgencyIds the supervised parties
 * @param form the form of supervision
 * @param level the supervising body's level on the start date
 * @param administrativeUnitId the supervising body's unit on the start date
 * @param startDate the first day
 * @param endDate the last day, if known
 * @param legalBasisIds its legal bases
 * @param basis why it was started
 * @param content what is supervised
 * @param field the field
 * @param periodFrom first day of the period under review
 * @param periodTo last day of the period under review
 * @param planId its yearly plan
 * @param delegation the delegation's steps
 * @param warnings the legal checks it fails (NQLT 403 time limits)
 * @param status where it stands
 * @param conclusion the Front body's conclusion, once concluded
 * @param history who moved it, when and why
 * @param liveStatus how the items of its letters stand now
 * @param recordedAt when it was recorded in the system
 * @param recordedBy who recorded it, for which organisation
 */
record ActivityView(String id, ActivityKind kind, String title, String reference, String supervisingBodyId,
		List<String> coLeadIds, List<String> supervisedAgencyIds, SupervisionForm form, AdministrativeLevel level,
		String administrativeUnitId, LocalDate startDate, LocalDate endDate, List<String> legalBasisIds,
		InitiationBasis basis, String content, String field, LocalDate periodFrom, LocalDate periodTo, String planId,
		DelegationSteps delegation, List<ActivityWarning> warnings, ActivityStatus status, String conclusion,
		List<StatusChange> history, LiveStatus liveStatus, Instant recordedAt, RecordedActor recordedBy) {

	static ActivityView of(Activity activity, List<ActivityWarning> warnings, LiveStatus liveStatus) {
		return new ActivityView(activity.id(), activity.kind(), activity.title(), activity.reference(),
				activity.supervisingBodyId(), activity.coLeadIds(), activity.supervisedAgencyIds(), activity.form(),
				activity.level(), activity.administrativeUnitId(), activity.startDate(), activity.endDate(),
				activity.legalBasisIds(), activity.basis(), activity.content(), activity.field(), activity.periodFrom(),
				activity.periodTo(), activity.planId(), activity.delegation(), warnings, activity.status(),
				activity.conclusion(), activity.history(), liveStatus, activity.recordedAt(), activity.recordedBy());
	}

}
