package vn.mttq.giamsat.supervision.activity;

import java.time.LocalDate;
import java.util.Collection;

import vn.mttq.giamsat.supervision.organisation.AdministrativeLevel;

/**
 * Filters of the activity listing; each is optional.
 *
 * @param supervisingBodyIds only activities led by one of these bodies
 * @param administrativeUnitId only activities whose body was of this unit
 * @param kind only activities of this kind
 * @param form only activities in this form
 * @param level only activities at this level
 * @param status only activities in this status
 * @param planId only the activities of this plan
 * @param from only activities starting on or after this day
 * @param to only activities starting on or before this day
 * @param text only activities whose title, content or field holds this text
 */
record ActivitySearch(Collection<String> supervisingBodyIds, String administrativeUnitId, ActivityKind kind,
		SupervisionForm form, AdministrativeLevel level, ActivityStatus status, String planId, LocalDate from,
		LocalDate to, String text) {
}
