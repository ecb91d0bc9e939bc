package vn.mttq.giamsat.supervision.organisation;

import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * The directory as stored, for checking a single change against the rules (an import
 * checks against the store plus the rest of its file instead).
 */
@Component
class StoredLookup implements DirectoryRules.Lookup {

	private final AdministrativeUnitRepository units;

	private final OrganisationRepository organisations;

	StoredLookup(AdministrativeUnitRepository units, OrganisationRepository organisations) {
		this.units = units;
		this.organisations = organisations;
	}

	@Override
	public Optional<UnitDraft> unit(String id) {
		return this.units.findById(id).map(AdministrativeUnit::draft);
	}

	@Override
	public Optional<OrganisationDraft> organisation(String id) {
		return this.organisations.findById(id).map(Organisation::draft);
	}

}
