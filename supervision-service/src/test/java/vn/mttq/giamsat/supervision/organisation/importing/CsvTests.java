package vn.mttq.giamsat.supervision.organisation.importing;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CSV reader of the directory import.
 */
class CsvTests {

	@Test
	void readsQuotedFieldsWithCommasQuotesAndLineBreaksAndKeepsTheLineNumbers() {
		List<Csv.Line> lines = Csv
			.parse("\uFEFFid,name\r\na,\"Sở Văn hóa, Thể thao\"\r\nb,\"Sở \"\"mới\"\"\nhai dòng\"\r\n\r\nc,C\n");

		assertThat(lines).extracting(Csv.Line::number).containsExactly(1, 2, 3, 6);
		assertThat(lines.get(0).fields()).containsExactly("id", "name");
		assertThat(lines.get(1).fields()).containsExactly("a", "Sở Văn hóa, Thể thao");
		assertThat(lines.get(2).fields()).containsExactly("b", "Sở \"mới\"\nhai dòng");
		assertThat(lines.get(3).fields()).containsExactly("c", "C");
	}

	@Test
	void splitsSuccessorListsOnSemicolonsOrBars() {
		assertThat(DirectoryRows.splitList("xa-a; xa-b|xa-c;")).containsExactly("xa-a", "xa-b", "xa-c");
		assertThat(DirectoryRows.splitList(null)).isEmpty();
	}

}
