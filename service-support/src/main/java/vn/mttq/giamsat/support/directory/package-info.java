/**
 * A service's own copy of the organisation directory, kept from the compacted topic
 * {@code supervision.organisations}: for the services that read the directory but do not
 * own it.
 */
package vn.mttq.giamsat.support.directory;
