package vn.mttq.giamsat.supervision.organisation;

import java.time.Clock;
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
import java.util.regex.Pattern;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Service;

import vn.mttq.giamsat.supervision.web.RulesViolatedException;
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

	private final DirectoryWrites writes;

	private final Clock clock;

	DirectoryManagement(OrganisationRepository organisations, AdministrativeUnitRepository units, MongoTemplate mongo,
			DirectoryWrites writes, Clock clock) {
		this.organisations = organisations;
		this.units = units;
		this.mongo = mongo;
		this.writes = writes;
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
		check(DirectoryRules.checkOrganisation(draft, "", storedLookup()));
		if (previous != null && previous.draft().equals(draft)) {
			return new Put<>(previous, false);
		}
		try {
			return new Put<>(this.writes.save(draft, previous, actor), previous == null);
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
		check(DirectoryRules.checkUnit(draft, "", storedLookup()));
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

	private DirectoryRules.Lookup storedLookup() {
		return new DirectoryRules.Lookup() {

			@Override
			public Optional<UnitDraft> unit(String id) {
				return DirectoryManagement.this.units.findById(id).map(AdministrativeUnit::draft);
			}

			@Override
			public Optional<OrganisationDraft> organisation(String id) {
				return DirectoryManagement.this.organisations.findById(id).map(Organisation::draft);
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

}
