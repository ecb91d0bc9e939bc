/**
 * The signing key and the claims of the tokens this issuer signs.
 */
package vn.mttq.giamsat.auth.token;
