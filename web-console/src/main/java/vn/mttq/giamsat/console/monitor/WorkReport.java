package vn.mttq.giamsat.console.monitor;

import java.util.Map;

/**
 * The part of supervision-service's work report ({@code GET /api/v1/reports/work}) the
 * overview shows: the Front body's activities and the recommendations it issued in the
 * period, with the bodies under it.
 *
 * @param bodyName the Front body reported on
 * @param activities its activities
 * @param recommendations the recommendations its letters issued
 */
public record WorkReport(String bodyName, Activities activities, Recommendations recommendations) {

	/**
	 * Activities held in the period.
	 *
	 * @param total all of them
	 * @param byKind per kind (SUPERVISION, SOCIAL_CRITICISM, OPINION_CONTRIBUTION,
	 * DIALOGUE_CONFERENCE)
	 * @param dialoguesHeld dialogues held
	 */
	public record Activities(int total, Map<String, Integer> byKind, int dialoguesHeld) {

		public Activities {
			byKind = (byKind != null) ? Map.copyOf(byKind) : Map.of();
		}

	}

	/**
	 * The recommendations issued in the period, as they stand today.
	 *
	 * @param issued issued, withdrawn ones included
	 * @param inForce issued and not withdrawn
	 * @param answered answered
	 * @param resolved resolved
	 * @param overdue overdue
	 * @param answeredRate answered ÷ in force, in percent
	 * @param resolvedRate resolved ÷ in force, in percent
	 */
	public record Recommendations(int issued, int inForce, int answered, int resolved, int overdue, double answeredRate,
			double resolvedRate) {

	}

}
