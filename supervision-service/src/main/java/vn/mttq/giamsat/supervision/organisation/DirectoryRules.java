package vn.mttq.giamsat.supervision.organisation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import vn.mttq.giamsat.supervision.web.Dates;
import vn.mttq.giamsat.supervision.web.FieldProblem;
import vn.mttq.giamsat.supervision.web.RulesViolatedException;
import vn.mttq.giamsat.support.domain.Phrase;

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
	static void enforce(List<FieldProblem> errors) {
		if (!errors.isEmpty()) {
			List<FieldProblem> sorted = new ArrayList<>(errors);
			sorted.sort(Comparator.comparing((FieldProblem error) -> Objects.toString(error.field(), "")));
			throw new RulesViolatedException(sorted);
		}
	}

	public static List<FieldProblem> checkUnit(UnitDraft unit, String prefix, Lookup lookup) {
		List<FieldProblem> errors = new ArrayList<>();
		checkDates(unit.level(), unit.validity(), prefix, errors);
		if (unit.parentId() == null) {
			if (unit.level() == AdministrativeLevel.DISTRICT || unit.level() == AdministrativeLevel.COMMUNE) {
				errors.add(FieldProblem.of(prefix + "parentId", "directory.unit-needs-parent",
						"A district or commune lies in a province (before 01/07/2025 a commune lies in a district)"));
			}
		}
		else {
			Optional<UnitDraft> parent = lookup.unit(unit.parentId());
			if (parent.isEmpty()) {
				errors.add(FieldProblem.of(prefix + "parentId", "directory.unknown-unit",
						"There is no administrative unit \u201c{0}\u201d", unit.parentId()));
			}
			else if (parent.get().level() != expectedParentLevel(unit) && (expectedParentLevel(unit) != null
					|| parent.get().level().ordinal() >= unit.level().ordinal())) {
				errors.add(FieldProblem.of(prefix + "parentId", "directory.unit-parent-level",
						"A {0} unit {1,choice,0#lies in a higher unit|1#existing before 01/07/2025 lies in a district|"
								+ "2#from 01/07/2025 lies directly in a province}, not in {2} ({3} level)",
						unit.level().phrase(), where(unit), parent.get().name(), parent.get().level().phrase()));
			}
			else if (!parent.get().validity().covers(unit.validFrom())) {
				errors.add(FieldProblem.of(prefix + "parentId", "directory.parent-absent-on",
						"{0} did not exist on {1}: it exists {2}", parent.get().name(), Dates.shown(unit.validFrom()),
						shown(parent.get().validity())));
			}
		}
		checkSuccessors(unit.id(), unit.validTo(), unit.successorIds(), prefix,
				(id) -> lookup.unit(id).map(UnitDraft::validity),
				Phrase.of("directory.what.unit", "administrative unit"), errors);
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

	public static List<FieldProblem> checkOrganisation(OrganisationDraft organisation, String prefix, Lookup lookup) {
		List<FieldProblem> errors = new ArrayList<>();
		checkDates(organisation.level(), organisation.validity(), prefix, errors);
		checkUnitOf(organisation, prefix, lookup, errors);
		checkParent(organisation, prefix, lookup, errors);
		checkSuccessors(organisation.id(), organisation.validTo(), organisation.successorIds(), prefix,
				(id) -> lookup.organisation(id).map(OrganisationDraft::validity),
				Phrase.of("directory.what.organisation", "organisation"), errors);
		return errors;
	}

	private static void checkDates(AdministrativeLevel level, Validity validity, String prefix,
			List<FieldProblem> errors) {
		if (validity.to() != null && validity.to().isBefore(validity.from())) {
			errors.add(FieldProblem.of(prefix + "validTo", "directory.ends-before-start",
					"The last day ({0}) is before the first ({1})", Dates.shown(validity.to()),
					Dates.shown(validity.from())));
			return;
		}
		if (level == AdministrativeLevel.DISTRICT) {
			LocalDate lastDay = AdministrativeLevel.TWO_LEVEL_REFORM.minusDays(1);
			if (!level.existedOn(validity.from())) {
				errors.add(FieldProblem.of(prefix + "level", "directory.district-level-gone",
						"The district level does not exist from 01/07/2025 (two-level local government)"));
			}
			else if (validity.to() == null || validity.to().isAfter(lastDay)) {
				errors.add(FieldProblem.of(prefix + "validTo", "directory.district-level-ended",
						"The district level ended with the two-level reform: the last day must be {0} or earlier",
						Dates.shown(lastDay)));
			}
		}
	}

	private static void checkUnitOf(OrganisationDraft organisation, String prefix, Lookup lookup,
			List<FieldProblem> errors) {
		String field = prefix + "administrativeUnitId";
		if (organisation.administrativeUnitId() == null) {
			if (organisation.level() != AdministrativeLevel.CENTRAL) {
				errors.add(FieldProblem.of(field, "directory.organisation-needs-unit",
						"An organisation at the {0} level belongs to an administrative unit",
						organisation.level().phrase()));
			}
			return;
		}
		Optional<UnitDraft> unit = lookup.unit(organisation.administrativeUnitId());
		if (unit.isEmpty()) {
			errors.add(FieldProblem.of(field, "directory.unknown-unit",
					"There is no administrative unit \u201c{0}\u201d", organisation.administrativeUnitId()));
		}
		else if (unit.get().level() != organisation.level()) {
			errors.add(FieldProblem.of(field, "directory.unit-level-mismatch",
					"{0} is a unit at the {1} level, not at the {2} level", unit.get().name(),
					unit.get().level().phrase(), organisation.level().phrase()));
		}
		else if (!organisation.validity().within(unit.get().validity())) {
			errors.add(FieldProblem.of(field, "directory.organisation-outlives-unit",
					"The organisation exists {0} but its unit, {1}, exists {2}; after a merger, record the "
							+ "organisation of the new unit with a successor link",
					shown(organisation.validity()), unit.get().name(), shown(unit.get().validity())));
		}
	}

	private static void checkParent(OrganisationDraft organisation, String prefix, Lookup lookup,
			List<FieldProblem> errors) {
		if (organisation.parentId() == null) {
			return;
		}
		String field = prefix + "parentId";
		if (organisation.parentId().equals(organisation.id())) {
			errors.add(FieldProblem.of(field, "directory.own-superior", "An organisation cannot be its own superior"));
			return;
		}
		Optional<OrganisationDraft> parent = lookup.organisation(organisation.parentId());
		if (parent.isEmpty()) {
			errors.add(FieldProblem.of(field, "directory.unknown-organisation",
					"The directory has no organisation with the id \u201c{0}\u201d", organisation.parentId()));
			return;
		}
		if (parent.get().level().ordinal() > organisation.level().ordinal()) {
			errors.add(FieldProblem.of(field, "directory.superior-lower",
					"The superior of an organisation at the {0} level cannot be at the lower {1} level",
					organisation.level().phrase(), parent.get().level().phrase()));
		}
		else if (!parent.get().validity().overlaps(organisation.validity())) {
			errors.add(FieldProblem.of(field, "directory.superior-never-together",
					"{0} exists {1}, never at the same time as this organisation", parent.get().name(),
					shown(parent.get().validity())));
		}
		else if (leadsBackTo(organisation.id(), parent.get(), lookup)) {
			errors.add(FieldProblem.of(field, "directory.superior-loop",
					"{0} is already below this organisation; superiors cannot form a loop", parent.get().name()));
		}
	}

	/** Which rule places a unit: 0 a higher unit, 1 a district, 2 a province. */
	private static int where(UnitDraft unit) {
		if (unit.level() != AdministrativeLevel.COMMUNE) {
			return 0;
		}
		return unit.validFrom().isBefore(AdministrativeLevel.TWO_LEVEL_REFORM) ? 1 : 2;
	}

	/**
	 * A validity as texts show it: "from 01/01/2000 to 30/06/2025", "from 01/07/2025 on".
	 */
	private static Phrase shown(Validity validity) {
		return (validity.to() != null)
				? Phrase.of("directory.validity-closed", "from {0} to {1}", Dates.shown(validity.from()),
						Dates.shown(validity.to()))
				: Phrase.of("directory.validity-open", "from {0} on", Dates.shown(validity.from()));
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
			java.util.function.Function<String, Optional<Validity>> validityOf, Phrase what,
			List<FieldProblem> errors) {
		if (successorIds.isEmpty()) {
			return;
		}
		if (validTo == null) {
			errors.add(FieldProblem.of(prefix + "successorIds", "directory.successors-of-living",
					"Only a {0} that ceased (with a last day) has successors", what));
			return;
		}
		if (new HashSet<>(successorIds).size() != successorIds.size()) {
			errors.add(FieldProblem.of(prefix + "successorIds", "directory.successor-twice",
					"A successor is listed more than once"));
		}
		LocalDate dayAfter = validTo.plusDays(1);
		for (int i = 0; i < successorIds.size(); i++) {
			String successor = successorIds.get(i);
			String field = prefix + "successorIds[" + i + "]";
			Optional<Validity> validity = validityOf.apply(successor);
			if (successor.equals(id)) {
				errors.add(FieldProblem.of(field, "directory.succeeds-itself", "A {0} cannot succeed itself", what));
			}
			else if (validity.isEmpty()) {
				errors.add(FieldProblem.of(field, "directory.unknown-successor", "There is no {0} \u201c{1}\u201d",
						what, successor));
			}
			else if (!validity.get().covers(dayAfter)) {
				errors.add(FieldProblem.of(field, "directory.successor-absent",
						"The successor \u201c{0}\u201d must exist on {1}, the day after this one ceased; it exists {2}",
						successor, Dates.shown(dayAfter), shown(validity.get())));
			}
		}
	}

}
