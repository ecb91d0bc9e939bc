package vn.mttq.giamsat.supervision.organisation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import vn.mttq.giamsat.supervision.organisation.search.SearchKey;
import vn.mttq.giamsat.support.domain.ConflictException;
import vn.mttq.giamsat.support.domain.Phrase;
import vn.mttq.giamsat.support.outbox.OutboxEntry;
import vn.mttq.giamsat.support.outbox.OutboxEvents;
import vn.mttq.giamsat.support.outbox.OutboxRelay;
import vn.mttq.giamsat.support.security.RecordedActor;

/**
 * Stores units and organisations: each row in one document write, an organisation's with
 * the event that announces its change, so that a write stopped half-way leaves every
 * stored row whole. Batches are read by their ids in one query, not one per row.
 */
@Component
public class DirectoryWrites {

	/**
	 * What writing one row did.
	 */
	public enum Outcome {

		CREATED, UPDATED, UNCHANGED

	}

	private final OrganisationRepository organisations;

	private final AdministrativeUnitRepository units;

	private final MongoTemplate mongo;

	private final OutboxEvents outboxEvents;

	private final OutboxRelay relay;

	private final MeterRegistry meters;

	private final Clock clock;

	DirectoryWrites(OrganisationRepository organisations, AdministrativeUnitRepository units, MongoTemplate mongo,
			OutboxEvents outboxEvents, OutboxRelay relay, MeterRegistry meters, Clock clock) {
		this.organisations = organisations;
		this.units = units;
		this.mongo = mongo;
		this.outboxEvents = outboxEvents;
		this.relay = relay;
		this.meters = meters;
		this.clock = clock;
	}

	/**
	 * Reads the stored units among some ids, in one query.
	 * @param ids the ids
	 * @return the stored ones by id, as drafts
	 */
	public Map<String, UnitDraft> storedUnits(Collection<String> ids) {
		return byId(this.units.findAllById(ids), AdministrativeUnit::id, AdministrativeUnit::draft);
	}

	/**
	 * Reads the stored organisations among some ids, in one query.
	 * @param ids the ids
	 * @return the stored ones by id, as drafts
	 */
	public Map<String, OrganisationDraft> storedOrganisations(Collection<String> ids) {
		return byId(this.organisations.findAllById(ids), Organisation::id, Organisation::draft);
	}

	/**
	 * Writes checked units, each on its own; a unit equal to the stored one is left
	 * alone.
	 * @param drafts the units, their references already stored or earlier in the list
	 * @param actor who writes
	 * @param onlyAbsent {@code true} to leave units that exist untouched (the seed)
	 * @return what each write did, in order
	 */
	public List<Outcome> writeUnits(List<UnitDraft> drafts, RecordedActor actor, boolean onlyAbsent) {
		Map<String, AdministrativeUnit> stored = byId(this.units.findAllById(ids(drafts, UnitDraft::id)),
				AdministrativeUnit::id, Function.identity());
		Instant now = this.clock.instant();
		List<Outcome> outcomes = new ArrayList<>(drafts.size());
		for (UnitDraft draft : drafts) {
			AdministrativeUnit previous = stored.get(draft.id());
			if (previous == null) {
				outcomes.add(insertedOrSeeded(() -> this.units.insert(AdministrativeUnit.of(draft, null, now, actor)),
						onlyAbsent));
			}
			else if (onlyAbsent || previous.draft().equals(draft)) {
				outcomes.add(Outcome.UNCHANGED);
			}
			else {
				this.units.save(AdministrativeUnit.of(draft, previous, now, actor));
				outcomes.add(Outcome.UPDATED);
			}
		}
		return outcomes;
	}

	/**
	 * Writes checked organisations, each with the event announcing it; one equal to the
	 * stored one is left alone and announces nothing.
	 * @param drafts the organisations, their references already stored or earlier in the
	 * list
	 * @param actor who writes
	 * @param onlyAbsent {@code true} to leave organisations that exist untouched (the
	 * seed)
	 * @return what each write did, in order
	 */
	public List<Outcome> writeOrganisations(List<OrganisationDraft> drafts, RecordedActor actor, boolean onlyAbsent) {
		Map<String, Organisation> stored = byId(this.organisations.findAllById(ids(drafts, OrganisationDraft::id)),
				Organisation::id, Function.identity());
		List<Outcome> outcomes = new ArrayList<>(drafts.size());
		for (OrganisationDraft draft : drafts) {
			Organisation previous = stored.get(draft.id());
			if (previous == null) {
				outcomes.add(insertedOrSeeded(() -> save(draft, null, actor), onlyAbsent));
			}
			else if (onlyAbsent || previous.draft().equals(draft)) {
				outcomes.add(Outcome.UNCHANGED);
			}
			else {
				save(draft, previous, actor);
				outcomes.add(Outcome.UPDATED);
			}
		}
		return outcomes;
	}

	Organisation save(OrganisationDraft draft, Organisation previous, RecordedActor actor) {
		Instant now = this.clock.instant();
		Organisation next = Organisation.of(draft, previous, now, actor,
				(organisation) -> OrganisationChangedEvents.pending(this.outboxEvents, organisation, now));
		if (previous == null) {
			Organisation saved = this.organisations.insert(next);
			this.relay.wakeUp();
			this.meters.counter("supervision.organisations.changed", "change", "created").increment();
			return saved;
		}
		changeInPlace(previous, next);
		this.relay.wakeUp();
		this.meters.counter("supervision.organisations.changed", "change", "updated").increment();
		return this.organisations.findById(next.id()).orElseThrow();
	}

	/**
	 * Writes a change as one update that appends the new event to the outbox, rather than
	 * replacing the document: replacing it could undo the relay's mark on an event it has
	 * just sent, and send that event again. Events already sent are pruned first, on
	 * their own, since the document itself is the state.
	 */
	private void changeInPlace(Organisation previous, Organisation next) {
		Query byId = Query.query(Criteria.where("_id").is(next.id()));
		// By collection name: through the entity class, the template would count the
		// prune as a new version.
		this.mongo.updateFirst(byId,
				new Update().pull("outbox", new org.bson.Document("sentAt", new org.bson.Document("$ne", null))),
				"organisations");
		OutboxEntry event = next.outbox().get(next.outbox().size() - 1);
		MongoConverter converter = this.mongo.getConverter();
		Update update = new Update().set("name", next.name())
			.set(SearchKey.FIELD, next.searchKey())
			.set("kind", next.kind())
			.set("level", next.level())
			.set("administrativeUnitId", next.administrativeUnitId())
			.set("parentId", next.parentId())
			.set("validFrom", next.validFrom())
			.set("validTo", next.validTo())
			.set("successorIds", next.successorIds())
			.set("revision", next.revision())
			.set("changedAt", next.changedAt())
			.set("changedBy", converter.convertToMongoType(next.changedBy()))
			.push("outbox", converter.convertToMongoType(event))
			.inc("version", 1);
		Query current = Query.query(Criteria.where("_id").is(next.id()).and("version").is(previous.version()));
		if (this.mongo.updateFirst(current, update, Organisation.class).getMatchedCount() == 0) {
			throw new OptimisticLockingFailureException("Organisation " + next.id() + " changed meanwhile");
		}
	}

	/**
	 * Inserts a new row. Another instance starting at the same time may seed the same id
	 * first: for the seed that is done work, not an error.
	 */
	private static Outcome insertedOrSeeded(Runnable insert, boolean onlyAbsent) {
		try {
			insert.run();
			return Outcome.CREATED;
		}
		catch (DuplicateKeyException ex) {
			if (onlyAbsent) {
				return Outcome.UNCHANGED;
			}
			throw new ConflictException(Phrase.of("directory.row-added-meanwhile",
					"A row of the file was added by someone else meanwhile; import the file again"), null);
		}
	}

	private static <T> List<String> ids(List<T> drafts, Function<T, String> id) {
		return drafts.stream().map(id).toList();
	}

	private static <T, V> Map<String, V> byId(Iterable<T> found, Function<T, String> id, Function<T, V> value) {
		return java.util.stream.StreamSupport.stream(found.spliterator(), false).collect(Collectors.toMap(id, value));
	}

}
