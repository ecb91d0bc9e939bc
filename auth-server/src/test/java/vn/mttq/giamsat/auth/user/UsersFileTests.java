package vn.mttq.giamsat.auth.user;

import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

class UsersFileTests {

	@Test
	void shippedFileHasTheDemoUsersOtherModulesRelyOn() {
		List<UserAccount> users = UsersFile.load(new ClassPathResource("demo-users.yml"));

		assertThat(users).extracting(UserAccount::username, UserAccount::roles, UserAccount::organisationId)
			.containsExactly(tuple("canbo.mttq.tinh", List.of(Role.FRONT_OFFICIAL), "ubmttq-tinh-dien-bien"),
					tuple("canbo.mttq.xa", List.of(Role.FRONT_OFFICIAL), "ubmttq-xa-muong-phang"),
					tuple("canbo.so.nnmt", List.of(Role.AGENCY_OFFICER), "so-nong-nghiep-moi-truong-dien-bien"),
					tuple("canbo.ubnd.xa", List.of(Role.AGENCY_OFFICER), "ubnd-xa-muong-phang"),
					tuple("giamsat.vien", List.of(Role.MONITOR), "ubmttq-tinh-dien-bien"),
					tuple("quantri", List.of(Role.ADMIN), "ubmttq-tinh-dien-bien"));
		assertThat(users.get(0).name()).isEqualTo("Nguyễn Văn An");
	}

	@Test
	void everyDemoPasswordIsDemoStoredAsABcryptHash() {
		PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

		assertThat(UsersFile.load(new ClassPathResource("demo-users.yml"))).allSatisfy((user) -> {
			assertThat(user.password()).startsWith("{bcrypt}");
			assertThat(encoder.matches("demo", user.password())).as(user.username()).isTrue();
		});
	}

	@Test
	void unknownRoleIsRejectedNamingTheEntryAndTheRole() {
		assertThatExceptionOfType(InvalidUsersFileException.class).isThrownBy(() -> parse("""
				users:
				  - username: a
				    password: "{noop}a"
				    name: A
				    roles: [FRONT_OFFICIAL, SUPERVISOR]
				    organisationId: org-a
				"""))
			.withMessageContaining("entry 1 (a): unknown role 'SUPERVISOR'")
			.withMessageContaining("FRONT_OFFICIAL, AGENCY_OFFICER, MONITOR, ADMIN");
	}

	@Test
	void blankOrganisationIsRejected() {
		assertThatExceptionOfType(InvalidUsersFileException.class).isThrownBy(() -> parse("""
				users:
				  - username: a
				    password: "{noop}a"
				    name: A
				    roles: [MONITOR]
				    organisationId: " "
				""")).withMessageContaining("entry 1 (a): organisationId is missing or blank");
	}

	@Test
	void duplicateUsernameIsRejected() {
		assertThatExceptionOfType(InvalidUsersFileException.class).isThrownBy(() -> parse("""
				users:
				  - { username: a, password: "{noop}a", name: A, roles: [MONITOR], organisationId: org }
				  - { username: b, password: "{noop}b", name: B, roles: [MONITOR], organisationId: org }
				  - { username: a, password: "{noop}c", name: C, roles: [ADMIN], organisationId: org }
				""")).withMessageContaining("entry 3 (a): duplicate username (also entry 1)");
	}

	@Test
	void everyProblemIsReportedAtOnce() {
		assertThatExceptionOfType(InvalidUsersFileException.class).isThrownBy(() -> parse("""
				users:
				  - { username: a, password: "plain", name: A, roles: [], organisationId: org }
				  - { password: "{noop}b", name: B, roles: [ADMIN] }
				"""))
			.satisfies(
					(ex) -> assertThat(ex.getProblems()).containsExactly("entry 1 (a): roles must be a non-empty list",
							"entry 1 (a): password must start with its encoding, e.g. {bcrypt}... or {noop}...",
							"entry 2: username is missing or blank", "entry 2: organisationId is missing or blank"));
	}

	@Test
	void missingFileIsReportedAsSuch() {
		assertThatExceptionOfType(InvalidUsersFileException.class)
			.isThrownBy(() -> UsersFile.load(new FileSystemResource("/nonexistent/users.yml")))
			.withMessageContaining("/nonexistent/users.yml")
			.withMessageContaining("does not exist");
	}

	@Test
	void fileWithoutAUsersListIsRejected() {
		assertThatExceptionOfType(InvalidUsersFileException.class).isThrownBy(() -> parse("people: []"))
			.withMessageContaining("expected a top-level 'users' list");
	}

	private static List<UserAccount> parse(String yaml) {
		return UsersFile.parse("test.yml", new StringReader(yaml));
	}

}
