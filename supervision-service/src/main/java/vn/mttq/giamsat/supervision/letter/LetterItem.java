package vn.mttq.giamsat.supervision.letter;

import java.time.LocalDate;

/**
 * Kiến nghị: one item of a letter, addressed to one agency and tracked on its own from
 * issue.
 *
 * @param recommendationId the id it keeps for its whole life
 * @param addresseeAgencyId the agency that must answer
 * @param content what the agency is asked to do
 * @param dueDate the answer date the issuing official set, or {@code null} for the rules'
 * date
 */
public record LetterItem(String recommendationId, String addresseeAgencyId, String content, LocalDate dueDate) {
}
