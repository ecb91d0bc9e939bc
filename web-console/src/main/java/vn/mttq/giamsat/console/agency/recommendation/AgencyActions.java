package vn.mttq.giamsat.console.agency.recommendation;

import java.util.List;

/**
 * The steps an agency takes on an item, in the order the answer form offers them:
 * acknowledge (tiếp nhận), accept, explain, request a review, report progress, report it
 * done; labelled by {@code enum.StepAction.<action>}.
 */
final class AgencyActions {

	static final List<String> ALL = List.of("ACKNOWLEDGE", "ACCEPT", "EXPLAIN", "REQUEST_REVIEW", "REPORT_PROGRESS",
			"REPORT_RESOLUTION");

	private AgencyActions() {
	}

	/** Those of the agency's steps the item allows now, in the form's order. */
	static List<String> allowedOn(Recommendation item) {
		return ALL.stream().filter(item.allowedActions()::contains).toList();
	}

}
