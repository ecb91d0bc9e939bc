package vn.mttq.giamsat.auth;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import org.springframework.security.oauth2.core.OAuth2Token;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.InMemoryOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.DelegatingOAuth2TokenGenerator;
import org.springframework.security.oauth2.server.authorization.token.JwtGenerator;
import org.springframework.security.oauth2.server.authorization.token.OAuth2AccessTokenGenerator;
import org.springframework.security.oauth2.server.authorization.token.OAuth2RefreshTokenGenerator;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenGenerator;
import org.springframework.util.StringUtils;

import vn.mttq.giamsat.auth.token.SigningKeys;
import vn.mttq.giamsat.auth.token.UserClaimsCustomizer;
import vn.mttq.giamsat.auth.user.UserDirectory;

/**
 * The issuer, its signing key, its clients and the token generator shared by the built-in
 * grants and the password grant.
 */
@Configuration(proxyBeanMethods = false)
class AuthorizationServerConfiguration {

	private static final Log logger = LogFactory.getLog(AuthorizationServerConfiguration.class);

	@Bean
	AuthorizationServerSettings authorizationServerSettings(AuthServerProperties properties) {
		AuthorizationServerSettings.Builder settings = AuthorizationServerSettings.builder();
		if (StringUtils.hasText(properties.issuer())) {
			settings.issuer(properties.issuer().strip());
			logger.info("Issuer: " + properties.issuer().strip());
		}
		else {
			// Spring Authorization Server then derives the issuer from each request.
			logger.info("Issuer: taken from each request (giamsat.auth.issuer is blank)");
		}
		return settings.build();
	}

	@Bean
	JWKSource<SecurityContext> jwkSource(AuthServerProperties properties, ResourceLoader resourceLoader) {
		String location = properties.signingKey().location();
		RSAKey key = StringUtils.hasText(location) ? SigningKeys.load(resourceLoader.getResource(location))
				: SigningKeys.generate();
		return new ImmutableJWKSet<>(new JWKSet(key));
	}

	@Bean
	UserClaimsCustomizer userClaimsCustomizer(UserDirectory users, AuthServerProperties properties) {
		return new UserClaimsCustomizer(users, properties.audience());
	}

	@Bean
	OAuth2TokenGenerator<OAuth2Token> tokenGenerator(JWKSource<SecurityContext> jwkSource,
			UserClaimsCustomizer userClaims) {
		JwtGenerator jwts = new JwtGenerator(new NimbusJwtEncoder(jwkSource));
		jwts.setJwtCustomizer(userClaims);
		return new DelegatingOAuth2TokenGenerator(jwts, new OAuth2AccessTokenGenerator(),
				new OAuth2RefreshTokenGenerator());
	}

	@Bean
	OAuth2AuthorizationService authorizationService() {
		return new InMemoryOAuth2AuthorizationService();
	}

	@Bean
	RegisteredClientRepository registeredClientRepository(AuthServerProperties properties) {
		return new InMemoryRegisteredClientRepository(RegisteredClients.from(properties));
	}

}
