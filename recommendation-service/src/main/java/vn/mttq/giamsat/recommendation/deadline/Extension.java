package vn.mttq.giamsat.recommendation.deadline;

import java.time.Instant;

/**
 * Gia hạn: more days granted to answer, counted in the rule's counting after the current
 * due date.
 *
 * @param days how many days are added; not negative
 * @param reason why, as the person who granted it wrote it
 * @param by who granted it
 * @param at when it was granted
 */
public record Extension(int days, String reason, String by, Instant at) {

	public Extension {
		if (days < 0) {
			throw new IllegalArgumentException("An extension adds days; got " + days);
		}
	}

}
