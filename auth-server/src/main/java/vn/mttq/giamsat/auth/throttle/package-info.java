/**
 * Refusal of sign-ins after repeated failures, per username and per client address, for
 * the sign-in form and the password grant alike.
 */
package vn.mttq.giamsat.auth.throttle;
