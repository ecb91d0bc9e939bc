package vn.mttq.giamsat.recommendation.deadline;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Operator overrides of the deadline rules of {@code deadline-rules.yml}, by rule id: for
 * example {@code giamsat.deadline.rules.front-default.days=20}.
 *
 * @param rules the overrides, by rule id
 */
@ConfigurationProperties("giamsat.deadline")
public record DeadlineProperties(Map<String, RuleOverride> rules) {

	public DeadlineProperties {
		rules = (rules != null) ? Map.copyOf(rules) : Map.of();
	}

	/** No overrides: the rules as the file gives them. */
	public static DeadlineProperties none() {
		return new DeadlineProperties(Map.of());
	}

	/**
	 * What an operator changes in one rule; a {@code null} field keeps the file's value.
	 *
	 * @param days the number of days
	 * @param counting calendar or working days
	 */
	public record RuleOverride(Integer days, DayCounting counting) {

	}

}
