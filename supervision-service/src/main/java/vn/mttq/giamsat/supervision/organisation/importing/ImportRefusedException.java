package vn.mttq.giamsat.supervision.organisation.importing;

import java.util.List;

import vn.mttq.giamsat.supervision.web.FieldProblem;
import vn.mttq.giamsat.support.domain.Phrase;

/**
 * An import file with bad rows, refused whole: nothing of it was written.
 */
public class ImportRefusedException extends RuntimeException {

	private final transient List<FieldProblem> errors;

	private final int totalErrors;

	private final transient Phrase phrase;

	ImportRefusedException(ImportErrors errors) {
		this(errors, summary(errors.total()));
	}

	private ImportRefusedException(ImportErrors errors, Phrase phrase) {
		super(phrase.inEnglish());
		this.errors = errors.listed();
		this.totalErrors = errors.total();
		this.phrase = phrase;
	}

	/**
	 * The first errors, in file order.
	 * @return at most {@value ImportErrors#LISTED}
	 */
	public List<FieldProblem> errors() {
		return this.errors;
	}

	public int totalErrors() {
		return this.totalErrors;
	}

	/** How many errors the file has and how many are listed, for people. */
	public Phrase phrase() {
		return this.phrase;
	}

	private static Phrase summary(int total) {
		if (total == 1) {
			return Phrase.of("import.refused.one",
					"1 error in the file, listed in errors; nothing of it was imported.");
		}
		if (total <= ImportErrors.LISTED) {
			return Phrase.of("import.refused.all",
					"{0} errors in the file, listed in errors in file order; nothing of it was imported.",
					String.valueOf(total));
		}
		return Phrase.of("import.refused.first",
				"{0} errors in the file, the first {1} listed in errors in file order; nothing of it was imported.",
				String.valueOf(total), String.valueOf(ImportErrors.LISTED));
	}

}
