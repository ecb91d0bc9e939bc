/**
 * Sign-in at auth-server (OpenID Connect, authorization code with PKCE), the signed-in
 * person, sign-out, and the security headers every answer carries.
 */
package vn.mttq.giamsat.console.signin;
