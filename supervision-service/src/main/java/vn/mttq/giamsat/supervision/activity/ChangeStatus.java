package vn.mttq.giamsat.supervision.activity;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The request to move an activity on.
 *
 * @param to the next status
 * @param note why, in the official's words; required to cancel
 * @param conclusion the Front body's conclusion; required to conclude
 */
record ChangeStatus(@NotNull ActivityStatus to, @Size(max = 2000) String note, @Size(max = 8000) String conclusion) {
}
