/**
 * What a service's domain refuses, in terms any layer understands: a thing not found, a
 * conflict, a caller not allowed, a step not allowed now, a stale version, a broken
 * business rule and the fields it names. The domain throws them without knowing about
 * HTTP; {@code support.web} answers each as problem+json.
 */
package vn.mttq.giamsat.support.domain;
