package vn.mttq.giamsat.auth.user;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * The users who may sign in, with the roles and organisation their tokens carry.
 */
public class UserDirectory implements UserDetailsService {

	private final Map<String, UserAccount> users = new LinkedHashMap<>();

	public UserDirectory(List<UserAccount> users) {
		users.forEach((user) -> this.users.put(user.username(), user));
	}

	/** The user with this username, if any. */
	public Optional<UserAccount> find(String username) {
		return Optional.ofNullable(this.users.get(username));
	}

	/** Every user, in file order. */
	public List<UserAccount> all() {
		return List.copyOf(this.users.values());
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		UserAccount user = find(username).orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
		// A new instance every time: Spring Security erases the credentials of the one it
		// authenticated, which must not empty the directory.
		return User.withUsername(user.username())
			.password(user.password())
			.roles(user.roleNames().toArray(String[]::new))
			.build();
	}

}
