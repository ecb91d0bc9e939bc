/**
 * This service's own copy of the organisation directory, kept from the compacted topic
 * {@code supervision.organisations}: who exists, and who is one level up.
 */
package vn.mttq.giamsat.notification.directory;
