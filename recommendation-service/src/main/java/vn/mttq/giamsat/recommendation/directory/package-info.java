/**
 * This service's own copy of the organisation directory, kept from the compacted topic
 * {@code supervision.organisations}: where escalations go.
 */
package vn.mttq.giamsat.recommendation.directory;
