/**
 * Notifications and their delivery: one notification per event, recipient and channel,
 * every attempt recorded with its outcome and published on
 * {@code notification.deliveries} in the same write, retries with backoff, and the dead
 * letters an operator replays.
 */
package vn.mttq.giamsat.notification.delivery;
