package vn.mttq.giamsat.supervision.organisation;

import java.time.LocalDate;

/**
 * Filters of the organisation listing; each is optional.
 *
 * @param kind only this kind
 * @param level only this level
 * @param parentId only those directly below this organisation
 * @param administrativeUnitId only those of this unit
 * @param validOn only those that exist on this day
 * @param text only those whose name holds these words from the start of a word, in any
 * case, with or without diacritics
 * ({@link vn.mttq.giamsat.supervision.organisation.search.SearchKey})
 */
record OrganisationSearch(OrganisationKind kind, AdministrativeLevel level, String parentId,
		String administrativeUnitId, LocalDate validOn, String text) {
}
