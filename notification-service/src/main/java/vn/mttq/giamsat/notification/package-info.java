/**
 * notification-service: who is told what, by which channel, with delivery records.
 */
package vn.mttq.giamsat.notification;
