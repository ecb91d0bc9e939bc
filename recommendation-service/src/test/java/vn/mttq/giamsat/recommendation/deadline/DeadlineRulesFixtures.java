package vn.mttq.giamsat.recommendation.deadline;

import java.nio.charset.StandardCharsets;

import org.springframework.core.io.ByteArrayResource;

/**
 * Rule sets other than the shipped one, for the tests.
 */
final class DeadlineRulesFixtures {

	private DeadlineRulesFixtures() {
	}

	static DeadlineRules acknowledgedInTenWorkingDays() {
		return rules("""
				rules:
				  - id: acknowledged
				    name: "Trả lời trong 10 ngày làm việc kể từ khi xác nhận"
				    legalSource: "Quy tắc thử"
				    days: 10
				    counting: WORKING_DAYS
				    startsFrom: ACKNOWLEDGEMENT
				""");
	}

	static DeadlineRules boardsOnly() {
		return rules("""
				rules:
				  - id: board-answer-15-days
				    name: "Ban"
				    legalSource: "Luật 10/2022"
				    days: 15
				    counting: CALENDAR_DAYS
				    startsFrom: DELIVERY
				    match:
				      supervisionForms: [PEOPLES_INSPECTION_BOARD, COMMUNITY_INVESTMENT_BOARD]
				""");
	}

	private static DeadlineRules rules(String yaml) {
		return new DeadlineRules(new ByteArrayResource(yaml.getBytes(StandardCharsets.UTF_8), "test rules"),
				DeadlineProperties.none());
	}

}
