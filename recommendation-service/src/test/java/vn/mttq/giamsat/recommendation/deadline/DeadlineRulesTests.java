package vn.mttq.giamsat.recommendation.deadline;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

import vn.mttq.giamsat.recommendation.deadline.DeadlineProperties.RuleOverride;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DeadlineRulesTests {

	private final DeadlineRules shipped = DeadlineRules.shipped();

	@Test
	void boardRecommendationsGetTheLegalFifteenDaysFromReceipt() {
		for (String form : new String[] { "PEOPLES_INSPECTION_BOARD", "COMMUNITY_INVESTMENT_BOARD" }) {
			DeadlineRule rule = this.shipped
				.ruleFor(new DeadlineSubject("RECOMMENDATION", null, null, form, "COMMUNE"));
			assertThat(rule.id()).isEqualTo("board-answer-15-days");
			assertThat(rule.days()).isEqualTo(15);
			assertThat(rule.counting()).isEqualTo(DayCounting.CALENDAR_DAYS);
			assertThat(rule.startsFrom()).isEqualTo(DeadlineStart.DELIVERY);
			assertThat(rule.legalSource()).isEqualTo("Luật Thực hiện dân chủ ở cơ sở 10/2022, Điều 40.1.c và 45.2.c");
		}
	}

	@Test
	void theFrontsOwnRecommendationsGetTheConfigurableDefault() {
		DeadlineRule rule = this.shipped.ruleFor(new DeadlineSubject("RECOMMENDATION", null, null, "DELEGATION", null));
		assertThat(rule.id()).isEqualTo("front-default");
		assertThat(rule.days()).isEqualTo(30);
		assertThat(rule.counting()).isEqualTo(DayCounting.CALENDAR_DAYS);
		assertThat(rule.legalSource()).startsWith("Không có thời hạn luật định");
		assertThat(this.shipped.ruleFor(null).id()).isEqualTo("front-default");
		assertThat(this.shipped.ruleFor(DeadlineSubject.unknown()).id()).isEqualTo("front-default");
	}

	@Test
	void listsTheRulesInTheOrderOfTheFile() {
		assertThat(this.shipped.all()).extracting(DeadlineRule::id)
			.containsExactly("board-answer-15-days", "front-default");
	}

	@Test
	void theMostSpecificRuleWinsAndTheFirstListedBreaksATie() {
		DeadlineRules rules = rules("""
				rules:
				  - id: any
				    name: "Mặc định"
				    legalSource: "—"
				    days: 30
				    counting: CALENDAR_DAYS
				    startsFrom: DELIVERY
				  - id: criticism
				    name: "Phản biện"
				    legalSource: "—"
				    days: 20
				    counting: CALENDAR_DAYS
				    startsFrom: DELIVERY
				    match:
				      letterKinds: [SOCIAL_CRITICISM]
				  - id: policy
				    name: "Chính sách"
				    legalSource: "—"
				    days: 25
				    counting: WORKING_DAYS
				    startsFrom: ISSUE
				    match:
				      itemTypes: [AMEND_POLICY]
				  - id: criticism-of-policy
				    name: "Phản biện chính sách"
				    legalSource: "—"
				    days: 10
				    counting: WORKING_DAYS
				    startsFrom: ACKNOWLEDGEMENT
				    match:
				      letterKinds: [SOCIAL_CRITICISM]
				      itemTypes: [AMEND_POLICY]
				""");
		assertThat(rules.ruleFor(new DeadlineSubject("SOCIAL_CRITICISM", "AMEND_POLICY", null, null, null)).id())
			.isEqualTo("criticism-of-policy");
		assertThat(rules.ruleFor(new DeadlineSubject("SOCIAL_CRITICISM", "OTHER", null, null, null)).id())
			.isEqualTo("criticism");
		assertThat(rules.ruleFor(new DeadlineSubject("OPINION", "AMEND_POLICY", null, null, null)).id())
			.isEqualTo("policy");
		assertThat(rules.ruleFor(new DeadlineSubject("RECOMMENDATION", null, null, null, null)).id()).isEqualTo("any");
		// a subject that two rules of one criterion each match: the first listed wins
		DeadlineRules tie = rules("""
				rules:
				  - id: first
				    name: "Thứ nhất"
				    legalSource: "—"
				    days: 10
				    counting: CALENDAR_DAYS
				    startsFrom: DELIVERY
				    match:
				      itemTypes: [OTHER]
				  - id: second
				    name: "Thứ hai"
				    legalSource: "—"
				    days: 5
				    counting: CALENDAR_DAYS
				    startsFrom: DELIVERY
				    match:
				      letterKinds: [OPINION]
				""");
		assertThat(tie.ruleFor(new DeadlineSubject("OPINION", "OTHER", null, null, null)).id()).isEqualTo("first");
	}

	@Test
	void anUnknownValueDoesNotMatchARuleThatAsksForOne() {
		DeadlineRules rules = rules("""
				rules:
				  - id: boards
				    name: "Ban"
				    legalSource: "—"
				    days: 15
				    counting: CALENDAR_DAYS
				    startsFrom: DELIVERY
				    match:
				      supervisionForms: [PEOPLES_INSPECTION_BOARD]
				""");
		assertThat(rules.ruleFor(DeadlineSubject.unknown())).isNull();
		assertThat(rules.find(DeadlineSubject.unknown())).isEmpty();
	}

	@Test
	void anOperatorOverridesTheDefaultsDaysAndCountingWithoutCode() {
		DeadlineRules rules = new DeadlineRules(new ClassPathResource("deadline-rules.yml"),
				new DeadlineProperties(Map.of("front-default", new RuleOverride(20, DayCounting.WORKING_DAYS))));
		DeadlineRule rule = rules.ruleFor(DeadlineSubject.unknown());
		assertThat(rule.days()).isEqualTo(20);
		assertThat(rule.counting()).isEqualTo(DayCounting.WORKING_DAYS);
		assertThat(rule.legalSource()).isEqualTo(this.shipped.ruleFor(DeadlineSubject.unknown()).legalSource());
	}

	@Test
	void anOverrideOfAnUnknownRuleIsAnError() {
		assertThatExceptionOfType(DeadlineDataException.class)
			.isThrownBy(() -> new DeadlineRules(new ClassPathResource("deadline-rules.yml"),
					new DeadlineProperties(Map.of("front-defualt", new RuleOverride(20, null)))))
			.withMessageContaining("giamsat.deadline.rules.front-defualt: there is no rule 'front-defualt'");
	}

	@Test
	void aMalformedRuleNamesTheLineAndField() {
		assertThatExceptionOfType(DeadlineDataException.class).isThrownBy(() -> rules("""
				rules:
				  - id: board
				    name: "Ban"
				    legalSource: "—"
				    days: fifteen
				    counting: CALENDAR_DAYS
				    startsFrom: DELIVERY
				""")).withMessageContaining("line 5, field 'rules[0].days': 'fifteen' is not a whole number");
		assertThatExceptionOfType(DeadlineDataException.class).isThrownBy(() -> rules("""
				rules:
				  - id: board
				    name: "Ban"
				    legalSource: "—"
				    days: 15
				    counting: BUSINESS_DAYS
				    startsFrom: DELIVERY
				""")).withMessageContaining("line 6, field 'rules[0].counting': 'BUSINESS_DAYS' is not one of");
	}

	private static DeadlineRules rules(String yaml) {
		return new DeadlineRules(new ByteArrayResource(yaml.getBytes(StandardCharsets.UTF_8), "test rules"),
				DeadlineProperties.none());
	}

}
