package vn.mttq.giamsat.supervision.organisation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import vn.mttq.giamsat.supervision.web.RulesViolatedException;
import vn.mttq.giamsat.support.domain.InvalidField;

/**
 * The rules a unit or an organisation must keep, checked against the directory as it
 * would stand after the change (the store plus the rest of an import), so that every
 * problem of a file is reported at once.
 */
public final class DirectoryRules {

	private static final int MAX_DEPTH = 20;

	private DirectoryRules() {
	}

	/**
	 * Finds units and organisations by id in the directory as it would stand.
	 */
	public interface Lookup {

		Optional<UnitDraft> unit(String id);

		Optional<OrganisationDraft> organisation(String id);

	}

	/**
	 * Refuses a change that breaks the rules, with every problem, sorted by field.
	 * @param errors what a check found
	 * @throws RulesViolatedException if it found anything
	 */
	static void enforce(List<InvalidField> errors) {
		if (!errors.isEmpty()) {
			List<InvalidField> sorted = new ArrayList<>(errors);
			sorted.sort(Comparator.comparing((InvalidField error) -> Objects.toString(error.field(), "")));
			throw new RulesViolatedException(sorted);
		}
	}

	public static List<InvalidField> checkUnit(UnitDraft unit, String prefix, Lookup lookup) {
		List<InvalidField> errors = new ArrayList<>();
		checkDates(unit.level(), unit.validity(), prefix, errors);
		if (unit.parentId() == null) {
			if (unit.level() == AdministrativeLevel.DISTRICT || unit.level() == AdministrativeLevel.COMMUNE) {
				errors.add(new InvalidField(prefix + "parentId",
						"a district or commune lies in a province (before 1 July 2025 a commune lies in a district)"));
			}
		}
		else {
			Optional<UnitDraft> parent = lookup.unit(unit.parentId());
			if (parent.isEmpty()) {
				errors.add(new InvalidField(prefix + "parentId", "no administrative unit '" + unit.parentId() + "'"));
			}
			else if (parent.get().level() != expectedParentLevel(unit) && (expectedParentLevel(unit) != null
					|| parent.get().level().ordinal() >= unit.level().ordinal())) {
				errors.add(new InvalidField(prefix + "parentId",
						"a " + unit.level() + " unit "
								+ ((unit.level() == AdministrativeLevel.COMMUNE)
										? (unit.validFrom().isBefore(AdministrativeLevel.TWO_LEVEL_REFORM)
												? "existing before 1 July 2025 lies in a district"
												: "from 1 July 2025 lies directly in a province")
										: "lies in a higher unit")
								+ ", not in the " + parent.get().level() + " '" + unit.parentId() + "'"));
			}
			else if (!parent.get().validity().covers(unit.validFrom())) {
				errors.add(new InvalidField(prefix + "parentId", "'" + unit.parentId() + "' did not exist on "
						+ unit.validFrom() + " (it exists " + parent.get().validity() + ")"));
			}
		}
		checkSuccessors(unit.id(), unit.validTo(), unit.successorIds(), prefix,
				(id) -> lookup.unit(id).map(UnitDraft::validity), "administrative unit", errors);
		return errors;
	}

	/**
	 * The level of the unit a unit lies in: a district in a province; a commune in a
	 * district before the reform, in a province from it.
	 */
	private static AdministrativeLevel expectedParentLevel(UnitDraft unit) {
		return switch (unit.level()) {
			case DISTRICT -> AdministrativeLevel.PROVINCE;
			case COMMUNE -> unit.validFrom().isBefore(AdministrativeLevel.TWO_LEVEL_REFORM)
					? AdministrativeLevel.DISTRICT : AdministrativeLevel.PROVINCE;
			case CENTRAL, PROVINCE -> null;
		};
	}

	public static List<InvalidField> checkOrganisation(OrganisationDraft organisation, String prefix, Lookup lookup) {
		List<InvalidField> errors = new ArrayList<>();
		checkDates(organisation.level(), organisation.validity(), prefix, errors);
		checkUnitOf(organisation, prefix, lookup, errors);
		checkParent(organisation, prefix, lookup, errors);
		checkSuccessors(organisation.id(), organisation.validTo(), organisation.successorIds(), prefix,
				(id) -> lookup.organisation(id).map(OrganisationDraft::validity), "organisation", errors);
		return errors;
	}

	private static void checkDates(AdministrativeLevel level, Validity validity, String prefix,
			List<InvalidField> errors) {
		if (validity.to() != null && validity.to().isBefore(validity.from())) {
			errors.add(new InvalidField(prefix + "validTo", "validTo must not be before validFrom"));
			return;
		}
		if (level == AdministrativeLevel.DISTRICT) {
			LocalDate lastDay = AdministrativeLevel.TWO_LEVEL_REFORM.minusDays(1);
			if (!level.existedOn(validity.from())) {
				errors.add(new InvalidField(prefix + "level",
						"the district level does not exist from 2025-07-01 (two-level local government)"));
			}
			else if (validity.to() == null || validity.to().isAfter(lastDay)) {
				errors.add(new InvalidField(prefix + "validTo",
						"the district level ended with the two-level reform: validTo must be " + lastDay
								+ " or earlier"));
			}
		}
	}

	private static void checkUnitOf(OrganisationDraft organisation, String prefix, Lookup lookup,
			List<InvalidField> errors) {
		String field = prefix + "administrativeUnitId";
		if (organisation.administrativeUnitId() == null) {
			if (organisation.level() != AdministrativeLevel.CENTRAL) {
				errors.add(new InvalidField(field, "a " + organisation.level() + " organisation belongs to a unit"));
			}
			return;
		}
		Optional<UnitDraft> unit = lookup.unit(organisation.administrativeUnitId());
		if (unit.isEmpty()) {
			errors.add(new InvalidField(field, "no administrative unit '" + organisation.administrativeUnitId() + "'"));
		}
		else if (unit.get().level() != organisation.level()) {
			errors.add(new InvalidField(field, "'" + organisation.administrativeUnitId() + "' is a "
					+ unit.get().level() + " unit, not a " + organisation.level() + " one"));
		}
		else if (!organisation.validity().within(unit.get().validity())) {
			errors.add(new InvalidField(field,
					"the organisation exists " + organisation.validity() + " but its unit '"
							+ organisation.administrativeUnitId() + "' exists " + unit.get().validity()
							+ "; after a merger, record the organisation of the new unit with a successor link"));
		}
	}

	private static void checkParent(OrganisationDraft organisation, String prefix, Lookup lookup,
			List<InvalidField> errors) {
		if (organisation.parentId() == null) {
			return;
		}
		String field = prefix + "parentId";
		if (organisation.parentId().equals(organisation.id())) {
			errors.add(new InvalidField(field, "an organisation cannot be its own superior"));
			return;
		}
		Optional<OrganisationDraft> parent = lookup.organisation(organisation.parentId());
		if (parent.isEmpty()) {
			errors.add(new InvalidField(field, "no organisation '" + organisation.parentId() + "'"));
			return;
		}
		if (parent.get().level().ordinal() > organisation.level().ordinal()) {
			errors.add(new InvalidField(field, "the superior of a " + organisation.level()
					+ " organisation cannot be at the lower " + parent.get().level() + " level"));
		}
		else if (!parent.get().validity().overlaps(organisation.validity())) {
			errors.add(new InvalidField(field, "'" + organisation.parentId() + "' exists " + parent.get().validity()
					+ ", never at the same time as this organisation"));
		}
		else if (leadsBackTo(organisation.id(), parent.get(), lookup)) {
			errors.add(new InvalidField(field, "'" + organisation.parentId()
					+ "' is already below this organisation; superiors cannot form a loop"));
		}
	}

	private static boolean leadsBackTo(String id, OrganisationDraft start, Lookup lookup) {
		Set<String> seen = new HashSet<>();
		OrganisationDraft current = start;
		for (int depth = 0; current != null && depth < MAX_DEPTH; depth++) {
			if (current.id().equals(id) || !seen.add(current.id())) {
				return true;
			}
			current = (current.parentId() != null) ? lookup.organisation(current.parentId()).orElse(null) : null;
		}
		return current != null;
	}

	private static void checkSuccessors(String id, LocalDate validTo, List<String> successorIds, String prefix,
			java.util.function.Function<String, Optional<Validity>> validityOf, String what,
			List<InvalidField> errors) {
		if (successorIds.isEmpty()) {
			return;
		}
		if (validTo == null) {
			errors.add(new InvalidField(prefix + "successorIds",
					"only a " + what + " that ceased (validTo) has successors"));
			return;
		}
		if (new HashSet<>(successorIds).size() != successorIds.size()) {
			errors.add(new InvalidField(prefix + "successorIds", "a successor is listed more than once"));
		}
		LocalDate dayAfter = validTo.plusDays(1);
		for (int i = 0; i < successorIds.size(); i++) {
			String successor = successorIds.get(i);
			String field = prefix + "successorIds[" + i + "]";
			Optional<Validity> validity = validityOf.apply(successor);
			if (successor.equals(id)) {
				errors.add(new InvalidField(field, "a " + what + " cannot succeed itself"));
			}
			else if (validity.isEmpty()) {
				errors.add(new InvalidField(field, "no " + what + " '" + successor + "'"));
			}
			else if (!validity.get().covers(dayAfter)) {
				errors.add(new InvalidField(field, "'" + successor + "' must exist on " + dayAfter
						+ ", the day after this one ceased (it exists " + validity.get() + ")"));
			}
		}
	}

}
