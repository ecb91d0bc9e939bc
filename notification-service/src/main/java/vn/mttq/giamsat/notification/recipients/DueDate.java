package vn.mttq.giamsat.notification.recipients;

import java.time.LocalDate;

/**
 * The answer date of an item as recommendation-service computed it, and how.
 *
 * @param date the date the addressee must answer by
 * @param provisional whether it is counted from the letter's date because the receipt its
 * rule counts from is not recorded yet; it is computed again once it is
 * @param explanation how it was reached, in Vietnamese, if known
 * @param explanationEn how it was reached, in English, if known
 */
public record DueDate(LocalDate date, boolean provisional, String explanation, String explanationEn) {

	/**
	 * An answer date, or none.
	 * @param date the date, or {@code null} for none
	 * @param provisional whether it is still counted from the letter's date
	 * @param explanation how it was reached, in Vietnamese
	 * @param explanationEn how it was reached, in English
	 * @return the answer date, or {@code null} without a date
	 */
	public static DueDate of(LocalDate date, boolean provisional, String explanation, String explanationEn) {
		return (date != null) ? new DueDate(date, provisional, explanation, explanationEn) : null;
	}

	/**
	 * A firm answer date explained in Vietnamese only, as producers before the English
	 * explanation wrote it.
	 * @param date the date, or {@code null} for none
	 * @param explanation how it was reached, in Vietnamese
	 * @return the answer date, or {@code null} without a date
	 */
	public static DueDate firm(LocalDate date, String explanation) {
		return of(date, false, explanation, null);
	}

}
