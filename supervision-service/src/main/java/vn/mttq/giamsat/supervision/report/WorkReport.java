package vn.mttq.giamsat.supervision.report;

import java.time.LocalDate;
import java.util.Map;

/**
 * Báo cáo kết quả công tác giám sát, phản biện xã hội: what a Front body (and the bodies
 * under it) did in a period, and what became of its recommendations.
 *
 * @param bodyId the Front body reported on
 * @param bodyName its name
 * @param from the first day of the period
 * @param to the last day
 * @param includesBodiesBelow whether the bodies under it are counted
 * @param bodiesCounted how many bodies are counted
 * @param structure the administrative structure the figures by level use
 * @param activities the activities started in the period, cancelled ones left out
 * @param recommendations the items of the letters issued in the period
 * @param text the figures in a short Vietnamese paragraph
 */
public record WorkReport(String bodyId, String bodyName, LocalDate from, LocalDate to, boolean includesBodiesBelow,
		int bodiesCounted, Structure structure, Activities activities, Recommendations recommendations, String text) {

	/**
	 * Activities counted several ways.
	 *
	 * @param total all of them
	 * @param byKind by kind
	 * @param byLevel by the level their body had on their date
	 * @param byForm by form
	 * @param supervisionsByLevel supervisions only, by level
	 * @param supervisionsByForm supervisions only, by form
	 * @param socialCriticismsByLevel social criticisms only, by level
	 * @param dialoguesByLevel dialogue conferences only, by level
	 * @param dialoguesHeld dialogue conferences held (started in the period, not
	 * cancelled)
	 * @param throughBoards activities through the People's Inspection Board or the
	 * Community Investment Supervision Board
	 */
	public record Activities(int total, Map<String, Integer> byKind, Map<String, Integer> byLevel,
			Map<String, Integer> byForm, Map<String, Integer> supervisionsByLevel,
			Map<String, Integer> supervisionsByForm, Map<String, Integer> socialCriticismsByLevel,
			Map<String, Integer> dialoguesByLevel, int dialoguesHeld, int throughBoards) {
	}

	/**
	 * Recommendation items and what became of them, as the lifecycle reports today.
	 *
	 * @param issued every item issued in the period, withdrawn ones included
	 * @param withdrawn of those, the ones the Front withdrew
	 * @param inForce of those, the ones not withdrawn: issued − withdrawn
	 * @param answered of the items in force, the ones the agency answered
	 * @param resolved of the items in force, the ones closed as resolved
	 * @param overdue of the items in force, the ones past their due date without an
	 * answer
	 * @param awaiting of the items in force, the ones not answered yet and not overdue
	 * @param answeredRate answered ÷ inForce, in percent with one decimal
	 * @param resolvedRate resolved ÷ inForce, in percent
	 * @param overdueRate overdue ÷ inForce, in percent
	 * @param byType issued items by type (withdrawn ones included)
	 * @param byLetterKind issued items by the kind of their letter
	 */
	public record Recommendations(int issued, int withdrawn, int inForce, int answered, int resolved, int overdue,
			int awaiting, double answeredRate, double resolvedRate, double overdueRate, Map<String, Integer> byType,
			Map<String, Integer> byLetterKind) {
	}

}
