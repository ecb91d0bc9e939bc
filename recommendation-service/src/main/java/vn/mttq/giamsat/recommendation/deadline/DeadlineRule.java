package vn.mttq.giamsat.recommendation.deadline;

import java.util.Set;

/**
 * One deadline rule: which recommendations it covers, how many days they get, counted how
 * and from which event, and on what legal basis. An empty criterion matches anything; a
 * non-empty one matches only a subject whose value is in it.
 *
 * @param id stable identifier, for example {@code board-answer-15-days}
 * @param name what the rule is, in Vietnamese
 * @param nameEn what the rule is, in English
 * @param legalSource the legal basis, or why there is none
 * @param legalSourceEn the same in English
 * @param days how many days the agency has; positive
 * @param counting calendar or working days
 * @param startsFrom the event counted from
 * @param supervisionForms the supervision forms it covers; empty for any
 * @param itemTypes the item types it covers; empty for any
 * @param letterKinds the letter kinds it covers; empty for any
 * @param activityKinds the activity kinds it covers; empty for any
 */
public record DeadlineRule(String id, String name, String nameEn, String legalSource, String legalSourceEn, int days,
		DayCounting counting, DeadlineStart startsFrom, Set<String> supervisionForms, Set<String> itemTypes,
		Set<String> letterKinds, Set<String> activityKinds) {

	public DeadlineRule {
		if (id == null || id.isBlank()) {
			throw new IllegalArgumentException("A deadline rule needs an id");
		}
		if (days <= 0) {
			throw new IllegalArgumentException("Rule '" + id + "' must give a positive number of days, not " + days);
		}
		if (counting == null || startsFrom == null) {
			throw new IllegalArgumentException("Rule '" + id + "' needs its counting and its start event");
		}
		nameEn = (nameEn != null) ? nameEn : "Deadline rule " + id;
		legalSourceEn = (legalSourceEn != null) ? legalSourceEn : "as set in the deadline rules (" + id + ")";
		supervisionForms = (supervisionForms != null) ? Set.copyOf(supervisionForms) : Set.of();
		itemTypes = (itemTypes != null) ? Set.copyOf(itemTypes) : Set.of();
		letterKinds = (letterKinds != null) ? Set.copyOf(letterKinds) : Set.of();
		activityKinds = (activityKinds != null) ? Set.copyOf(activityKinds) : Set.of();
	}

	/** Whether the rule covers the subject. */
	public boolean matches(DeadlineSubject subject) {
		return covers(this.supervisionForms, subject.supervisionForm()) && covers(this.itemTypes, subject.itemType())
				&& covers(this.letterKinds, subject.letterKind()) && covers(this.activityKinds, subject.activityKind());
	}

	/** How many criteria the rule sets: the more, the more specific. */
	public int specificity() {
		return count(this.supervisionForms) + count(this.itemTypes) + count(this.letterKinds)
				+ count(this.activityKinds);
	}

	/** The same rule with other days and counting. */
	DeadlineRule with(int days, DayCounting counting) {
		return new DeadlineRule(this.id, this.name, this.nameEn, this.legalSource, this.legalSourceEn, days, counting,
				this.startsFrom, this.supervisionForms, this.itemTypes, this.letterKinds, this.activityKinds);
	}

	private static boolean covers(Set<String> accepted, String value) {
		return accepted.isEmpty() || (value != null && accepted.contains(value));
	}

	private static int count(Set<String> criterion) {
		return criterion.isEmpty() ? 0 : 1;
	}

}
