package vn.mttq.giamsat.console.front.item;

import java.time.LocalDate;
import java.util.List;

/**
 * A recommendation item as recommendation-service shows it, with what the signed-in
 * official may do now ({@code allowedActions}).
 *
 * @param id the item's id
 * @param version the version to send back in {@code If-Match}
 * @param activityId the activity its letter concludes
 * @param letterId its letter
 * @param letterNumber its letter's number
 * @param issuingBodyId the Front body that issued it
 * @param addresseeAgencyId the agency that answers it
 * @param content what is recommended
 * @param status its status
 * @param answer the agency's answer, if any
 * @param issuedOn the letter's date
 * @param dueDate when the answer is due
 * @param overdue whether it is overdue
 * @param paused whether its deadline is paused
 * @param dueDateExplanation how the due date was counted
 * @param allowedActions what the caller may do now
 * @param history its steps, oldest first
 */
public record Recommendation(String id, long version, String activityId, String letterId, String letterNumber,
		String issuingBodyId, String addresseeAgencyId, String content, String status, String answer,
		LocalDate issuedOn, LocalDate dueDate, boolean overdue, boolean paused, Explanation dueDateExplanation,
		List<String> allowedActions, List<Step> history) {

	public Recommendation {
		allowedActions = (allowedActions != null) ? List.copyOf(allowedActions) : List.of();
		history = (history != null) ? List.copyOf(history) : List.of();
	}

	/**
	 * How a due date was counted, in both languages.
	 *
	 * @param textVi in Vietnamese
	 * @param textEn in English
	 */
	public record Explanation(String textVi, String textEn) {

		/** The text in this language ({@code vi} or {@code en}). */
		public String in(String language) {
			return "en".equals(language) ? this.textEn : this.textVi;
		}

	}

	/**
	 * One step of the item's history.
	 *
	 * @param at when
	 * @param transition what was done
	 * @param status the status it led to
	 * @param note the note given
	 * @param actorOrganisationId who did it
	 */
	public record Step(String at, String transition, String status, String note, String actorOrganisationId) {

	}

}
