/**
 * The resource-owner password grant, as a Spring Authorization Server extension grant;
 * OAuth 2.1 dropped it, and it exists here only so scripts and the demo can get a user
 * token without a browser.
 */
package vn.mttq.giamsat.auth.password;
