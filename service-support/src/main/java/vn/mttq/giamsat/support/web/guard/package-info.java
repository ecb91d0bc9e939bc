/**
 * The guard in front of every handler: security headers, body and query limits, and the
 * management port's own checks, each refusal answered as problem+json.
 */
package vn.mttq.giamsat.support.web.guard;
