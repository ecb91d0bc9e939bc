package vn.mttq.giamsat.supervision.organisation.importing;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import vn.mttq.giamsat.supervision.organisation.AdministrativeLevel;
import vn.mttq.giamsat.supervision.organisation.OrganisationDraft;
import vn.mttq.giamsat.supervision.organisation.OrganisationKind;
import vn.mttq.giamsat.supervision.organisation.UnitDraft;
import vn.mttq.giamsat.supervision.web.FieldProblem;

/**
 * Reads the rows of an import, CSV or JSON alike, into drafts, collecting every value
 * that cannot be read instead of stopping at the first.
 */
final class DirectoryRows {

	static final List<String> UNIT_COLUMNS = List.of("id", "name", "level", "parentId", "validFrom", "validTo",
			"successorIds");

	static final List<String> ORGANISATION_COLUMNS = List.of("id", "name", "kind", "level", "administrativeUnitId",
			"parentId", "validFrom", "validTo", "successorIds");

	private DirectoryRows() {
	}

	/**
	 * One row of an import: its values by column, blank ones absent.
	 */
	interface Row {

		Set<String> columns();

		String text(String column);

		List<String> list(String column);

	}

	static UnitDraft unit(Row row, String prefix, List<FieldProblem> errors) {
		unknownColumns(row, UNIT_COLUMNS, prefix, errors);
		return new UnitDraft(row.text("id"), row.text("name"),
				enumValue(AdministrativeLevel.class, row, "level", prefix, errors), row.text("parentId"),
				date(row, "validFrom", prefix, errors), date(row, "validTo", prefix, errors), row.list("successorIds"));
	}

	static OrganisationDraft organisation(Row row, String prefix, List<FieldProblem> errors) {
		unknownColumns(row, ORGANISATION_COLUMNS, prefix, errors);
		return new OrganisationDraft(row.text("id"), row.text("name"),
				enumValue(OrganisationKind.class, row, "kind", prefix, errors),
				enumValue(AdministrativeLevel.class, row, "level", prefix, errors), row.text("administrativeUnitId"),
				row.text("parentId"), date(row, "validFrom", prefix, errors), date(row, "validTo", prefix, errors),
				row.list("successorIds"));
	}

	private static void unknownColumns(Row row, List<String> known, String prefix, List<FieldProblem> errors) {
		Set<String> unknown = new TreeSet<>(row.columns());
		unknown.removeAll(known);
		for (String column : unknown) {
			errors.add(FieldProblem.of(prefix + column, "import.unknown-column",
					"unknown field ''{0}''; the fields are {1}", column, known.toString()));
		}
	}

	private static LocalDate date(Row row, String column, String prefix, List<FieldProblem> errors) {
		String text = row.text(column);
		if (text == null) {
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			errors.add(FieldProblem.of(prefix + column, "import.not-a-date",
					"''{0}'' cannot be read as a date (yyyy-MM-dd)", text));
			return null;
		}
	}

	private static <E extends Enum<E>> E enumValue(Class<E> type, Row row, String column, String prefix,
			List<FieldProblem> errors) {
		String text = row.text(column);
		if (text == null) {
			return null;
		}
		try {
			return Enum.valueOf(type, text.trim());
		}
		catch (IllegalArgumentException ex) {
			errors.add(FieldProblem.of(prefix + column, "import.not-one-of", "''{0}'' is not one of {1}", text,
					Arrays.toString(type.getEnumConstants())));
			return null;
		}
	}

	/**
	 * Splits a list cell of a CSV file: successors separated by {@code ;} or {@code |}.
	 */
	static List<String> splitList(String cell) {
		List<String> values = new ArrayList<>();
		if (cell != null) {
			for (String value : cell.split("[;|]")) {
				if (!value.isBlank()) {
					values.add(value.trim());
				}
			}
		}
		return values;
	}

}
