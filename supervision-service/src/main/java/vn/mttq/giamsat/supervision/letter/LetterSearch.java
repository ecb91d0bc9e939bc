package vn.mttq.giamsat.supervision.letter;

import java.time.LocalDate;
import java.util.Collection;

import vn.mttq.giamsat.supervision.activity.ActivityKind;
import vn.mttq.giamsat.supervision.activity.SupervisionForm;
import vn.mttq.giamsat.supervision.organisation.AdministrativeLevel;

/**
 * Filters of the letter listing; each is optional.
 *
 * @param issuingBodyIds only letters of one of these bodies
 * @param administrativeUnitId only letters of bodies of this unit
 * @param level only letters at this level
 * @param kind only letters of this kind
 * @param activityKind only letters of activities of this kind
 * @param form only letters of activities in this form
 * @param from only letters dated on or after this day
 * @param to only letters dated on or before this day
 * @param text only letters whose number, subject or an item holds this text
 */
public record LetterSearch(Collection<String> issuingBodyIds, String administrativeUnitId, AdministrativeLevel level,
		LetterKind kind, ActivityKind activityKind, SupervisionForm form, LocalDate from, LocalDate to, String text) {
}
