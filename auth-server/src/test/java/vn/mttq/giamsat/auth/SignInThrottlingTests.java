package vn.mttq.giamsat.auth;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Repeated failed sign-ins through the password grant and the sign-in form, each test on
 * a server of its own (the setting below keeps it apart from the other classes' shared
 * one): every request comes from the same address, which the throttle counts too.
 */
@TestPropertySource(properties = { "giamsat.auth.sign-in-throttle.max-tracked=1000",
		// The address's own limit as low as the username's, so that these tests see it.
		"giamsat.auth.sign-in-throttle.max-failures-per-address=5" })
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class SignInThrottlingTests extends RunningServerTests {

	@Test
	void afterFiveWrongPasswordsEvenTheRightOneIsRefusedWithRetryAfter() {
		for (int i = 0; i < 5; i++) {
			assertThat(passwordGrant("canbo.ubnd.xa", "wrong-" + i).statusCode()).isEqualTo(400);
		}

		HttpResponse<String> refused = passwordGrant("canbo.ubnd.xa", "demo");
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Retry-After"))
			.hasValueSatisfying((seconds) -> assertThat(Long.parseLong(seconds)).isBetween(1L, 15 * 60L));
		assertThat(HttpSession.json(refused)).containsEntry("error", "temporarily_unavailable");
	}

	@Test
	void aSuccessfulSignInClearsTheUsersCountButTheAddressStillCountsItsFailures() {
		for (int i = 0; i < 4; i++) {
			passwordGrant("canbo.mttq.tinh", "wrong");
		}
		assertThat(passwordGrant("canbo.mttq.tinh", "demo").statusCode()).isEqualTo(200);

		assertThat(passwordGrant("giamsat.vien", "wrong").statusCode()).isEqualTo(400);
		assertThat(passwordGrant("giamsat.vien", "demo").statusCode()).isEqualTo(429);
	}

	@Test
	void theSignInFormIsThrottledLikeThePasswordGrant() {
		for (int i = 0; i < 5; i++) {
			HttpResponse<String> failed = this.http.signIn("canbo.mttq.xa", "wrong");
			assertThat(failed.statusCode()).isEqualTo(302);
			assertThat(failed.headers().firstValue("Location"))
				.hasValueSatisfying((location) -> assertThat(location).endsWith("/login?error"));
		}

		HttpResponse<String> refused = this.http.signIn("canbo.mttq.xa", "demo");
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Retry-After")).isPresent();
		assertThat(refused.body()).contains("Too many failed sign-ins");
		// The address is throttled for the token endpoint too.
		assertThat(passwordGrant("canbo.ubnd.xa", "demo").statusCode()).isEqualTo(429);
	}

}
