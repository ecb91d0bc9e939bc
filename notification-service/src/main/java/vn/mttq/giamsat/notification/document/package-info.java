/**
 * The documents a notice says are attached (tệp kèm theo): the stored files a lifecycle
 * step names by reference, each with its size and, where the service that keeps it has a
 * public address, its download link.
 */
package vn.mttq.giamsat.notification.document;
