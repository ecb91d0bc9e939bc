package vn.mttq.giamsat.auth.user;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import org.springframework.core.io.Resource;

/**
 * Reads and validates the users file: a YAML document whose {@code users} key lists
 * entries of {@code username}, {@code password}, {@code name}, {@code roles} and
 * {@code organisationId}.
 */
public final class UsersFile {

	/**
	 * The password must name its encoding, as {@code DelegatingPasswordEncoder} expects.
	 */
	private static final Pattern ENCODED_PASSWORD = Pattern.compile("^\\{[^}]+}.+");

	private UsersFile() {
	}

	/**
	 * Reads every user of the file, or fails with every problem found.
	 * @param resource the users file
	 * @return the users, in file order
	 * @throws InvalidUsersFileException if the file is missing, unreadable or invalid
	 */
	public static List<UserAccount> load(Resource resource) {
		String location = resource.getDescription();
		if (!resource.exists()) {
			throw new InvalidUsersFileException(location, List.of("the file does not exist"));
		}
		try (InputStream in = resource.getInputStream()) {
			return parse(location, new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException | YAMLException ex) {
			throw new InvalidUsersFileException(location, "cannot be read (" + ex.getMessage() + ")", ex);
		}
	}

	static List<UserAccount> parse(String location, Reader yaml) {
		Object document = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
		if (!(document instanceof Map<?, ?> root) || !(root.get("users") instanceof List<?> entries)) {
			throw new InvalidUsersFileException(location, List.of("expected a top-level 'users' list"));
		}
		List<String> problems = new ArrayList<>();
		List<UserAccount> users = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		for (int i = 0; i < entries.size(); i++) {
			int number = i + 1;
			if (!(entries.get(i) instanceof Map<?, ?> entry)) {
				problems.add("entry " + number + " is not a map of username, password, name, roles, organisationId");
				continue;
			}
			Entry parsed = new Entry(number, entry, problems);
			UserAccount user = parsed.toUser();
			if (user == null) {
				continue;
			}
			Integer previous = seen.putIfAbsent(user.username(), number);
			if (previous != null) {
				problems.add(parsed.label() + ": duplicate username (also entry " + previous + ")");
				continue;
			}
			users.add(user);
		}
		if (users.isEmpty() && problems.isEmpty()) {
			problems.add("the 'users' list is empty");
		}
		if (!problems.isEmpty()) {
			throw new InvalidUsersFileException(location, problems);
		}
		return List.copyOf(users);
	}

	/** One entry being checked; problems are collected so one start reports them all. */
	private static final class Entry {

		private final int number;

		private final Map<?, ?> values;

		private final List<String> problems;

		private final int problemsBefore;

		Entry(int number, Map<?, ?> values, List<String> problems) {
			this.number = number;
			this.values = values;
			this.problems = problems;
			this.problemsBefore = problems.size();
		}

		UserAccount toUser() {
			String username = text("username");
			String password = text("password");
			String name = text("name");
			String organisationId = text("organisationId");
			List<Role> roles = roles();
			if (password != null && !ENCODED_PASSWORD.matcher(password).matches()) {
				problem("password must start with its encoding, e.g. {bcrypt}... or {noop}...");
			}
			if (this.problems.size() > this.problemsBefore) {
				return null;
			}
			return new UserAccount(username, password, name, roles, organisationId);
		}

		String label() {
			Object username = this.values.get("username");
			return "entry " + this.number + ((username != null) ? " (" + username + ")" : "");
		}

		private String text(String key) {
			Object value = this.values.get(key);
			if (value == null || value.toString().isBlank()) {
				problem(key + " is missing or blank");
				return null;
			}
			return value.toString().strip();
		}

		private List<Role> roles() {
			if (!(this.values.get("roles") instanceof List<?> names) || names.isEmpty()) {
				problem("roles must be a non-empty list");
				return List.of();
			}
			List<Role> roles = new ArrayList<>();
			for (Object name : names) {
				Role role = Arrays.stream(Role.values())
					.filter((candidate) -> candidate.name().equals(String.valueOf(name)))
					.findFirst()
					.orElse(null);
				if (role == null) {
					problem("unknown role '" + name + "' (known roles: " + Arrays.toString(Role.values()) + ")");
				}
				else if (!roles.contains(role)) {
					roles.add(role);
				}
			}
			return roles;
		}

		private void problem(String description) {
			this.problems.add(label() + ": " + description);
		}

	}

}
