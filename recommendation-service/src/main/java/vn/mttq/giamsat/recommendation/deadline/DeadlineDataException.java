package vn.mttq.giamsat.recommendation.deadline;

/**
 * A calendar or rule data file that cannot be used, with the file, line and field at
 * fault so that an operator can correct it.
 */
public class DeadlineDataException extends IllegalStateException {

	DeadlineDataException(String message) {
		super(message);
	}

	DeadlineDataException(String message, Throwable cause) {
		super(message, cause);
	}

}
