package vn.mttq.giamsat.notification.delivery;

import java.time.Instant;

/**
 * Một lần gửi: one attempt to deliver a notification.
 *
 * @param number its number on the notification's channel, from 1
 * @param at when it was made
 * @param outcome {@code DELIVERED}, {@code FAILED} (to be retried) or
 * {@code DEAD_LETTERED} (given up)
 * @param error why it failed, {@code null} if delivered
 * @param durationMillis how long it took
 */
public record Attempt(int number, Instant at, String outcome, String error, long durationMillis) {
}
