package vn.mttq.giamsat.supervision.organisation.importing;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.mttq.giamsat.supervision.web.FieldProblem;
import vn.mttq.giamsat.support.domain.InvalidField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CSV reader of the directory import.
 */
class CsvTests {

	@Test
	void readsQuotedFieldsWithCommasQuotesAndLineBreaksAndKeepsTheLineNumbers() {
		List<FileLines.Line> lines = read(
				"\uFEFFid,name\r\na,\"Sở Văn hóa, Thể thao\"\r\nb,\"Sở \"\"mới\"\"\nhai dòng\"\r\n\r\nc,C\n");

		assertThat(lines).extracting(FileLines.Line::number).containsExactly(1, 2, 3, 6);
		assertThat(lines.get(0).fields()).containsExactly("id", "name");
		assertThat(lines.get(1).fields()).containsExactly("a", "Sở Văn hóa, Thể thao");
		assertThat(lines.get(2).fields()).containsExactly("b", "Sở \"mới\"\nhai dòng");
		assertThat(lines.get(3).fields()).containsExactly("c", "C");
	}

	@Test
	void readsSemicolonAndTabSeparatedFilesLikeCommaSeparatedOnes() {
		List<FileLines.Line> commas = read("id,name,successorIds\na,\"Sở A; mới\",x;y\nb,Sở B,\n");

		assertThat(read("id;name;successorIds\na;\"Sở A; mới\";\"x;y\"\nb;Sở B;\n")).isEqualTo(commas);
		assertThat(read("id\tname\tsuccessorIds\na\tSở A; mới\tx;y\nb\tSở B\t\n")).isEqualTo(commas);
	}

	@Test
	void refusesAFileThatIsNotUtf8NamingTheLine() {
		for (String encoding : List.of("windows-1258", "ISO-8859-1")) {
			byte[] file = "id,name\na,Sa Pa\nb,Sô Tài chính\n".getBytes(Charset.forName(encoding));

			assertThat(errors(file)).as(encoding)
				.containsExactly(new InvalidField("line[3]", "line 3 is not UTF-8: save the file as CSV UTF-8"));
		}
	}

	@Test
	void refusesTextAfterAClosingQuoteNamingTheLine() {
		List<InvalidField> errors = errors("id,name\na,A\nb,\"ab\"cd\nc,C\n".getBytes(StandardCharsets.UTF_8));

		assertThat(errors).extracting(InvalidField::field).containsExactly("line[3]");
		assertThat(errors.get(0).message()).startsWith("line 3 has text after the closing quote of a cell");
	}

	@Test
	void refusesAQuotedCellThatNeverClosesNamingTheLineItOpensOn() {
		List<InvalidField> errors = errors("id,name\na,\"Sở A\nb,B\n".getBytes(StandardCharsets.UTF_8));

		assertThat(errors).extracting(InvalidField::message)
			.singleElement()
			.asString()
			.startsWith("line 2 opens a quoted cell that never closes");
	}

	@Test
	void refusesAFileOfMoreRowsThanTheLimit() {
		String file = "id\n" + "a\n".repeat(FileLines.MAX_ROWS);
		assertThat(errors((file + "b\n").getBytes(StandardCharsets.UTF_8))).extracting(InvalidField::message)
			.singleElement()
			.asString()
			.startsWith("the file has more than 100000 rows");
		assertThat(errors(file.getBytes(StandardCharsets.UTF_8))).isEmpty();
	}

	@Test
	void splitsSuccessorListsOnSemicolonsOrBars() {
		assertThat(DirectoryRows.splitList("xa-a; xa-b|xa-c;")).containsExactly("xa-a", "xa-b", "xa-c");
		assertThat(DirectoryRows.splitList(null)).isEmpty();
	}

	private static List<FileLines.Line> read(String text) {
		ImportErrors errors = new ImportErrors();
		List<FileLines.Line> lines = FileLines.read(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8,
				errors);
		assertThat(errors.listed()).isEmpty();
		return lines;
	}

	private static List<InvalidField> errors(byte[] file) {
		ImportErrors errors = new ImportErrors();
		FileLines.read(file, StandardCharsets.UTF_8, errors);
		return errors.listed().stream().map(FieldProblem::inEnglish).toList();
	}

}
