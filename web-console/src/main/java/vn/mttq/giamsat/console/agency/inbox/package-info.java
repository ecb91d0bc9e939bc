/**
 * The agency's inbox (Hộp thư): the notices notification-service stored for the agency,
 * read and confirmed as received from the console.
 */
package vn.mttq.giamsat.console.agency.inbox;
