package vn.mttq.giamsat.recommendation.deadline;

import java.time.LocalDate;

/**
 * Tạm dừng: a span during which the period does not run (for example while a dialogue is
 * held). Both ends are counted as paused.
 *
 * @param from the first paused day
 * @param to the last paused day, or {@code null} while the pause goes on
 * @param reason why the period is paused
 */
public record Pause(LocalDate from, LocalDate to, String reason) {

	public Pause {
		if (from == null) {
			throw new IllegalArgumentException("A pause needs its first day");
		}
		if (to != null && to.isBefore(from)) {
			throw new IllegalArgumentException("A pause cannot end (" + to + ") before it starts (" + from + ")");
		}
	}

	/** Whether the pause is still going on. */
	public boolean open() {
		return this.to == null;
	}

}
