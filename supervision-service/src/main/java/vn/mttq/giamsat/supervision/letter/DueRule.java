package vn.mttq.giamsat.supervision.letter;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * A period an official gives an item instead of a fixed due date ("trả lời trong 30 ngày
 * làm việc"); the tracking service counts it.
 *
 * @param days how many days, 1 to 365
 * @param counting calendar or working days
 */
public record DueRule(@NotNull @Min(1) @Max(365) Integer days, @NotNull Counting counting) {

	/**
	 * How the days of a rule are counted.
	 */
	public enum Counting {

		/** Ngày: every day counts. */
		CALENDAR_DAYS,

		/** Ngày làm việc: weekends and public holidays do not count. */
		WORKING_DAYS

	}

}
