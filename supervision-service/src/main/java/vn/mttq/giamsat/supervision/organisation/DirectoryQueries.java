package vn.mttq.giamsat.supervision.organisation;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import vn.mttq.giamsat.supervision.web.Dates;
import vn.mttq.giamsat.supervision.web.FieldProblem;
import vn.mttq.giamsat.supervision.web.RulesViolatedException;

/**
 * The directory's answers to the other features' questions ("did this agency exist on
 * that day?", "who holds its work now?", "which organisations lie below it?").
 */
@Service
public class DirectoryQueries {

	private final OrganisationRepository organisations;

	private final MongoTemplate mongo;

	DirectoryQueries(OrganisationRepository organisations, MongoTemplate mongo) {
		this.organisations = organisations;
		this.mongo = mongo;
	}

	/**
	 * Finds an organisation.
	 * @param id its id
	 * @return the organisation, if the directory knows it
	 */
	public Optional<Organisation> organisation(String id) {
		return (id != null) ? this.organisations.findById(id) : Optional.empty();
	}

	/**
	 * The name people know an organisation by.
	 * @param id its id
	 * @return its name, or the id when the directory does not know it
	 */
	public String nameOf(String id) {
		return organisation(id).map(Organisation::name).orElse(id);
	}

	/**
	 * Checks that an organisation existed on a day.
	 * @param id the organisation id
	 * @param date the day of the record
	 * @param field the request field, for the error
	 * @return the problem, or empty when the organisation existed that day
	 */
	public Optional<FieldProblem> problemIfAbsentOn(String id, LocalDate date, String field) {
		Optional<Organisation> found = organisation(id);
		if (found.isEmpty()) {
			return Optional.of(FieldProblem.of(field, "directory.unknown-organisation",
					"The directory has no organisation with the id \u201c{0}\u201d", id));
		}
		Organisation organisation = found.get();
		if (!organisation.existsOn(date)) {
			Validity validity = organisation.validity();
			String successors = String.join(", ", organisation.successorIds().stream().map(this::nameOf).toList());
			return Optional.of(FieldProblem.of(field, "directory.absent-on",
					"{0} did not exist on {1}: it exists from {2}{3,choice,0#|1# to {4}}{5,choice,0#|1#; it was succeeded by {6}}",
					organisation.name(), Dates.shown(date), Dates.shown(validity.from()),
					(validity.to() != null) ? 1 : 0, Dates.shown(validity.to()), successors.isEmpty() ? 0 : 1,
					successors));
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

}
