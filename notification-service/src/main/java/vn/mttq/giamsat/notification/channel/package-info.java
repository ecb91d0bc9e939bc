/**
 * Contacts and channels per organisation: email addresses, one signed webhook, the
 * language of its messages, quiet hours and the daily digest of reminders. The in-app
 * inbox needs no setting: every organisation always has one.
 */
package vn.mttq.giamsat.notification.channel;
