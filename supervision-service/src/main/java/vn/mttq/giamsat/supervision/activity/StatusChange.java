package vn.mttq.giamsat.supervision.activity;

import java.time.Instant;

import vn.mttq.giamsat.support.security.RecordedActor;

/**
 * One step of an activity's history: who moved it from which status to which, when and
 * why.
 *
 * @param from the status before ({@code null} when it was recorded)
 * @param to the status after
 * @param at when
 * @param by who, for which organisation
 * @param note the official's words
 */
public record StatusChange(ActivityStatus from, ActivityStatus to, Instant at, RecordedActor by, String note) {
}
