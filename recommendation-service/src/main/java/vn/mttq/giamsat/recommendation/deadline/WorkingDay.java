package vn.mttq.giamsat.recommendation.deadline;

import java.time.LocalDate;

/**
 * Ngày làm bù: a Saturday or Sunday a yearly announcement makes a working day, in
 * exchange for a working day off.
 *
 * @param date the day
 * @param name why it is worked
 * @param nameEn why it is worked, in English
 * @param source the announcement
 * @param sourceEn the announcement in English
 */
public record WorkingDay(LocalDate date, String name, String nameEn, String source, String sourceEn) {

}
