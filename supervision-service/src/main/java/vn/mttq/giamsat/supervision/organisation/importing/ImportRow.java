package vn.mttq.giamsat.supervision.organisation.importing;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import vn.mttq.giamsat.supervision.web.FieldProblem;

/**
 * One row of an import file read into a draft.
 *
 * @param <T> the draft's type
 * @param row where it is in the file: its line in CSV, its place in JSON
 * @param prefix the prefix of its fields in errors, e.g. {@code line[5].}
 * @param draft what the row says
 * @param unreadable its fields whose value could not be read, already reported
 */
record ImportRow<T>(int row, String prefix, T draft, Set<String> unreadable) {

	/**
	 * Makes a row and reports what could not be read of it.
	 * @param <T> the draft's type
	 * @param row where it is in the file
	 * @param prefix the prefix of its fields
	 * @param draft what could be read
	 * @param readErrors what could not
	 * @param errors the file's errors, which get the read errors
	 * @return the row
	 */
	static <T> ImportRow<T> of(int row, String prefix, T draft, List<FieldProblem> readErrors, ImportErrors errors) {
		Set<String> unreadable = new HashSet<>();
		for (FieldProblem error : readErrors) {
			errors.add(row, error);
			unreadable.add(error.field());
		}
		return new ImportRow<>(row, prefix, draft, unreadable);
	}

}
