package vn.mttq.giamsat.supervision.legalbasis;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

import vn.mttq.giamsat.supervision.web.RulesViolatedException;
import vn.mttq.giamsat.support.domain.ConflictException;
import vn.mttq.giamsat.support.domain.InvalidField;
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
	public Optional<InvalidField> problemIfNotInForce(String id, LocalDate date, String field) {
		Optional<LegalBasis> found = this.bases.findById(id);
		if (found.isEmpty()) {
			return Optional.of(new InvalidField(field, "unknown legal basis '" + id + "'"));
		}
		LegalBasis basis = found.get();
		if (!basis.inForceOn(date)) {
			return Optional.of(new InvalidField(field,
					basis.number() + " was not in force on " + date + " (in force from " + basis.effectiveFrom()
							+ ((basis.effectiveTo() != null) ? " to " + basis.effectiveTo() : "") + ")"));
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
			throw new ConflictException("Legal basis '" + id + "' was added meanwhile; read it and retry", id);
		}
	}

	private void check(String id, LegalBasisFields fields) {
		List<InvalidField> errors = new ArrayList<>();
		if (fields.effectiveFrom().isBefore(fields.issuedOn())) {
			errors.add(new InvalidField("effectiveFrom", "a document is not in force before it is issued"));
		}
		if (fields.effectiveTo() != null && fields.effectiveTo().isBefore(fields.effectiveFrom())) {
			errors.add(new InvalidField("effectiveTo", "effectiveTo must not be before effectiveFrom"));
		}
		for (int i = 0; i < fields.amendedByIds().size(); i++) {
			String amending = fields.amendedByIds().get(i);
			if (amending.equals(id) || !this.bases.existsById(amending)) {
				errors.add(new InvalidField("amendedByIds[" + i + "]",
						"no other legal basis '" + amending + "'; add the amending document first"));
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
