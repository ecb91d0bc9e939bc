package vn.mttq.giamsat.supervision.organisation.importing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import jakarta.validation.Validator;

import org.springframework.stereotype.Component;

import vn.mttq.giamsat.supervision.organisation.DirectoryRules;
import vn.mttq.giamsat.supervision.organisation.DirectoryWrites;
import vn.mttq.giamsat.supervision.organisation.OrganisationDraft;
import vn.mttq.giamsat.supervision.organisation.UnitDraft;
import vn.mttq.giamsat.supervision.web.FieldProblem;

/**
 * Checks every row of a file against the directory as it would stand with the whole file,
 * so that every problem is reported at once. Linear in the rows: each row is validated
 * once, a repeated id is found through a map by id, and the stored rows the file refers
 * to are read by id set.
 */
@Component
class ImportCheck {

	/** How many rows are checked between two reports of progress. */
	static final int REPORT_EVERY = 1_000;

	private final DirectoryWrites store;

	private final Validator validator;

	ImportCheck(DirectoryWrites store, Validator validator) {
		this.store = store;
		this.validator = validator;
	}

	/**
	 * The rows of a file to write, each id once, the rows each refers to first; or the
	 * file's errors.
	 *
	 * @param units the units to write
	 * @param organisations the organisations to write
	 * @param skipped rows left out: repeated, or stored already when only absent ones are
	 * added
	 * @param errors the file's errors
	 */
	record Checked(List<UnitDraft> units, List<OrganisationDraft> organisations, int skippedUnits,
			int skippedOrganisations, ImportErrors errors) {
	}

	Checked check(DirectoryImport file, boolean onlyAbsent, ImportProgress progress) {
		ImportErrors errors = file.errors();
		int[] checked = { 0 };
		Map<String, ImportRow<UnitDraft>> units = firstValid(file.units(), UnitDraft::id, errors, progress, checked);
		Map<String, ImportRow<OrganisationDraft>> organisations = firstValid(file.organisations(),
				OrganisationDraft::id, errors, progress, checked);
		if (onlyAbsent) {
			units.keySet().removeAll(this.store.storedUnits(units.keySet()).keySet());
			organisations.keySet().removeAll(this.store.storedOrganisations(organisations.keySet()).keySet());
		}
		FileLookup lookup = new FileLookup(this.store, drafts(units), drafts(organisations));
		for (ImportRow<UnitDraft> row : units.values()) {
			DirectoryRules.checkUnit(row.draft(), row.prefix(), lookup)
				.forEach((error) -> errors.add(row.row(), error));
			report(progress, ++checked[0]);
		}
		for (ImportRow<OrganisationDraft> row : organisations.values()) {
			DirectoryRules.checkOrganisation(row.draft(), row.prefix(), lookup)
				.forEach((error) -> errors.add(row.row(), error));
			report(progress, ++checked[0]);
		}
		List<UnitDraft> unitOrder = ImportOrder.referencesFirst(List.copyOf(drafts(units).values()), UnitDraft::id,
				ImportCheck::references);
		List<OrganisationDraft> organisationOrder = ImportOrder.referencesFirst(
				List.copyOf(drafts(organisations).values()), OrganisationDraft::id, ImportCheck::references);
		return new Checked(unitOrder, organisationOrder, file.units().size() - unitOrder.size(),
				file.organisations().size() - organisationOrder.size(), errors);
	}

	/**
	 * Validates each row once and keeps the first row of each id if it is valid; a later
	 * row with the same id is an error. A field whose value could not be read is already
	 * reported, and one field is reported once per row: "must not be null" adds nothing.
	 */
	private <T> Map<String, ImportRow<T>> firstValid(List<ImportRow<T>> rows, Function<T, String> id,
			ImportErrors errors, ImportProgress progress, int[] checked) {
		Map<String, ImportRow<T>> first = new LinkedHashMap<>();
		Set<String> seen = new HashSet<>();
		for (ImportRow<T> row : rows) {
			Set<String> reported = new HashSet<>(row.unreadable());
			List<FieldProblem> violations = RowViolations.of(this.validator, row.draft(), row.prefix());
			for (FieldProblem violation : violations) {
				if (reported.add(violation.field())) {
					errors.add(row.row(), violation);
				}
			}
			String key = id.apply(row.draft());
			if (key != null && !seen.add(key)) {
				errors.add(row.row(), FieldProblem.of(row.prefix() + "id", "import.duplicate-id",
						"''{0}'' appears more than once in the file", key));
			}
			else if (key != null && violations.isEmpty()) {
				first.put(key, row);
			}
			report(progress, ++checked[0]);
		}
		return first;
	}

	private static void report(ImportProgress progress, int checked) {
		if (checked % REPORT_EVERY == 0) {
			progress.checked(checked);
		}
	}

	private static <T> Map<String, T> drafts(Map<String, ImportRow<T>> rows) {
		Map<String, T> drafts = new LinkedHashMap<>();
		rows.forEach((id, row) -> drafts.put(id, row.draft()));
		return drafts;
	}

	private static List<String> references(UnitDraft unit) {
		List<String> references = new ArrayList<>(unit.successorIds());
		if (unit.parentId() != null) {
			references.add(unit.parentId());
		}
		return references;
	}

	private static List<String> references(OrganisationDraft organisation) {
		List<String> references = new ArrayList<>(organisation.successorIds());
		if (organisation.parentId() != null) {
			references.add(organisation.parentId());
		}
		return references;
	}

}
