package vn.mttq.giamsat.auth;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks a token the way a resource server does: RS256, signed by a key of the issuer's
 * published JWKS.
 */
final class SignedTokens {

	private SignedTokens() {
	}

	static JWTClaimsSet verifiedClaims(String token, HttpSession http) throws Exception {
		JWKSet keys = JWKSet.parse(http.get("/oauth2/jwks").body());
		SignedJWT jwt = SignedJWT.parse(token);
		assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
		RSAKey key = (RSAKey) keys.getKeyByKeyId(jwt.getHeader().getKeyID());
		assertThat(key).as("the signing key is in the JWKS").isNotNull();
		assertThat(key.isPrivate()).as("the JWKS publishes only the public key").isFalse();
		assertThat(jwt.verify(new RSASSAVerifier(key))).as("signature").isTrue();
		return jwt.getJWTClaimsSet();
	}

}
