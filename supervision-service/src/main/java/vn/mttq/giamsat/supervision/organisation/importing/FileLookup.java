package vn.mttq.giamsat.supervision.organisation.importing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import vn.mttq.giamsat.supervision.organisation.DirectoryRules;
import vn.mttq.giamsat.supervision.organisation.DirectoryWrites;
import vn.mttq.giamsat.supervision.organisation.OrganisationDraft;
import vn.mttq.giamsat.supervision.organisation.UnitDraft;

/**
 * The directory as it would stand with a file: the file's rows, then the stored ones. The
 * stored rows the file refers to are read up front in a few queries by id set, and every
 * other one read (a superior's superior) is remembered, found or not, so that no id is
 * read twice.
 */
final class FileLookup implements DirectoryRules.Lookup {

	private static final int IDS_PER_QUERY = 1_000;

	private final DirectoryWrites store;

	private final Map<String, UnitDraft> fileUnits;

	private final Map<String, OrganisationDraft> fileOrganisations;

	private final Map<String, Optional<UnitDraft>> storedUnits = new HashMap<>();

	private final Map<String, Optional<OrganisationDraft>> storedOrganisations = new HashMap<>();

	FileLookup(DirectoryWrites store, Map<String, UnitDraft> fileUnits,
			Map<String, OrganisationDraft> fileOrganisations) {
		this.store = store;
		this.fileUnits = fileUnits;
		this.fileOrganisations = fileOrganisations;
		Set<String> units = new HashSet<>();
		Set<String> organisations = new HashSet<>();
		for (UnitDraft unit : fileUnits.values()) {
			addReference(units, unit.parentId());
			unit.successorIds().forEach((id) -> addReference(units, id));
		}
		for (OrganisationDraft organisation : fileOrganisations.values()) {
			addReference(units, organisation.administrativeUnitId());
			addReference(organisations, organisation.parentId());
			organisation.successorIds().forEach((id) -> addReference(organisations, id));
		}
		units.removeAll(fileUnits.keySet());
		organisations.removeAll(fileOrganisations.keySet());
		preload(units, this.storedUnits, store::storedUnits);
		preload(organisations, this.storedOrganisations, store::storedOrganisations);
	}

	@Override
	public Optional<UnitDraft> unit(String id) {
		UnitDraft draft = this.fileUnits.get(id);
		return (draft != null) ? Optional.of(draft) : this.storedUnits.computeIfAbsent(id,
				(key) -> Optional.ofNullable(this.store.storedUnits(List.of(key)).get(key)));
	}

	@Override
	public Optional<OrganisationDraft> organisation(String id) {
		OrganisationDraft draft = this.fileOrganisations.get(id);
		return (draft != null) ? Optional.of(draft) : this.storedOrganisations.computeIfAbsent(id,
				(key) -> Optional.ofNullable(this.store.storedOrganisations(List.of(key)).get(key)));
	}

	private static void addReference(Set<String> ids, String id) {
		if (id != null) {
			ids.add(id);
		}
	}

	private static <T> void preload(Set<String> ids, Map<String, Optional<T>> cache,
			Function<Collection<String>, Map<String, T>> read) {
		List<String> all = new ArrayList<>(ids);
		for (int from = 0; from < all.size(); from += IDS_PER_QUERY) {
			List<String> chunk = all.subList(from, Math.min(all.size(), from + IDS_PER_QUERY));
			Map<String, T> found = read.apply(chunk);
			chunk.forEach((id) -> cache.put(id, Optional.ofNullable(found.get(id))));
		}
	}

}
