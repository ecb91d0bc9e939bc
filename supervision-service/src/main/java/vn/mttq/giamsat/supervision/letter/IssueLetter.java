package vn.mttq.giamsat.supervision.letter;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.mttq.giamsat.support.text.SingleLine;

/**
 * The request to issue a letter.
 *
 * @param number the official number printed on the letter, unique per issuing body and
 * year
 * @param issuedOn the date printed on the letter
 * @param issuingBodyId the Front body issuing it; the activity's supervising body when
 * omitted
 * @param kind recommendation, social-criticism or opinion letter; the usual kind for the
 * activity when omitted
 * @param subject what the letter is about (trích yếu)
 * @param items the recommendations, one addressee each
 * @param documents the letter's own papers, typically its signed and stamped scan:
 * documents uploaded on the activity and not yet attached to a letter; none when omitted
 */
public record IssueLetter(@NotBlank @Size(max = 100) @SingleLine String number, @NotNull LocalDate issuedOn,
		@Size(min = 1, max = 100) @SingleLine String issuingBodyId, LetterKind kind,
		@Size(max = 500) @SingleLine String subject, @NotEmpty @Size(max = 200) List<@Valid @NotNull Item> items,
		@Size(max = 10) List<@NotBlank @SingleLine @Size(max = 100) String> documents) {

	public IssueLetter {
		documents = (documents != null) ? documents : List.of();
	}

	/**
	 * One recommendation of the letter.
	 *
	 * @param addresseeAgencyId the agency that must answer; it must exist on the letter's
	 * date
	 * @param content what it is asked to do
	 * @param type what kind of request it is; {@code OTHER} when omitted
	 * @param dueDate the answer date, if the official sets one
	 * @param dueRule the answer period instead of a date ("30 working days"), if the
	 * official gives one; never together with {@code dueDate}
	 * @param copyRecipientIds who receives a copy; when omitted, the addressee's superior
	 * (the competent authority) and the issuing body's superior (the Front one level up),
	 * NQLT 403 Art. 9.3
	 */
	@OneDueDate
	public record Item(@NotBlank @Size(max = 100) @SingleLine String addresseeAgencyId,
			@NotBlank @Size(max = 4000) String content, ItemType type, LocalDate dueDate, @Valid DueRule dueRule,
			@Size(max = 20) List<@NotBlank @SingleLine @Size(max = 100) String> copyRecipientIds) {
	}

}
