package vn.mttq.giamsat.supervision.organisation.importing;

import java.nio.charset.Charset;
import java.util.List;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Service;

import vn.mttq.giamsat.supervision.organisation.DirectoryWrites;
import vn.mttq.giamsat.supervision.organisation.DirectoryWrites.Outcome;
import vn.mttq.giamsat.support.security.RecordedActor;

/**
 * Imports a file whole or not at all: every row is read and checked against the directory
 * as it would stand with the whole file, and only a file without a bad row is written.
 * Rows equal to what is stored change nothing and publish nothing, so importing a file
 * again is harmless. The rows are written a batch at a time, each row on its own and
 * after the rows it refers to, so an import stopped between two rows leaves a consistent
 * directory that the same file, imported again, completes.
 */
@Service
public class DirectoryImporting {

	/** How many rows are read from the store and written between two reports. */
	static final int BATCH = 100;

	private final ImportCheck check;

	private final DirectoryWrites store;

	DirectoryImporting(ImportCheck check, DirectoryWrites store) {
		this.check = check;
		this.store = store;
	}

	/**
	 * Imports a JSON file: {@code {administrativeUnits: [...], organisations: [...]}}.
	 * @param body the file
	 * @param actor who imports
	 * @param onlyAbsent {@code true} to leave rows whose id already exists untouched (the
	 * seed at start-up)
	 * @return how many rows were created, updated and left unchanged
	 * @throws ImportRefusedException listing the first bad rows
	 */
	public ImportResult importJson(JsonNode body, RecordedActor actor, boolean onlyAbsent) {
		return importFile(DirectoryImport.ofJson(body), actor, onlyAbsent, ImportProgress.NONE);
	}

	/**
	 * Imports a CSV or XLSX file of units or of organisations.
	 * @param file the file's bytes
	 * @param charset the charset of a CSV file
	 * @param organisations {@code true} for organisations, {@code false} for units
	 * @param actor who imports
	 * @param progress told as the import goes, and may stop it
	 * @return how many rows were created, updated and left unchanged
	 * @throws ImportRefusedException listing the first bad rows
	 */
	public ImportResult importTable(byte[] file, Charset charset, boolean organisations, RecordedActor actor,
			ImportProgress progress) {
		return importFile(DirectoryImport.ofTable(file, charset, organisations), actor, false, progress);
	}

	ImportResult importFile(DirectoryImport file, RecordedActor actor, boolean onlyAbsent, ImportProgress progress) {
		progress.read(file.rows());
		ImportCheck.Checked checked = this.check.check(file, onlyAbsent, progress);
		if (!checked.errors().isEmpty()) {
			throw new ImportRefusedException(checked.errors());
		}
		ImportResult result = ImportResult.NOTHING.plusUnits(List.of(), checked.skippedUnits())
			.plusOrganisations(List.of(), checked.skippedOrganisations());
		int[] written = { checked.skippedUnits() + checked.skippedOrganisations() };
		result = inBatches(checked.units(), result, written, progress,
				(batch) -> this.store.writeUnits(batch, actor, onlyAbsent), ImportResult::plusUnits);
		return inBatches(checked.organisations(), result, written, progress,
				(batch) -> this.store.writeOrganisations(batch, actor, onlyAbsent), ImportResult::plusOrganisations);
	}

	private static <T> ImportResult inBatches(List<T> rows, ImportResult start, int[] written, ImportProgress progress,
			Function<List<T>, List<Outcome>> write, Tally tally) {
		ImportResult result = start;
		for (int from = 0; from < rows.size(); from += BATCH) {
			List<Outcome> outcomes = write.apply(rows.subList(from, Math.min(rows.size(), from + BATCH)));
			result = tally.add(result, outcomes, 0);
			written[0] += outcomes.size();
			progress.written(written[0], result);
		}
		return result;
	}

	/**
	 * Adds the outcomes of a batch to a result.
	 */
	private interface Tally {

		ImportResult add(ImportResult result, List<Outcome> outcomes, int skipped);

	}

}
