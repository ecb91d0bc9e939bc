/**
 * The in-app inbox of each organisation: one notification per event and recipient.
 */
package vn.mttq.giamsat.notification.inbox;
