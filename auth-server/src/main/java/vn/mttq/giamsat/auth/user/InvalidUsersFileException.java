package vn.mttq.giamsat.auth.user;

import java.util.List;

/**
 * The users file cannot be read or has entries that are not valid; the server does not
 * start with it.
 */
public class InvalidUsersFileException extends IllegalStateException {

	private final String location;

	private final List<String> problems;

	public InvalidUsersFileException(String location, List<String> problems) {
		super("Invalid users file " + location + ":" + System.lineSeparator() + " - "
				+ String.join(System.lineSeparator() + " - ", problems));
		this.location = location;
		this.problems = List.copyOf(problems);
	}

	public InvalidUsersFileException(String location, String problem, Throwable cause) {
		super("Invalid users file " + location + ": " + problem, cause);
		this.location = location;
		this.problems = List.of(problem);
	}

	/** Where the file was read from. */
	public String getLocation() {
		return this.location;
	}

	/** Every problem found, one sentence each. */
	public List<String> getProblems() {
		return this.problems;
	}

}
