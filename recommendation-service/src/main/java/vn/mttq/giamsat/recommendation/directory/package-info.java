/**
 * Where escalations go, along this service's copy of the organisation directory
 * ({@code service-support}'s directory copy, kept from
 * {@code supervision.organisations}).
 */
package vn.mttq.giamsat.recommendation.directory;
