package vn.mttq.giamsat.console.front.directory;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A directory import as supervision-service runs it: its status, its counts and the first
 * errors, each naming its line and column ({@code line[5].name}).
 *
 * @param id its id
 * @param file {@code organisations} or {@code administrative-units}
 * @param status QUEUED, RUNNING, SUCCEEDED, FAILED or CANCELLED
 * @param rowsTotal the rows in the file
 * @param rowsDone the rows read
 * @param created rows that added an entry
 * @param updated rows that changed one
 * @param unchanged rows equal to what was there
 * @param errors the first errors
 * @param totalErrors how many errors there are
 * @param reason why it failed, if it did
 */
record ImportJob(String id, String file, String status, int rowsTotal, int rowsDone, int created, int updated,
		int unchanged, List<Error> errors, int totalErrors, String reason) {

	private static final Pattern LINE = Pattern.compile("line\\[(\\d+)]\\.?(.*)");

	ImportJob {
		errors = (errors != null) ? List.copyOf(errors) : List.of();
	}

	/** Whether the job may still change (the page offers to look again). */
	public boolean running() {
		return "QUEUED".equals(this.status) || "RUNNING".equals(this.status);
	}

	/**
	 * One error of the file, as the service names it.
	 *
	 * @param field the line and column, e.g. {@code line[5].name}
	 * @param message what is wrong, in the page's language
	 */
	record Error(String field, String message) {

		/** The line of the file, or empty for an error about the whole file. */
		public String line() {
			Matcher matcher = LINE.matcher((this.field != null) ? this.field : "");
			return matcher.matches() ? matcher.group(1) : "";
		}

		/** The column, or the field itself when it names no line. */
		public String column() {
			Matcher matcher = LINE.matcher((this.field != null) ? this.field : "");
			return matcher.matches() ? matcher.group(2) : this.field;
		}

	}

}
