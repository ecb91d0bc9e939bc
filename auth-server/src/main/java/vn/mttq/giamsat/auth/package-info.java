/**
 * The demo OpenID Connect provider: Spring Authorization Server with the users of a
 * configuration file, two registered clients and a demo-only password grant.
 */
package vn.mttq.giamsat.auth;
