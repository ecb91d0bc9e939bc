package vn.mttq.giamsat.supervision.letter;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The request to issue a recommendation letter.
 *
 * @param number the official number printed on the letter, unique per issuing body
 * @param issuedOn the date printed on the letter
 * @param issuingBodyId the Front body issuing it; the activity's supervising body when
 * omitted
 * @param items the recommendations, one addressee each
 */
public record IssueLetter(@NotBlank @Size(max = 100) String number, @NotNull LocalDate issuedOn,
		@Size(min = 1, max = 100) String issuingBodyId, @NotEmpty @Size(max = 200) List<@Valid @NotNull Item> items) {

	/**
	 * One recommendation of the letter.
	 *
	 * @param addresseeAgencyId the agency that must answer
	 * @param content what it is asked to do
	 * @param dueDate the answer date, if the official sets one
	 */
	public record Item(@NotBlank @Size(max = 100) String addresseeAgencyId, @NotBlank @Size(max = 4000) String content,
			LocalDate dueDate) {
	}

}
