package vn.mttq.giamsat.recommendation.deadline;

import java.time.LocalDate;

/**
 * Hạn trả lời: the day by which the agency must answer, with how it was computed.
 *
 * @param dueDate the last day to answer; {@code null} only when no rule applies and no
 * official date is set, or while a pause is going on
 * @param explanation how the date was computed
 */
public record Deadline(LocalDate dueDate, DeadlineExplanation explanation) {

}
