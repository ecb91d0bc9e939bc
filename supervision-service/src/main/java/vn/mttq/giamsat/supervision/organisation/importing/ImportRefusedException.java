package vn.mttq.giamsat.supervision.organisation.importing;

import java.util.List;

import vn.mttq.giamsat.support.domain.InvalidField;

/**
 * An import file with bad rows, refused whole: nothing of it was written.
 */
public class ImportRefusedException extends RuntimeException {

	private final List<InvalidField> errors;

	private final int totalErrors;

	ImportRefusedException(ImportErrors errors) {
		super(errors.total() + ((errors.total() == 1) ? " error" : " errors") + " in the file, the first "
				+ Math.min(errors.total(), ImportErrors.LISTED)
				+ " listed in errors in file order; nothing of it was imported.");
		this.errors = errors.listed();
		this.totalErrors = errors.total();
	}

	/**
	 * The first errors, in file order.
	 * @return at most {@value ImportErrors#LISTED}
	 */
	public List<InvalidField> errors() {
		return this.errors;
	}

	public int totalErrors() {
		return this.totalErrors;
	}

}
