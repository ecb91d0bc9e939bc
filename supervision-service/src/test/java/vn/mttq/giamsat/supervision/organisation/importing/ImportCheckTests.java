package vn.mttq.giamsat.supervision.organisation.importing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.validation.Validation;
import org.junit.jupiter.api.Test;

import vn.mttq.giamsat.supervision.organisation.DirectoryWrites;
import vn.mttq.giamsat.supervision.web.FieldProblem;
import vn.mttq.giamsat.support.domain.Phrase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The check of an import file, without a database: its cost grows with the rows, not with
 * the rows times the errors.
 */
class ImportCheckTests {

	@Test
	void checks50000BadAndRepeatedRowsInLinearTimeListingTheFirst100ErrorsWithTheirTotal() {
		DirectoryWrites store = mock(DirectoryWrites.class);
		when(store.storedUnits(any())).thenReturn(Map.of());
		when(store.storedOrganisations(any())).thenReturn(Map.of());
		ImportCheck check = new ImportCheck(store, Validation.buildDefaultValidatorFactory().getValidator());
		StringBuilder csv = new StringBuilder(ImportRequests.ORGANISATION_HEADER);
		for (int i = 0; i < 50_000; i++) {
			// No name (an error of its own field per row) and the same id on every row.
			csv.append("so-trung,,DEPARTMENT,PROVINCE,tinh-dien-bien,,2004-01-01,,\n");
		}
		DirectoryImport file = DirectoryImport.ofTable(csv.toString().getBytes(StandardCharsets.UTF_8),
				StandardCharsets.UTF_8, true);

		ImportCheck.Checked checked = assertTimeoutPreemptively(Duration.ofSeconds(10),
				() -> check.check(file, false, ImportProgress.NONE));

		assertThat(checked.errors().total()).isEqualTo(50_000 + 49_999);
		List<FieldProblem> listed = checked.errors().listed();
		assertThat(listed).hasSize(ImportErrors.LISTED);
		assertThat(listed.get(0).field()).isEqualTo("line[2].name");
		assertThat(listed.get(1).field()).isEqualTo("line[3].name");
		assertThat(listed.get(2).field()).isEqualTo("line[3].id");
	}

	@Test
	void keepsTheFirstErrorsInFileOrderWhateverTheOrderTheyAreFoundIn() {
		ImportErrors errors = new ImportErrors();
		for (int row = 10_000; row > 0; row--) {
			errors.add(row, new FieldProblem("line[" + row + "].id", Phrase.untranslated("wrong")));
		}
		assertThat(errors.total()).isEqualTo(10_000);
		assertThat(errors.listed()).hasSize(100);
		assertThat(errors.listed().get(0).field()).isEqualTo("line[1].id");
		assertThat(errors.listed().get(99).field()).isEqualTo("line[100].id");
	}

	@Test
	void writesEveryRowAfterTheRowsOfTheFileItRefersTo() {
		record Row(String id, List<String> references) {
		}
		List<Row> rows = List.of(new Row("a", List.of("b")), new Row("b", List.of("c", "stored")),
				new Row("c", List.of()), new Row("d", List.of("a")));
		assertThat(ImportOrder.referencesFirst(rows, Row::id, Row::references)).extracting(Row::id)
			.containsExactly("c", "b", "a", "d");
	}

}
