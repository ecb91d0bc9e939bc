/**
 * The part of every service's OpenAPI description that is the same everywhere: the
 * problem+json answers of each operation with their types, the {@code Problem} schema,
 * and the success status an operation declares with {@link Responds}.
 */
package vn.mttq.giamsat.support.web.openapi;
