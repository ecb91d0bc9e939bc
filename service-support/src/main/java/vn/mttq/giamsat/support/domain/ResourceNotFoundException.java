package vn.mttq.giamsat.support.domain;

/**
 * The requested resource does not exist (or is not visible to the caller); answered with
 * 404.
 */
public class ResourceNotFoundException extends DomainException {

	/**
	 * A resource of the given kind and id was not found.
	 * @param resource the kind, in English, such as {@code Letter}; translated under the
	 * code {@code resource.<kind>}
	 * @param id the id the caller gave
	 */
	public ResourceNotFoundException(String resource, String id) {
		this(Phrase.of("not-found", "{0} ''{1}'' was not found", Phrase.of("resource." + resource, resource), id));
	}

	public ResourceNotFoundException(Phrase phrase) {
		super(phrase);
	}

}
