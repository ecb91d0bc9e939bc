package vn.mttq.giamsat.support.domain;

/**
 * The request clashes with existing state, such as a duplicate official number; answered
 * with 409 and, where known, the id of the resource that already exists.
 */
public class ConflictException extends RuntimeException {

	private final String existingId;

	public ConflictException(String message, String existingId) {
		super(message);
		this.existingId = existingId;
	}

	public String existingId() {
		return this.existingId;
	}

}
