package vn.mttq.giamsat.supervision.organisation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import vn.mttq.giamsat.supervision.organisation.search.SearchKey;
import vn.mttq.giamsat.support.domain.ConflictException;
import vn.mttq.giamsat.support.domain.Phrase;
import vn.mttq.giamsat.support.domain.ResourceNotFoundException;
import vn.mttq.giamsat.support.security.RecordedActor;

/**
 * Manages administrative units: lists and reads them, and adds or changes one, keeping
 * the directory's rules (units they lie in that exist, no district after the 2025 reform,
 * successors that take over the next day).
 */
@Service
class UnitManagement {

	private final AdministrativeUnitRepository units;

	private final MongoTemplate mongo;

	private final StoredLookup stored;

	private final Clock clock;

	UnitManagement(AdministrativeUnitRepository units, MongoTemplate mongo, StoredLookup stored, Clock clock) {
		this.units = units;
		this.mongo = mongo;
		this.stored = stored;
		this.clock = clock;
	}

	AdministrativeUnit getUnit(String id) {
		return this.units.findById(id).orElseThrow(() -> new ResourceNotFoundException("Administrative unit", id));
	}

	/**
	 * Adds a unit or changes it.
	 * @return the unit as stored, and whether it is new
	 */
	Put<AdministrativeUnit> put(UnitDraft draft, RecordedActor actor) {
		AdministrativeUnit previous = this.units.findById(draft.id()).orElse(null);
		DirectoryRules.enforce(DirectoryRules.checkUnit(draft, "", this.stored));
		if (previous != null && previous.draft().equals(draft)) {
			return new Put<>(previous, false);
		}
		try {
			AdministrativeUnit next = AdministrativeUnit.of(draft, previous, this.clock.instant(), actor);
			return new Put<>((previous == null) ? this.units.insert(next) : this.units.save(next), previous == null);
		}
		catch (DuplicateKeyException ex) {
			throw new ConflictException(Phrase.of("directory.unit-added-meanwhile",
					"The administrative unit \u201c{0}\u201d was added by someone else meanwhile; read it and try again",
					draft.name()), draft.id());
		}
	}

	/**
	 * Lists units, each filter optional.
	 * @param level only this level
	 * @param parentId only those that lie directly in this unit
	 * @param validOn only those that exist on this day
	 * @param text only those whose name holds these words ({@link SearchKey})
	 * @return the units, by id
	 */
	List<AdministrativeUnit> units(AdministrativeLevel level, String parentId, LocalDate validOn, String text) {
		Criteria criteria = new Criteria();
		if (level != null) {
			criteria.and("level").is(level);
		}
		if (parentId != null) {
			criteria.and("parentId").is(parentId);
		}
		if (text != null) {
			criteria.and(SearchKey.FIELD).regex(SearchKey.pattern(text));
		}
		List<AdministrativeUnit> found = this.mongo.find(Query.query(criteria).with(Sort.by("_id")),
				AdministrativeUnit.class);
		return (validOn != null) ? found.stream().filter((unit) -> unit.validity().covers(validOn)).toList() : found;
	}

}
