package vn.mttq.giamsat.supervision.organisation.importing;

/**
 * What an import tells while it runs; a step may throw to stop the import between rows
 * (every row written before stays whole).
 */
public interface ImportProgress {

	/** Tells nothing and never stops. */
	ImportProgress NONE = new ImportProgress() {
	};

	/**
	 * The file is read.
	 * @param rows how many rows it has
	 */
	default void read(int rows) {
	}

	/**
	 * More rows are checked.
	 * @param rows how many rows are checked so far
	 */
	default void checked(int rows) {
	}

	/**
	 * A batch of rows is written.
	 * @param rows how many rows are written (or found unchanged) so far
	 * @param result what the import did so far
	 */
	default void written(int rows, ImportResult result) {
	}

}
