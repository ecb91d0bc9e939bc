package vn.mttq.giamsat.support.security;

import org.springframework.test.web.servlet.client.RestTestClient;

import vn.mttq.giamsat.localstack.LocalIssuer;

/**
 * HTTP clients of a service under test that act as a given role of a given organisation.
 */
public final class Callers {

	private Callers() {
	}

	/**
	 * Returns a client whose every request carries a token for
	 * {@code user.<organisation>}.
	 * @param port the service's port
	 * @param issuer the issuer the service trusts
	 * @param organisation the caller's organisation
	 * @param role the caller's role, e.g. {@code FRONT_OFFICIAL}
	 * @return the client
	 */
	public static RestTestClient as(int port, LocalIssuer issuer, String organisation, String role) {
		return RestTestClient.bindToServer()
			.baseUrl("http://localhost:" + port)
			.defaultHeader("Authorization", "Bearer " + issuer.token("canbo." + organisation, organisation, role))
			.build();
	}

}
