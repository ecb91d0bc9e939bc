/**
 * The organisation directory: Front committees and member organisations, agencies and the
 * two boards, with their superiors, administrative units, validity dates and successors;
 * every change of an organisation is published on the compacted
 * {@code supervision.organisations} topic.
 */
package vn.mttq.giamsat.supervision.organisation;
