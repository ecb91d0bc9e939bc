package vn.mttq.giamsat.supervision.organisation.importing;

import java.util.List;

import vn.mttq.giamsat.supervision.organisation.DirectoryWrites.Outcome;

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
public record ImportResult(int unitsCreated, int unitsUpdated, int unitsUnchanged, int organisationsCreated,
		int organisationsUpdated, int organisationsUnchanged) {

	static final ImportResult NOTHING = new ImportResult(0, 0, 0, 0, 0, 0);

	ImportResult plusUnits(List<Outcome> outcomes, int skipped) {
		return new ImportResult(this.unitsCreated + count(outcomes, Outcome.CREATED),
				this.unitsUpdated + count(outcomes, Outcome.UPDATED),
				this.unitsUnchanged + count(outcomes, Outcome.UNCHANGED) + skipped, this.organisationsCreated,
				this.organisationsUpdated, this.organisationsUnchanged);
	}

	ImportResult plusOrganisations(List<Outcome> outcomes, int skipped) {
		return new ImportResult(this.unitsCreated, this.unitsUpdated, this.unitsUnchanged,
				this.organisationsCreated + count(outcomes, Outcome.CREATED),
				this.organisationsUpdated + count(outcomes, Outcome.UPDATED),
				this.organisationsUnchanged + count(outcomes, Outcome.UNCHANGED) + skipped);
	}

	public int created() {
		return this.unitsCreated + this.organisationsCreated;
	}

	public int updated() {
		return this.unitsUpdated + this.organisationsUpdated;
	}

	public int unchanged() {
		return this.unitsUnchanged + this.organisationsUnchanged;
	}

	private static int count(List<Outcome> outcomes, Outcome outcome) {
		return (int) outcomes.stream().filter(outcome::equals).count();
	}

}
