package vn.mttq.giamsat.console.front.letter;

import java.time.LocalDate;

/**
 * The due date an item would get, as recommendation-service previews it.
 *
 * @param dueDate the due date
 * @param provisional whether it moves once the agency's receipt is known
 * @param explanation how it is counted
 */
record DuePreview(LocalDate dueDate, boolean provisional, Explanation explanation) {

	/** The explanation in this language ({@code vi} or {@code en}). */
	String text(String language) {
		if (this.explanation == null) {
			return null;
		}
		return "en".equals(language) ? this.explanation.textEn() : this.explanation.textVi();
	}

	/**
	 * How the due date is counted, in both languages.
	 *
	 * @param textVi in Vietnamese
	 * @param textEn in English
	 */
	record Explanation(String textVi, String textEn) {

	}

}
