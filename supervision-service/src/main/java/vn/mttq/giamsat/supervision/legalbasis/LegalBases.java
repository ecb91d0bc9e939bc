package vn.mttq.giamsat.supervision.legalbasis;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

import vn.mttq.giamsat.supervision.web.Dates;
import vn.mttq.giamsat.supervision.web.FieldProblem;
import vn.mttq.giamsat.supervision.web.RulesViolatedException;
import vn.mttq.giamsat.support.domain.ConflictException;
import vn.mttq.giamsat.support.domain.Phrase;
import vn.mttq.giamsat.support.domain.ResourceNotFoundException;
import vn.mttq.giamsat.support.security.RecordedActor;

/**
 * The legal bases: kept by administrators, checked when an activity names one.
 */
@Service
public class LegalBases {

	private final LegalBasisRepository bases;

	private final Clock clock;

	LegalBases(LegalBasisRepository bases, Clock clock) {
		this.bases = bases;
		this.clock = clock;
	}

	/**
	 * Checks that a legal basis exists and was in force on a day.
	 * @param id the legal basis
	 * @param date the day of the record
	 * @param field the request field, for the error
	 * @return the problem, or empty when the basis applies
	 */
	public Optional<FieldProblem> problemIfNotInForce(String id, LocalDate date, String field) {
		Optional<LegalBasis> found = this.bases.findById(id);
		if (found.isEmpty()) {
			return Optional
				.of(FieldProblem.of(field, "legal-basis.unknown", "There is no legal basis \u201c{0}\u201d", id));
		}
		LegalBasis basis = found.get();
		if (!basis.inForceOn(date)) {
			// The English text names the document by its number and English title, never
			// by
			// its Vietnamese one; the Vietnamese text by its number.
			String english = (basis.englishTitle() != null) ? basis.number() + " (" + basis.englishTitle() + ")"
					: basis.number();
			return Optional.of(FieldProblem.of(field, "legal-basis.not-in-force",
					"{5} was not in force on {1}: it is in force from {2}{3,choice,0#|1# to {4}}", basis.number(),
					Dates.shown(date), Dates.shown(basis.effectiveFrom()), (basis.effectiveTo() != null) ? 1 : 0,
					Dates.shown(basis.effectiveTo()), english));
		}
		return Optional.empty();
	}

	public Optional<LegalBasis> find(String id) {
		return this.bases.findById(id);
	}

	List<LegalBasis> all() {
		return this.bases.findAll(Sort.by("effectiveFrom", "_id"));
	}

	LegalBasis get(String id) {
		return this.bases.findById(id).orElseThrow(() -> new ResourceNotFoundException("Legal basis", id));
	}

	/**
	 * Adds a legal basis or changes it.
	 * @return the stored basis and whether it is new
	 */
	Put put(String id, LegalBasisFields fields, RecordedActor actor, boolean onlyIfAbsent) {
		LegalBasis previous = this.bases.findById(id).orElse(null);
		if (previous != null && (onlyIfAbsent || previous.fields().equals(fields))) {
			return new Put(previous, false);
		}
		check(id, fields);
		try {
			LegalBasis next = LegalBasis.of(id, fields, previous, this.clock.instant(), actor);
			return new Put((previous == null) ? this.bases.insert(next) : this.bases.save(next), previous == null);
		}
		catch (DuplicateKeyException ex) {
			throw new ConflictException(Phrase.of("legal-basis.added-meanwhile",
					"The legal basis \u201c{0}\u201d was added by someone else meanwhile; read it and try again", id),
					id);
		}
	}

	private void check(String id, LegalBasisFields fields) {
		List<FieldProblem> errors = new ArrayList<>();
		if (fields.effectiveFrom().isBefore(fields.issuedOn())) {
			errors.add(FieldProblem.of("effectiveFrom", "legal-basis.in-force-before-issued",
					"A document is not in force before it is issued ({0})", Dates.shown(fields.issuedOn())));
		}
		if (fields.effectiveTo() != null && fields.effectiveTo().isBefore(fields.effectiveFrom())) {
			errors.add(FieldProblem.of("effectiveTo", "legal-basis.ends-before-start",
					"The last day in force ({0}) is before the first ({1})", Dates.shown(fields.effectiveTo()),
					Dates.shown(fields.effectiveFrom())));
		}
		for (int i = 0; i < fields.amendedByIds().size(); i++) {
			String amending = fields.amendedByIds().get(i);
			if (amending.equals(id) || !this.bases.existsById(amending)) {
				errors.add(FieldProblem.of("amendedByIds[" + i + "]", "legal-basis.unknown-amending",
						"There is no other legal basis \u201c{0}\u201d; add the amending document first", amending));
			}
		}
		if (!errors.isEmpty()) {
			throw new RulesViolatedException(errors);
		}
	}

	/**
	 * The outcome of a PUT.
	 *
	 * @param value the stored basis
	 * @param created whether it is new
	 */
	record Put(LegalBasis value, boolean created) {
	}

}
