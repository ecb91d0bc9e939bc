package vn.mttq.giamsat.console;

import java.util.Map;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

import vn.mttq.giamsat.console.signin.SignInConfigurationForTests;

/**
 * auth-server as the console knows it, without asking it (no discovery at start), and the
 * console's security chain.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(SignInConfigurationForTests.class)
public class ConsoleTestConfiguration {

	/** The issuer the tests' registration names. */
	public static final String ISSUER = "http://localhost:9000";

	@Bean
	ClientRegistrationRepository clientRegistrationRepository() {
		return new InMemoryClientRegistrationRepository(registration());
	}

	/** The console's registration at auth-server. */
	public static ClientRegistration registration() {
		return ClientRegistration.withRegistrationId("giamsat")
			.clientId("web-console")
			.clientSecret("secret")
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
			.scope("openid", "profile")
			.authorizationUri(ISSUER + "/oauth2/authorize")
			.tokenUri(ISSUER + "/oauth2/token")
			.jwkSetUri(ISSUER + "/oauth2/jwks")
			.userInfoUri(ISSUER + "/userinfo")
			.userNameAttributeName("sub")
			.issuerUri(ISSUER)
			.providerConfigurationMetadata(Map.of("end_session_endpoint", ISSUER + "/connect/logout"))
			.build();
	}

}
