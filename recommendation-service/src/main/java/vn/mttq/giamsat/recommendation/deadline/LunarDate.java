package vn.mttq.giamsat.recommendation.deadline;

/**
 * Ngày âm lịch: a day of the Vietnamese lunar calendar.
 *
 * @param year the lunar year, numbered as the solar year in which most of it lies (Tết of
 * lunar year 2026 is 17 February 2026)
 * @param month the month, 1 to 12 (11 is tháng Một, 12 tháng Chạp)
 * @param day the day of the month, 1 to 30
 * @param leapMonth whether the month is the intercalary (nhuận) month
 */
public record LunarDate(int year, int month, int day, boolean leapMonth) {

}
