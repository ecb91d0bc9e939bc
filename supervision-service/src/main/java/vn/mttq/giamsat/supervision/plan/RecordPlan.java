package vn.mttq.giamsat.supervision.plan;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.mttq.giamsat.support.text.SingleLine;

/**
 * The request to record a yearly plan.
 *
 * @param ownerBodyId the Front body whose plan it is; the official's own when omitted
 * @param year the year it plans
 * @param number its official number, unique per body
 * @param title its title
 * @param issuedOn the date printed on it (usually in the fourth quarter of the year
 * before)
 */
record RecordPlan(@Size(min = 1, max = 100) @SingleLine String ownerBodyId, @NotNull @Min(2000) @Max(2100) Integer year,
		@NotBlank @Size(max = 100) @SingleLine String number, @NotBlank @Size(max = 500) @SingleLine String title,
		@NotNull LocalDate issuedOn) {
}
