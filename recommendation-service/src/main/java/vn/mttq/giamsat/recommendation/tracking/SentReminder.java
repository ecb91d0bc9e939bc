package vn.mttq.giamsat.recommendation.tracking;

import java.time.LocalDate;

/**
 * A reminder point of one due date, reached once: sent, or skipped because a later point
 * had already been reached (catching up after downtime sends only the latest).
 *
 * @param dueDate the due date the reminder was for
 * @param daysBefore how many days before that date it was due
 * @param on the day it was reached
 * @param sent {@code true} if it was sent, {@code false} if skipped
 */
public record SentReminder(LocalDate dueDate, int daysBefore, LocalDate on, boolean sent) {
}
