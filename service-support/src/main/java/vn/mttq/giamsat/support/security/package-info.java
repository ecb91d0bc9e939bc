/**
 * Every service is an OAuth2 resource server: a bearer JWT from the configured OpenID
 * Connect issuer, with the caller's roles and organisation, is required on every API
 * endpoint.
 */
package vn.mttq.giamsat.support.security;
