package vn.mttq.giamsat.recommendation.deadline;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

import vn.mttq.giamsat.recommendation.deadline.DeadlineProperties.RuleOverride;

/**
 * The deadline rules of {@code deadline-rules.yml}, with the operator's overrides
 * applied. The most specific matching rule wins (the one with the most criteria set);
 * between rules equally specific, the one listed first in the file wins.
 */
@Component
public class DeadlineRules {

	static final String FILE = "deadline-rules.yml";

	private final List<DeadlineRule> rules;

	@Autowired
	DeadlineRules(DeadlineProperties properties) {
		this(new ClassPathResource(FILE), properties);
	}

	/**
	 * Reads the rules of a file and applies the overrides.
	 * @throws DeadlineDataException if the file is malformed or an override names no rule
	 */
	public DeadlineRules(Resource file, DeadlineProperties properties) {
		this.rules = List.copyOf(applyOverrides(read(file), properties.rules()));
	}

	/** The rules shipped with the service, without overrides. */
	public static DeadlineRules shipped() {
		return new DeadlineRules(new ClassPathResource(FILE), DeadlineProperties.none());
	}

	/**
	 * Returns the rule for a subject, or {@code null} if none matches.
	 */
	public DeadlineRule ruleFor(DeadlineSubject subject) {
		return find(subject).orElse(null);
	}

	/** Returns the rule for a subject, if any matches. */
	public Optional<DeadlineRule> find(DeadlineSubject subject) {
		DeadlineSubject known = (subject != null) ? subject : DeadlineSubject.unknown();
		// the most criteria first, then the order of the file
		return this.rules.stream()
			.filter((rule) -> rule.matches(known))
			.min(Comparator.comparingInt(DeadlineRule::specificity).reversed().thenComparingInt(this.rules::indexOf));
	}

	/** All rules, in the order of the file. */
	public List<DeadlineRule> all() {
		return this.rules;
	}

	private static List<DeadlineRule> read(Resource resource) {
		DataFile file = DataFile.load(resource.getDescription(), resource);
		return file.read(DeadlineRulesFile.class).rules(file);
	}

	private static List<DeadlineRule> applyOverrides(List<DeadlineRule> rules, Map<String, RuleOverride> overrides) {
		for (String id : overrides.keySet()) {
			if (rules.stream().noneMatch((rule) -> rule.id().equals(id))) {
				throw new DeadlineDataException("giamsat.deadline.rules." + id + ": there is no rule '" + id + "' in "
						+ FILE + "; known rules are " + rules.stream().map(DeadlineRule::id).toList());
			}
		}
		return rules.stream().map((rule) -> {
			RuleOverride override = overrides.get(rule.id());
			if (override == null) {
				return rule;
			}
			int days = (override.days() != null) ? override.days() : rule.days();
			if (days <= 0) {
				throw new DeadlineDataException(
						"giamsat.deadline.rules." + rule.id() + ".days: must be positive, not " + days);
			}
			return rule.with(days, (override.counting() != null) ? override.counting() : rule.counting());
		}).toList();
	}

}
