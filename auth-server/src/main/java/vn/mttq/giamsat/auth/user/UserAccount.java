package vn.mttq.giamsat.auth.user;

import java.util.List;

/**
 * A person who may sign in, as read from the users file.
 *
 * @param username the login name, also the token's {@code sub}
 * @param password the password in {@code DelegatingPasswordEncoder} format, e.g.
 * {@code {bcrypt}...}
 * @param name the display name
 * @param roles the roles, at least one
 * @param organisationId the id of the organisation the person works for
 */
public record UserAccount(String username, String password, String name, List<Role> roles, String organisationId) {

	public UserAccount {
		roles = List.copyOf(roles);
	}

	/** The role names as they appear in tokens. */
	public List<String> roleNames() {
		return this.roles.stream().map(Role::name).toList();
	}

	@Override
	public String toString() {
		// Keeps the password hash out of logs and error messages.
		return "UserAccount[username=" + this.username + ", name=" + this.name + ", roles=" + this.roles
				+ ", organisationId=" + this.organisationId + "]";
	}

}
