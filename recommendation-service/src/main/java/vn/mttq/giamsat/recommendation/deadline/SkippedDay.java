package vn.mttq.giamsat.recommendation.deadline;

import java.time.LocalDate;

/**
 * A day that was not counted, or that a due date was moved over, and why.
 *
 * @param date the day
 * @param kind why it is a day off
 * @param name its name, for example "Tết Nguyên đán (mùng 1)" or "Chủ nhật"
 */
public record SkippedDay(LocalDate date, DayOffKind kind, String name) {

}
