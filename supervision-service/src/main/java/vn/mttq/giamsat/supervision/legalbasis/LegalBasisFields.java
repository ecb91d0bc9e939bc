package vn.mttq.giamsat.supervision.legalbasis;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.mttq.giamsat.support.text.SingleLine;

/**
 * A legal basis as an administrator writes it; the id is in the path.
 *
 * @param number the official number, e.g. {@code 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN}
 * @param title the official title, in Vietnamese
 * @param englishTitle the title rendered in English, for the texts the service gives in
 * English; optional
 * @param issuer who issued it
 * @param issuedOn the date it was signed or passed
 * @param effectiveFrom the first day it is in force
 * @param effectiveTo the last day it is in force, once replaced or repealed
 * @param amendedByIds the legal bases that amend it (e.g. Law 97/2025 for Law 75/2015)
 * @param note what it governs, for the officials choosing it
 */
public record LegalBasisFields(@NotBlank @Size(max = 200) @SingleLine String number,
		@NotBlank @Size(max = 1000) @SingleLine String title, @Size(max = 1000) @SingleLine String englishTitle,
		@NotBlank @Size(max = 300) @SingleLine String issuer, @NotNull LocalDate issuedOn,
		@NotNull LocalDate effectiveFrom, LocalDate effectiveTo,
		@Size(max = 20) List<@NotBlank @SingleLine @Size(max = 100) String> amendedByIds,
		@Size(max = 2000) String note) {

	public LegalBasisFields {
		amendedByIds = (amendedByIds != null) ? List.copyOf(amendedByIds) : List.of();
	}

}
