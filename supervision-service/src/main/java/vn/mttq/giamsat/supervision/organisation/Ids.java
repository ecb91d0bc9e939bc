package vn.mttq.giamsat.supervision.organisation;

/**
 * The shape of directory ids: readable, URL-safe apart from Vietnamese letters.
 */
final class Ids {

	static final String PATTERN = "[\\p{L}\\p{N}][\\p{L}\\p{N}._-]*";

	static final String MESSAGE = "must start with a letter or digit and hold only letters, digits, '.', '-' and '_'";

	private Ids() {
	}

}
