package vn.mttq.giamsat.supervision.activity;

import vn.mttq.giamsat.supervision.organisation.AdministrativeLevel;

/**
 * Filters of the activity listing; each is optional.
 *
 * @param supervisingBodyId only activities led by this body
 * @param kind only activities of this kind
 * @param form only activities in this form
 * @param level only activities at this level
 */
record ActivitySearch(String supervisingBodyId, ActivityKind kind, SupervisionForm form, AdministrativeLevel level) {
}
