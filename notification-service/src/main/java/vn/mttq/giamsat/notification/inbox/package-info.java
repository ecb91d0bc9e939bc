/**
 * The in-app inbox of each organisation: its notifications, the unread count, and marking
 * read or confirming receipt, which is the receipt from which a deadline may count.
 */
package vn.mttq.giamsat.notification.inbox;
