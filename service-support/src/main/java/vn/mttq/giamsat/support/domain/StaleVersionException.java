package vn.mttq.giamsat.support.domain;

/**
 * The client acted on a version of the resource that is no longer the current one (its
 * {@code If-Match} names an older version); answered with 412 and the current version, so
 * that nobody overwrites a change they have not seen.
 */
public class StaleVersionException extends DomainException {

	private final long currentVersion;

	public StaleVersionException(String resource, String id, long currentVersion) {
		super(Phrase.of("stale-version",
				"{0} ''{1}'' has changed since you read it (now version {2}); read it again and decide on the current state.",
				Phrase.of("resource." + resource, resource), id, String.valueOf(currentVersion)));
		this.currentVersion = currentVersion;
	}

	public long currentVersion() {
		return this.currentVersion;
	}

}
