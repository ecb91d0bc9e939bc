package vn.mttq.giamsat.support.domain;

/**
 * One invalid field of a request, listed in the {@code errors} member of a validation
 * problem.
 *
 * @param field the field's path in the request, e.g. {@code items[0].addresseeAgencyId}
 * @param message what is wrong with it, in words a person can act on
 */
public record InvalidField(String field, String message) {
}
