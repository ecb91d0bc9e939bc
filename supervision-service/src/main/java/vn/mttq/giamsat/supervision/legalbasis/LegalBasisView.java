package vn.mttq.giamsat.supervision.legalbasis;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import vn.mttq.giamsat.support.security.RecordedActor;

/**
 * A legal basis as the API shows it.
 *
 * @param id its id
 * @param number its official number
 * @param title its title, in Vietnamese
 * @param englishTitle its title rendered in English, if given
 * @param issuer who issued it
 * @param issuedOn when
 * @param effectiveFrom first day in force
 * @param effectiveTo last day in force, if replaced
 * @param amendedByIds the documents that amend it
 * @param note what it governs
 * @param revision increases with every change
 * @param changedAt when it last changed
 * @param changedBy who changed it
 */
record LegalBasisView(String id, String number, String title, String englishTitle, String issuer, LocalDate issuedOn,
		LocalDate effectiveFrom, LocalDate effectiveTo, List<String> amendedByIds, String note, long revision,
		Instant changedAt, RecordedActor changedBy) {

	static LegalBasisView of(LegalBasis basis) {
		return new LegalBasisView(basis.id(), basis.number(), basis.title(), basis.englishTitle(), basis.issuer(),
				basis.issuedOn(), basis.effectiveFrom(), basis.effectiveTo(), basis.amendedByIds(), basis.note(),
				basis.revision(), basis.changedAt(), basis.changedBy());
	}

}
