package vn.mttq.giamsat.support.security;

import java.util.Arrays;
import java.util.List;

import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import vn.mttq.giamsat.support.domain.Phrase;
import vn.mttq.giamsat.support.security.VerifiedTokens.TokenCacheSettings;
import vn.mttq.giamsat.support.web.ProblemTypes;
import vn.mttq.giamsat.support.web.guard.FilterProblems;

/**
 * Makes every service an OAuth2 resource server: the API requires a valid token and each
 * endpoint names its roles with {@code @PreAuthorize}; the API documentation stays open
 * so a person can sign in from Swagger UI; actuator endpoints live on the management
 * port, which is not published outside the deployment, and show more than a health status
 * and the Prometheus scrape only to an operator's token.
 */
@AutoConfiguration(before = { ServletWebSecurityAutoConfiguration.class, OAuth2ResourceServerAutoConfiguration.class,
		ManagementWebSecurityAutoConfiguration.class })
@EnableWebSecurity
@EnableMethodSecurity
@EnableConfigurationProperties(TokenClaims.class)
public class ServiceSecurityAutoConfiguration {

	static {
		// The caller comes from the token, never from the request's parameters: the
		// OpenAPI documents do not list it.
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
	}

	@Bean
	SecurityFilterChain apiSecurity(HttpSecurity http, TokenClaims claims, FilterProblems problems) {
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/error")
			.permitAll()
			.requestMatchers("/api/**")
			.hasAnyRole(Arrays.stream(Role.values()).map(Role::name).toArray(String[]::new))
			.anyRequest()
			.denyAll());
		bearerTokensOnly(http, claims, problems).cors(Customizer.withDefaults())
			.headers((headers) -> headers.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.NO_REFERRER))
				.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
						PathPatternRequestMatcher.withDefaults().matcher("/api/**"), new StaticHeadersWriter(
								"Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'"))));
		return http.build();
	}

	/**
	 * The actuator endpoints, on the management port: health (status only, for probes)
	 * and prometheus (for the scraper, which has no token) answer anyone; health's
	 * details and every other endpoint (overview, metrics, info, sbom: the build, the
	 * commit and every library in the jar, which tell an attacker what to try) need an
	 * operator's token (ADMIN or MONITOR). Checked before the API's chain.
	 */
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	SecurityFilterChain managementSecurity(HttpSecurity http, TokenClaims claims, FilterProblems problems) {
		http.securityMatcher(EndpointRequest.toAnyEndpoint())
			.authorizeHttpRequests((requests) -> requests.requestMatchers(EndpointRequest.to("health", "prometheus"))
				.permitAll()
				.anyRequest()
				.hasAnyRole(Role.ADMIN.name(), Role.MONITOR.name()));
		return bearerTokensOnly(http, claims, problems).build();
	}

	/**
	 * Bearer tokens only, read into an {@link Actor}'s roles, refusals as problem+json:
	 * no session, no cookies, hence nothing for CSRF to protect.
	 */
	private static HttpSecurity bearerTokensOnly(HttpSecurity http, TokenClaims claims, FilterProblems writer) {
		ProblemSecurityHandlers problems = new ProblemSecurityHandlers(writer);
		return http
			.oauth2ResourceServer(
					(server) -> server.jwt((jwt) -> jwt.jwtAuthenticationConverter(new ActorTokenConverter(claims)))
						.authenticationEntryPoint(problems)
						.accessDeniedHandler(problems))
			.exceptionHandling((handling) -> handling.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(AbstractHttpConfigurer::disable);
	}

	/**
	 * A path the firewall refuses (an encoded percent or semicolon, a {@code ..} segment)
	 * answers 400 problem+json like every other bad request.
	 */
	@Bean
	RequestRejectedHandler requestRejectedHandler(FilterProblems problems) {
		return (request, response, exception) -> problems.write(request, response, HttpStatus.BAD_REQUEST,
				ProblemTypes.MALFORMED_REQUEST,
				Phrase.of("problem.path-not-allowed", "The request path is not allowed: {0}", exception.getMessage()));
	}

	@Bean
	CorsConfigurationSource corsConfigurationSource(
			@Value("${giamsat.cors.allowed-origins:}") List<String> allowedOrigins) {
		CorsConfiguration api = new CorsConfiguration();
		api.setAllowedOrigins(allowedOrigins);
		api.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE"));
		api.setAllowedHeaders(List.of("Authorization", "Content-Type", "If-Match"));
		api.setExposedHeaders(List.of("Location", "ETag"));
		api.setMaxAge(3600L);
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration("/api/**", api);
		return source;
	}

	/**
	 * Keeps the tokens the issuer's decoder verified until they expire
	 * ({@code giamsat.security.token-cache}); the decoder stays Boot's, configured by
	 * {@code spring.security.oauth2.resourceserver.jwt}.
	 */
	@Bean
	static BeanPostProcessor verifiedTokensKept(Environment environment) {
		TokenCacheSettings settings = Binder.get(environment)
			.bindOrCreate(TokenCacheSettings.PREFIX, TokenCacheSettings.class);
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				return (bean instanceof JwtDecoder decoder) ? VerifiedTokens.around(decoder, settings) : bean;
			}
		};
	}

	/**
	 * The kept tokens' hits and misses, as {@code cache.gets{cache="verifiedTokens"}}.
	 */
	@Bean
	MeterBinder verifiedTokenMeters(ObjectProvider<JwtDecoder> decoders) {
		return (registry) -> decoders.ifAvailable((decoder) -> {
			if (decoder instanceof VerifiedTokens kept) {
				CaffeineCacheMetrics.monitor(registry, kept.verified(), "verifiedTokens");
			}
		});
	}

	@Bean
	WebMvcConfigurer currentActorParameter() {
		return new WebMvcConfigurer() {
			@Override
			public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
				resolvers.add(new CurrentActorArgumentResolver());
			}
		};
	}

}
