package vn.mttq.giamsat.recommendation.tracking;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One escalation of a recommendation.
 *
 * @param step 1 for the first escalation of an overdue period, then 2...; 0 when a Front
 * official escalated it by hand
 * @param dueDate the due date whose overdue period it belongs to
 * @param toOrganisationId the body it was taken to
 * @param reason why this body: superior of the agency, Front one level up...
 * @param at when
 */
public record Escalation(int step, LocalDate dueDate, String toOrganisationId, String reason, Instant at) {
}
