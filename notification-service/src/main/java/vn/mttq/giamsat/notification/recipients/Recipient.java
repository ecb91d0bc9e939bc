package vn.mttq.giamsat.notification.recipients;

/**
 * One organisation to tell of one event, and why.
 *
 * @param organisationId the organisation
 * @param role why it is told
 */
public record Recipient(String organisationId, RecipientRole role) {
}
