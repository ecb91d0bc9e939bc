package vn.mttq.giamsat.auth;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.OAuth2Token;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenGenerator;
import org.springframework.security.oauth2.server.authorization.web.authentication.OAuth2AccessTokenResponseAuthenticationSuccessHandler;
import org.springframework.security.oauth2.server.authorization.web.authentication.OAuth2ErrorAuthenticationFailureHandler;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.logout.LogoutFilter;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

import vn.mttq.giamsat.auth.password.PasswordGrantAuthenticationConverter;
import vn.mttq.giamsat.auth.password.PasswordGrantAuthenticationProvider;
import vn.mttq.giamsat.auth.password.PasswordGrantAuthenticationToken;
import vn.mttq.giamsat.auth.throttle.SignInOutcomes;
import vn.mttq.giamsat.auth.throttle.SignInThrottle;
import vn.mttq.giamsat.auth.throttle.SignInThrottleFilter;
import vn.mttq.giamsat.auth.user.UserDirectory;

import static org.springframework.security.config.Customizer.withDefaults;

/**
 * Two filter chains: the OAuth2 and OpenID Connect endpoints, and everything else (the
 * sign-in form and the health endpoint); both refuse sign-ins while the throttle says so.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	@Order(1)
	SecurityFilterChain authorizationServerEndpoints(HttpSecurity http, AuthServerProperties properties,
			OAuth2AuthorizationService authorizationService, OAuth2TokenGenerator<OAuth2Token> tokenGenerator,
			UserDirectory users, PasswordEncoder passwordEncoder, CorsConfigurationSource corsConfigurationSource,
			SignInThrottle throttle, AuthorizationServerSettings settings) {
		http.oauth2AuthorizationServer((server) -> {
			http.securityMatcher(server.getEndpointsMatcher());
			server.authorizationService(authorizationService).tokenGenerator(tokenGenerator).oidc(withDefaults());
			if (properties.passwordGrant().enabled()) {
				enablePasswordGrant(server, users, passwordEncoder, authorizationService, tokenGenerator, throttle);
			}
		});
		if (properties.passwordGrant().enabled()) {
			http.addFilterBefore(new SignInThrottleFilter(throttle, settings.getTokenEndpoint()), LogoutFilter.class);
		}
		http.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
			// The user-info endpoint takes an access token as bearer token.
			.oauth2ResourceServer((resourceServer) -> resourceServer.jwt(withDefaults()))
			.cors((cors) -> cors.configurationSource(corsConfigurationSource))
			// A browser at the authorize endpoint signs in first; API clients get 401.
			.exceptionHandling((exceptions) -> exceptions
				.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), htmlRequests()));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain signInAndHealth(HttpSecurity http, CorsConfigurationSource corsConfigurationSource,
			SignInThrottle throttle, AuthorizationServerSettings settings) {
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/actuator/health", "/actuator/health/**", "/error", "/favicon.ico")
			.permitAll()
			.anyRequest()
			.authenticated())
			.formLogin((form) -> form
				.failureHandler(SignInOutcomes.formFailures(throttle,
						new SimpleUrlAuthenticationFailureHandler("/login?error")))
				.successHandler(
						SignInOutcomes.successes(throttle, new SavedRequestAwareAuthenticationSuccessHandler())))
			.addFilterBefore(new SignInThrottleFilter(throttle, settings.getTokenEndpoint()), LogoutFilter.class)
			// Preflight (OPTIONS) requests to the token endpoint end up in this chain.
			.cors((cors) -> cors.configurationSource(corsConfigurationSource));
		return http.build();
	}

	@Bean
	CorsConfigurationSource corsConfigurationSource(AuthServerProperties properties,
			AuthorizationServerSettings settings) {
		CorsConfiguration browser = new CorsConfiguration();
		browser.setAllowedOrigins(properties.cors().allowedOrigins());
		browser.setAllowedMethods(List.of("GET", "POST", "OPTIONS"));
		browser.setAllowedHeaders(List.of("Authorization", "Content-Type", "X-Requested-With"));
		browser.setMaxAge(3600L);
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		for (String path : List.of(settings.getTokenEndpoint(), settings.getJwkSetEndpoint(),
				settings.getTokenRevocationEndpoint(), settings.getOidcUserInfoEndpoint(),
				"/.well-known/openid-configuration", "/.well-known/oauth-authorization-server")) {
			source.registerCorsConfiguration(path, browser);
		}
		return source;
	}

	@Bean
	SignInThrottle signInThrottle(AuthServerProperties properties) {
		AuthServerProperties.SignInThrottle settings = properties.signInThrottle();
		return new SignInThrottle(settings.maxFailures(), settings.maxFailuresPerAddress(), settings.window(),
				settings.maxTracked(), Clock.systemUTC());
	}

	private static void enablePasswordGrant(OAuth2AuthorizationServerConfigurer server, UserDirectory users,
			PasswordEncoder passwordEncoder, OAuth2AuthorizationService authorizationService,
			OAuth2TokenGenerator<OAuth2Token> tokenGenerator, SignInThrottle throttle) {
		DaoAuthenticationProvider credentials = new DaoAuthenticationProvider(users);
		credentials.setPasswordEncoder(passwordEncoder);
		String password = PasswordGrantAuthenticationToken.PASSWORD.getValue();
		server
			.tokenEndpoint((token) -> token.accessTokenRequestConverter(new PasswordGrantAuthenticationConverter())
				.authenticationProvider(
						new PasswordGrantAuthenticationProvider(credentials, authorizationService, tokenGenerator))
				// Failed and successful sign-ins are counted, then answered as usual.
				.errorResponseHandler(
						SignInOutcomes.passwordGrantFailures(throttle, new OAuth2ErrorAuthenticationFailureHandler()))
				.accessTokenResponseHandler(SignInOutcomes.successes(throttle,
						new OAuth2AccessTokenResponseAuthenticationSuccessHandler())))
			// Advertised in both discovery documents, like the standard grants.
			.authorizationServerMetadataEndpoint((metadata) -> metadata
				.authorizationServerMetadataCustomizer((builder) -> builder.grantType(password)))
			.oidc((oidc) -> oidc.providerConfigurationEndpoint((discovery) -> discovery
				.providerConfigurationCustomizer((builder) -> builder.grantType(password))));
	}

	private static MediaTypeRequestMatcher htmlRequests() {
		MediaTypeRequestMatcher html = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
		// "Accept: */*" (curl) is not a browser asking for a page.
		html.setIgnoredMediaTypes(Set.of(MediaType.ALL));
		return html;
	}

}
