package vn.mttq.giamsat.auth.password;

import java.security.Principal;
import java.util.Set;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.oauth2.core.ClaimAccessor;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2Token;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AccessTokenAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.context.AuthorizationServerContextHolder;
import org.springframework.security.oauth2.server.authorization.token.DefaultOAuth2TokenContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenGenerator;

/**
 * Grants an access token for a user's username and password to a client registered for
 * the password grant; the token comes from the server's token generator, so it carries
 * the same claims as one from the authorization-code flow.
 */
public class PasswordGrantAuthenticationProvider implements AuthenticationProvider {

	private static final String ERROR_URI = "https://datatracker.ietf.org/doc/html/rfc6749#section-5.2";

	private final AuthenticationProvider users;

	private final OAuth2AuthorizationService authorizationService;

	private final OAuth2TokenGenerator<? extends OAuth2Token> tokenGenerator;

	/**
	 * Creates the provider.
	 * @param users checks a username and password, e.g. a
	 * {@code DaoAuthenticationProvider}
	 * @param authorizationService where the issued token is recorded, for introspection
	 * and revocation
	 * @param tokenGenerator the server's token generator
	 */
	public PasswordGrantAuthenticationProvider(AuthenticationProvider users,
			OAuth2AuthorizationService authorizationService,
			OAuth2TokenGenerator<? extends OAuth2Token> tokenGenerator) {
		this.users = users;
		this.authorizationService = authorizationService;
		this.tokenGenerator = tokenGenerator;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		PasswordGrantAuthenticationToken grant = (PasswordGrantAuthenticationToken) authentication;
		OAuth2ClientAuthenticationToken client = authenticatedClient(grant);
		RegisteredClient registeredClient = client.getRegisteredClient();
		if (!registeredClient.getAuthorizationGrantTypes().contains(PasswordGrantAuthenticationToken.PASSWORD)) {
			throw error(OAuth2ErrorCodes.UNAUTHORIZED_CLIENT, "The client may not use the password grant");
		}
		Set<String> scopes = grant.getScopes();
		if (!registeredClient.getScopes().containsAll(scopes)) {
			throw error(OAuth2ErrorCodes.INVALID_SCOPE, "The client may not ask for these scopes");
		}
		Authentication user = authenticateUser(grant);
		OAuth2TokenContext tokenContext = DefaultOAuth2TokenContext.builder()
			.registeredClient(registeredClient)
			.principal(user)
			.authorizationServerContext(AuthorizationServerContextHolder.getContext())
			.authorizedScopes(scopes)
			.tokenType(OAuth2TokenType.ACCESS_TOKEN)
			.authorizationGrantType(PasswordGrantAuthenticationToken.PASSWORD)
			.authorizationGrant(grant)
			.build();
		OAuth2Token generated = this.tokenGenerator.generate(tokenContext);
		if (generated == null) {
			throw error(OAuth2ErrorCodes.SERVER_ERROR, "The token generator failed to generate the access token");
		}
		OAuth2AccessToken accessToken = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER,
				generated.getTokenValue(), generated.getIssuedAt(), generated.getExpiresAt(), scopes);
		this.authorizationService.save(OAuth2Authorization.withRegisteredClient(registeredClient)
			.principalName(user.getName())
			.authorizationGrantType(PasswordGrantAuthenticationToken.PASSWORD)
			.authorizedScopes(scopes)
			.attribute(Principal.class.getName(), user)
			.token(accessToken, (metadata) -> {
				if (generated instanceof ClaimAccessor claims) {
					metadata.put(OAuth2Authorization.Token.CLAIMS_METADATA_NAME, claims.getClaims());
				}
			})
			.build());
		return new OAuth2AccessTokenAuthenticationToken(registeredClient, client, accessToken);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return PasswordGrantAuthenticationToken.class.isAssignableFrom(authentication);
	}

	private static OAuth2ClientAuthenticationToken authenticatedClient(Authentication grant) {
		if (grant.getPrincipal() instanceof OAuth2ClientAuthenticationToken client && client.isAuthenticated()) {
			return client;
		}
		throw new OAuth2AuthenticationException(OAuth2ErrorCodes.INVALID_CLIENT);
	}

	private Authentication authenticateUser(PasswordGrantAuthenticationToken grant) {
		Authentication user;
		try {
			user = this.users.authenticate(
					UsernamePasswordAuthenticationToken.unauthenticated(grant.getUsername(), grant.getPassword()));
		}
		catch (AuthenticationException ex) {
			// Unknown user, wrong password or a locked account: one answer for all, so
			// the
			// response does not tell which usernames exist.
			throw error(OAuth2ErrorCodes.INVALID_GRANT, "Bad username or password");
		}
		if (user == null) {
			throw error(OAuth2ErrorCodes.INVALID_GRANT, "Bad username or password");
		}
		// The authentication is kept with the issued token; the password must not be.
		if (user instanceof CredentialsContainer credentials) {
			credentials.eraseCredentials();
		}
		return user;
	}

	private static OAuth2AuthenticationException error(String code, String description) {
		return new OAuth2AuthenticationException(new OAuth2Error(code, description, ERROR_URI));
	}

}
