package vn.mttq.giamsat.recommendation.deadline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The content of {@code deadline-rules.yml}, as written: each rule with its criteria
 * under {@code match}. Rule ids are checked to be unique once the file is read.
 *
 * @param rules the rules, in the order of the file
 */
record DeadlineRulesFile(List<Entry> rules) {

	DeadlineRulesFile {
		rules = List.copyOf(DataFile.required(rules, "rules"));
	}

	/** The rules, in the order of the file. */
	List<DeadlineRule> rules(DataFile file) {
		Set<String> ids = new HashSet<>();
		List<DeadlineRule> rules = new ArrayList<>();
		for (int i = 0; i < this.rules.size(); i++) {
			Entry entry = this.rules.get(i);
			if (!ids.add(entry.id())) {
				throw file.error("rules[" + i + "].id", "rule id '" + entry.id() + "' is used twice");
			}
			if (entry.days() <= 0) {
				throw file.error("rules[" + i + "].days", "the number of days must be positive");
			}
			rules.add(entry.rule());
		}
		return rules;
	}

	/**
	 * One rule as written; see {@link DeadlineRule} for its fields.
	 */
	record Entry(String id, String name, String nameEn, String legalSource, String legalSourceEn, Integer days,
			DayCounting counting, DeadlineStart startsFrom, Match match) {

		Entry {
			DataFile.required(id, "id");
			DataFile.required(name, "name");
			DataFile.required(legalSource, "legalSource");
			DataFile.required(days, "days");
			DataFile.required(counting, "counting");
			DataFile.required(startsFrom, "startsFrom");
			match = (match != null) ? match : new Match(null, null, null, null);
		}

		DeadlineRule rule() {
			return new DeadlineRule(this.id, this.name, this.nameEn, this.legalSource, this.legalSourceEn, this.days,
					this.counting, this.startsFrom, Set.copyOf(this.match.supervisionForms()),
					Set.copyOf(this.match.itemTypes()), Set.copyOf(this.match.letterKinds()),
					Set.copyOf(this.match.activityKinds()));
		}

	}

	/**
	 * The criteria of a rule; an absent or empty one matches anything.
	 */
	record Match(List<String> supervisionForms, List<String> itemTypes, List<String> letterKinds,
			List<String> activityKinds) {

		Match {
			supervisionForms = (supervisionForms != null) ? supervisionForms : List.of();
			itemTypes = (itemTypes != null) ? itemTypes : List.of();
			letterKinds = (letterKinds != null) ? letterKinds : List.of();
			activityKinds = (activityKinds != null) ? activityKinds : List.of();
		}

	}

}
