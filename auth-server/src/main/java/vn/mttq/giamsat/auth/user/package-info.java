/**
 * The users of the demo issuer, read from a YAML file and checked when the server starts.
 */
package vn.mttq.giamsat.auth.user;
