package vn.mttq.giamsat.supervision.organisation;

/**
 * The shape of directory ids: lower-case ASCII words joined by single hyphens, so that an
 * id reads the same in a URL, a Kafka key, a file name and a spreadsheet; the Vietnamese
 * goes in the name.
 */
final class Ids {

	static final String PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

	static final int MAX_LENGTH = 100;

	/**
	 * What an id must look like, in the request's language ({@code messages/problems}).
	 */
	static final String MESSAGE = "{giamsat.directory.id-pattern}";

	private Ids() {
	}

}
