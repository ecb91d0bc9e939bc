package vn.mttq.giamsat.auth.user;

import java.util.Arrays;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Reports a bad users file as a short startup failure instead of a stack trace.
 */
class InvalidUsersFileFailureAnalyzer extends AbstractFailureAnalyzer<InvalidUsersFileException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidUsersFileException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Correct the users file (property giamsat.auth.users-file, now " + cause.getLocation()
						+ "): each entry needs a unique username, a password such as {bcrypt}..., a name, roles from "
						+ Arrays.toString(Role.values()) + " and an organisationId.",
				cause);
	}

}
