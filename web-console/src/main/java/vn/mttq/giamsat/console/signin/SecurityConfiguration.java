package vn.mttq.giamsat.console.signin;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;

import vn.mttq.giamsat.console.ConsoleProperties;

/**
 * Everything but the assets and the health endpoint needs a signed-in person; sign-in is
 * OpenID Connect with PKCE at auth-server, sign-out ends the session there too, and the
 * tokens stay in the console's session.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	/** The registration id of auth-server in {@code spring.security.oauth2.client}. */
	static final String REGISTRATION = "giamsat";

	@Bean
	SecurityFilterChain console(HttpSecurity http, ClientRegistrationRepository registrations,
			OAuth2AuthorizedClientRepository authorizedClients, ConsoleProperties properties) {
		DefaultOAuth2AuthorizationRequestResolver pkce = new DefaultOAuth2AuthorizationRequestResolver(registrations,
				"/oauth2/authorization");
		pkce.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
		OidcClientInitiatedLogoutSuccessHandler signedOut = new OidcClientInitiatedLogoutSuccessHandler(registrations);
		signedOut.setPostLogoutRedirectUri("{baseUrl}/");
		URI issuer = URI.create(registrations.findByRegistrationId(REGISTRATION).getProviderDetails().getIssuerUri());
		URI browserIssuer = (properties.browserIssuer() != null) ? properties.browserIssuer() : issuer;
		BrowserRedirects toIssuer = new BrowserRedirects(issuer, browserIssuer);
		signedOut.setRedirectStrategy(toIssuer);
		HttpSessionRequestCache pagesOnly = new HttpSessionRequestCache();
		// An htmx request is part of a page: the page itself is what to come back to.
		pagesOnly.setRequestMatcher(SecurityConfiguration::isPageRequest);
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/assets/**", "/webjars/**", "/error", "/favicon.ico", "/actuator/health",
					"/actuator/health/**", "/actuator/info")
			.permitAll()
			.anyRequest()
			.authenticated())
			.oauth2Login((login) -> login.authorizationEndpoint(
					(endpoint) -> endpoint.authorizationRequestResolver(pkce).authorizationRedirectStrategy(toIssuer))
				.userInfoEndpoint(
						(userInfo) -> userInfo.userAuthoritiesMapper(new RoleAuthorities(properties.claims())))
				.defaultSuccessUrl("/"))
			.oauth2Client((client) -> client.authorizedClientRepository(authorizedClients))
			.logout((logout) -> logout.logoutSuccessHandler(signedOut))
			.requestCache((cache) -> cache.requestCache(pagesOnly))
			.exceptionHandling((exceptions) -> exceptions
				.authenticationEntryPoint(new HtmxAwareEntryPoint("/oauth2/authorization/" + REGISTRATION)))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(policy(browserIssuer)))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.frameOptions((frames) -> frames.deny()));
		return http.build();
	}

	/**
	 * Keeps each person's authorized client (their tokens) in their session, which lives
	 * in MongoDB: a restart of the console keeps people signed in, and no token reaches
	 * the browser.
	 */
	@Bean
	OAuth2AuthorizedClientRepository authorizedClientRepository() {
		return new HttpSessionOAuth2AuthorizedClientRepository();
	}

	/** Hands out the signed-in person's access token, refreshed when it has expired. */
	@Bean
	OAuth2AuthorizedClientManager authorizedClientManager(ClientRegistrationRepository registrations,
			OAuth2AuthorizedClientRepository authorizedClients) {
		DefaultOAuth2AuthorizedClientManager manager = new DefaultOAuth2AuthorizedClientManager(registrations,
				authorizedClients);
		manager.setAuthorizedClientProvider(
				OAuth2AuthorizedClientProviderBuilder.builder().authorizationCode().refreshToken().build());
		return manager;
	}

	/**
	 * The content security policy: nothing inline, and forms post here or to the issuer
	 * (sign-out).
	 */
	static String policy(URI issuer) {
		return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self' "
				+ issuer.getScheme() + "://" + issuer.getRawAuthority() + "; frame-ancestors 'none'; base-uri 'none'";
	}

	private static boolean isPageRequest(HttpServletRequest request) {
		return HttpMethod.GET.matches(request.getMethod()) && !HtmxAwareEntryPoint.isHtmx(request);
	}

}
