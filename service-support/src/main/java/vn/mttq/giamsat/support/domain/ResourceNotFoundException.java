package vn.mttq.giamsat.support.domain;

/**
 * The requested resource does not exist (or is not visible to the caller); answered with
 * 404.
 */
public class ResourceNotFoundException extends RuntimeException {

	public ResourceNotFoundException(String resource, String id) {
		super(resource + " '" + id + "' was not found");
	}

}
