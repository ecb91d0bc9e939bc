package vn.mttq.giamsat.support.domain;

/**
 * The client acted on a version of the resource that is no longer the current one (its
 * {@code If-Match} names an older version); answered with 412 and the current version, so
 * that nobody overwrites a change they have not seen.
 */
public class StaleVersionException extends RuntimeException {

	private final long currentVersion;

	public StaleVersionException(String resource, String id, long currentVersion) {
		super(resource + " '" + id + "' has changed since you read it (now version " + currentVersion
				+ "); read it again and decide on the current state.");
		this.currentVersion = currentVersion;
	}

	public long currentVersion() {
		return this.currentVersion;
	}

}
