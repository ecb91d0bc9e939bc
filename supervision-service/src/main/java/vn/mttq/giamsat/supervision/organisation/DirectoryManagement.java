package vn.mttq.giamsat.supervision.organisation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Service;

import vn.mttq.giamsat.supervision.web.RulesViolatedException;
import vn.mttq.giamsat.support.outbox.OutboxEntry;
import vn.mttq.giamsat.support.outbox.OutboxEvents;
import vn.mttq.giamsat.support.outbox.OutboxRelay;
import vn.mttq.giamsat.support.security.RecordedActor;
import vn.mttq.giamsat.support.web.ConflictException;
import vn.mttq.giamsat.support.web.InvalidField;
import vn.mttq.giamsat.support.web.ResourceNotFoundException;

/**
 * The organisation directory and its administrative units: keeps them consistent (units
 * and superiors that exist, validity dates that fit, no district after the 2025 reform),
 * stores every change of an organisation with the event that announces it, and answers
 * the other features' questions ("did this agency exist on that day?").
 */
@Service
public class DirectoryManagement {

	private final OrganisationRepository organisations;

	private final AdministrativeUnitRepository units;

	private final MongoTemplate mongo;

	private final OutboxEvents outboxEvents;

	private final OutboxRelay relay;

	private final Validator validator;

	private final MeterRegistry meters;

	private final Clock clock;

	DirectoryManagement(OrganisationRepository organisations, AdministrativeUnitRepository units, MongoTemplate mongo,
			OutboxEvents outboxEvents, OutboxRelay relay, Validator validator, MeterRegistry meters, Clock clock) {
		this.meters = meters;
		this.organisations = organisations;
		this.units = units;
		this.mongo = mongo;
		this.outboxEvents = outboxEvents;
		this.relay = relay;
		this.validator = validator;
		this.clock = clock;
	}

	// --- questions of the other features

	/**
	 * Finds an organisation.
	 * @param id its id
	 * @return the organisation, if the directory knows it
	 */
	public Optional<Organisation> organisation(String id) {
		return (id != null) ? this.organisations.findById(id) : Optional.empty();
	}

	/**
	 * Checks that an organisation existed on a day.
	 * @param id the organisation id
	 * @param date the day of the record
	 * @param field the request field, for the error
	 * @return the problem, or empty when the organisation existed that day
	 */
	public Optional<InvalidField> problemIfAbsentOn(String id, LocalDate date, String field) {
		Optional<Organisation> found = organisation(id);
		if (found.isEmpty()) {
			return Optional.of(new InvalidField(field, "no organisation '" + id + "' in the directory"));
		}
		Organisation organisation = found.get();
		if (!organisation.existsOn(date)) {
			String successors = organisation.successorIds().isEmpty() ? ""
					: "; its successors are " + organisation.successorIds();
			return Optional.of(new InvalidField(field, "'" + id + "' did not exist on " + date + " (it exists "
					+ organisation.validity() + ")" + successors));
		}
		return Optional.empty();
	}

	/**
	 * Returns an organisation that existed on a day.
	 * @throws RulesViolatedException naming the field if it is unknown or did not exist
	 */
	public Organisation existingOn(String id, LocalDate date, String field) {
		problemIfAbsentOn(id, date, field).ifPresent((problem) -> {
			throw new RulesViolatedException(List.of(problem));
		});
		return organisation(id).orElseThrow();
	}

	/**
	 * Returns an organisation if it exists on a day, else its successors that do
	 * (following merger chains), so that a copy or an escalation reaches whoever holds
	 * the work that day.
	 * @param id the organisation
	 * @param date the day
	 * @return the organisation or its successors in force; empty when none is
	 */
	public List<String> inForceOn(String id, LocalDate date) {
		List<String> found = new ArrayList<>();
		Deque<String> pending = new ArrayDeque<>(List.of(id));
		Set<String> seen = new java.util.HashSet<>();
		while (!pending.isEmpty() && seen.size() < 50) {
			String next = pending.pop();
			if (!seen.add(next)) {
				continue;
			}
			organisation(next).ifPresent((organisation) -> {
				if (organisation.existsOn(date)) {
					found.add(organisation.id());
				}
				else if (organisation.validTo() != null && organisation.validTo().isBefore(date)) {
					pending.addAll(organisation.successorIds());
				}
			});
		}
		return found;
	}

	/**
	 * Returns an organisation and every organisation below it through the superior links,
	 * at any depth.
	 * @param id the top organisation
	 * @return their ids, the top one first
	 */
	public Set<String> selfAndBelow(String id) {
		Map<String, List<String>> children = new HashMap<>();
		Query query = new Query();
		query.fields().include("_id", "parentId");
		for (org.bson.Document document : this.mongo.find(query, org.bson.Document.class, "organisations")) {
			String parent = document.getString("parentId");
			if (parent != null) {
				children.computeIfAbsent(parent, (key) -> new ArrayList<>()).add(document.getString("_id"));
			}
		}
		Set<String> result = new LinkedHashSet<>();
		Deque<String> pending = new ArrayDeque<>(List.of(id));
		while (!pending.isEmpty()) {
			String next = pending.pop();
			if (result.add(next)) {
				pending.addAll(children.getOrDefault(next, List.of()));
			}
		}
		return result;
	}

	// --- organisations

	Organisation getOrganisation(String id) {
		return this.organisations.findById(id).orElseThrow(() -> new ResourceNotFoundException("Organisation", id));
	}

	/**
	 * Adds an organisation or changes it, at the id an administrator chose.
	 * @return the organisation as stored, and whether it is new
	 */
	Put<Organisation> put(OrganisationDraft draft, RecordedActor actor) {
		Organisation previous = this.organisations.findById(draft.id()).orElse(null);
		check(DirectoryRules.checkOrganisation(draft, "", storedLookup(Map.of(), Map.of())));
		if (previous != null && previous.draft().equals(draft)) {
			return new Put<>(previous, false);
		}
		try {
			return new Put<>(saveOrganisation(draft, previous, actor), previous == null);
		}
		catch (DuplicateKeyException ex) {
			throw new ConflictException("Organisation '" + draft.id() + "' was added meanwhile; read it and retry",
					draft.id());
		}
	}

	Page<Organisation> search(OrganisationSearch search, int page, int size) {
		Criteria criteria = new Criteria();
		if (search.kind() != null) {
			criteria.and("kind").is(search.kind());
		}
		if (search.level() != null) {
			criteria.and("level").is(search.level());
		}
		if (search.parentId() != null) {
			criteria.and("parentId").is(search.parentId());
		}
		if (search.administrativeUnitId() != null) {
			criteria.and("administrativeUnitId").is(search.administrativeUnitId());
		}
		if (search.validOn() != null) {
			criteria.and("validFrom").lte(search.validOn());
			criteria.orOperator(Criteria.where("validTo").is(null), Criteria.where("validTo").gte(search.validOn()));
		}
		if (search.text() != null) {
			criteria.and("name").regex(Pattern.quote(search.text()), "i");
		}
		PageRequest pageable = PageRequest.of(page, size, Sort.by("_id"));
		Query query = Query.query(criteria).with(pageable);
		return PageableExecutionUtils.getPage(this.mongo.find(query, Organisation.class), pageable,
				() -> this.mongo.count(Query.query(criteria), Organisation.class));
	}

	private Organisation saveOrganisation(OrganisationDraft draft, Organisation previous, RecordedActor actor) {
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
		// prune as a
		// new version.
		this.mongo.updateFirst(byId,
				new Update().pull("outbox", new org.bson.Document("sentAt", new org.bson.Document("$ne", null))),
				"organisations");
		OutboxEntry event = next.outbox().get(next.outbox().size() - 1);
		MongoConverter converter = this.mongo.getConverter();
		Update update = new Update().set("name", next.name())
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

	// --- administrative units

	AdministrativeUnit getUnit(String id) {
		return this.units.findById(id).orElseThrow(() -> new ResourceNotFoundException("Administrative unit", id));
	}

	/**
	 * Adds a unit or changes it.
	 * @return the unit as stored, and whether it is new
	 */
	Put<AdministrativeUnit> put(UnitDraft draft, RecordedActor actor) {
		AdministrativeUnit previous = this.units.findById(draft.id()).orElse(null);
		check(DirectoryRules.checkUnit(draft, "", storedLookup(Map.of(), Map.of())));
		if (previous != null && previous.draft().equals(draft)) {
			return new Put<>(previous, false);
		}
		try {
			AdministrativeUnit next = AdministrativeUnit.of(draft, previous, this.clock.instant(), actor);
			return new Put<>((previous == null) ? this.units.insert(next) : this.units.save(next), previous == null);
		}
		catch (DuplicateKeyException ex) {
			throw new ConflictException(
					"Administrative unit '" + draft.id() + "' was added meanwhile; read it and retry", draft.id());
		}
	}

	List<AdministrativeUnit> units(AdministrativeLevel level, String parentId, LocalDate validOn) {
		Criteria criteria = new Criteria();
		if (level != null) {
			criteria.and("level").is(level);
		}
		if (parentId != null) {
			criteria.and("parentId").is(parentId);
		}
		List<AdministrativeUnit> found = this.mongo.find(Query.query(criteria).with(Sort.by("_id")),
				AdministrativeUnit.class);
		return (validOn != null) ? found.stream().filter((unit) -> unit.validity().covers(validOn)).toList() : found;
	}

	// --- imports

	/**
	 * Imports a file whole or not at all: every row is read and checked against the
	 * directory as it would stand with the whole file, and only a file without a bad row
	 * is written. Rows equal to what is stored change nothing and publish nothing.
	 * @param file the rows read from the file
	 * @param actor who imports
	 * @param onlyAbsent {@code true} to leave rows whose id already exists untouched (the
	 * seed at start-up)
	 * @return how many rows were created, updated and left unchanged
	 * @throws RulesViolatedException listing every bad row
	 */
	ImportResult importFile(DirectoryImport file, RecordedActor actor, boolean onlyAbsent) {
		List<InvalidField> errors = new ArrayList<>(file.errors());
		Map<String, UnitDraft> batchUnits = new HashMap<>();
		Map<String, OrganisationDraft> batchOrganisations = new HashMap<>();
		collect(file.units(), file.unitFields(), UnitDraft::id, batchUnits, errors);
		collect(file.organisations(), file.organisationFields(), OrganisationDraft::id, batchOrganisations, errors);
		if (onlyAbsent) {
			batchUnits.keySet().removeIf(this.units::existsById);
			batchOrganisations.keySet().removeIf(this.organisations::existsById);
		}
		DirectoryRules.Lookup lookup = storedLookup(batchUnits, batchOrganisations);
		for (int i = 0; i < file.units().size(); i++) {
			UnitDraft unit = file.units().get(i);
			if (unit.id() != null && batchUnits.get(unit.id()) == unit && this.validator.validate(unit).isEmpty()) {
				errors.addAll(DirectoryRules.checkUnit(unit, file.unitFields().get(i), lookup));
			}
		}
		for (int i = 0; i < file.organisations().size(); i++) {
			OrganisationDraft organisation = file.organisations().get(i);
			if (organisation.id() != null && batchOrganisations.get(organisation.id()) == organisation
					&& this.validator.validate(organisation).isEmpty()) {
				errors.addAll(DirectoryRules.checkOrganisation(organisation, file.organisationFields().get(i), lookup));
			}
		}
		check(errors);
		return write(file, batchUnits, batchOrganisations, actor, onlyAbsent);
	}

	private ImportResult write(DirectoryImport file, Map<String, UnitDraft> batchUnits,
			Map<String, OrganisationDraft> batchOrganisations, RecordedActor actor, boolean onlyAbsent) {
		int[] units = new int[3];
		int[] organisations = new int[3];
		Instant now = this.clock.instant();
		for (UnitDraft unit : file.units()) {
			if (batchUnits.get(unit.id()) != unit) {
				units[2]++;
				continue;
			}
			AdministrativeUnit previous = this.units.findById(unit.id()).orElse(null);
			if (previous != null && previous.draft().equals(unit)) {
				units[2]++;
			}
			else if (previous == null) {
				units[insertedOrSeeded(() -> this.units.insert(AdministrativeUnit.of(unit, null, now, actor)),
						onlyAbsent) ? 0 : 2]++;
			}
			else {
				this.units.save(AdministrativeUnit.of(unit, previous, now, actor));
				units[1]++;
			}
		}
		for (OrganisationDraft organisation : file.organisations()) {
			if (batchOrganisations.get(organisation.id()) != organisation) {
				organisations[2]++;
				continue;
			}
			Organisation previous = this.organisations.findById(organisation.id()).orElse(null);
			if (previous != null && previous.draft().equals(organisation)) {
				organisations[2]++;
			}
			else if (previous == null) {
				organisations[insertedOrSeeded(() -> saveOrganisation(organisation, null, actor), onlyAbsent) ? 0
						: 2]++;
			}
			else {
				saveOrganisation(organisation, previous, actor);
				organisations[1]++;
			}
		}
		return new ImportResult(units[0], units[1], units[2], organisations[0], organisations[1], organisations[2]);
	}

	/**
	 * Inserts a new row. Another instance starting at the same time may seed the same id
	 * first: for the seed that is done work, not an error.
	 * @return whether this call inserted it
	 */
	private static boolean insertedOrSeeded(Runnable insert, boolean onlyAbsent) {
		try {
			insert.run();
			return true;
		}
		catch (DuplicateKeyException ex) {
			if (onlyAbsent) {
				return false;
			}
			throw new ConflictException("A row of the file was added by someone else meanwhile; import it again", null);
		}
	}

	private <T> void collect(List<T> drafts, List<String> fields, Function<T, String> id, Map<String, T> batch,
			List<InvalidField> errors) {
		for (int i = 0; i < drafts.size(); i++) {
			T draft = drafts.get(i);
			String prefix = fields.get(i);
			for (ConstraintViolation<T> violation : this.validator.validate(draft)) {
				String field = prefix + violation.getPropertyPath();
				// A value that could not be read is already reported; "must not be null"
				// adds nothing.
				if (errors.stream().noneMatch((error) -> field.equals(error.field()))) {
					errors.add(new InvalidField(field, violation.getMessage()));
				}
			}
			String key = id.apply(draft);
			if (key != null && batch.putIfAbsent(key, draft) != null) {
				errors.add(new InvalidField(prefix + "id", "'" + key + "' appears more than once in the file"));
			}
		}
	}

	private DirectoryRules.Lookup storedLookup(Map<String, UnitDraft> batchUnits,
			Map<String, OrganisationDraft> batchOrganisations) {
		return new DirectoryRules.Lookup() {

			@Override
			public Optional<UnitDraft> unit(String id) {
				UnitDraft draft = batchUnits.get(id);
				return (draft != null) ? Optional.of(draft)
						: DirectoryManagement.this.units.findById(id).map(AdministrativeUnit::draft);
			}

			@Override
			public Optional<OrganisationDraft> organisation(String id) {
				OrganisationDraft draft = batchOrganisations.get(id);
				return (draft != null) ? Optional.of(draft)
						: DirectoryManagement.this.organisations.findById(id).map(Organisation::draft);
			}

		};
	}

	private static void check(List<InvalidField> errors) {
		if (!errors.isEmpty()) {
			List<InvalidField> sorted = new ArrayList<>(errors);
			sorted.sort(java.util.Comparator.comparing((InvalidField error) -> Objects.toString(error.field(), "")));
			throw new RulesViolatedException(sorted);
		}
	}

	/**
	 * The outcome of a PUT.
	 *
	 * @param <T> the stored type
	 * @param value what is stored now
	 * @param created whether it did not exist before
	 */
	record Put<T>(T value, boolean created) {
	}

	/**
	 * What an import did.
	 *
	 * @param unitsCreated new units
	 * @param unitsUpdated changed units
	 * @param unitsUnchanged units equal to the stored ones, or left alone by the seed
	 * @param organisationsCreated new organisations
	 * @param organisationsUpdated changed organisations
	 * @param organisationsUnchanged organisations equal to the stored ones, or left alone
	 */
	record ImportResult(int unitsCreated, int unitsUpdated, int unitsUnchanged, int organisationsCreated,
			int organisationsUpdated, int organisationsUnchanged) {
	}

}
