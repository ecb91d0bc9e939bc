package vn.mttq.giamsat.recommendation.statistics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.mttq.giamsat.recommendation.statistics.Items.issued;
import static vn.mttq.giamsat.recommendation.statistics.Items.tally;

class CsvExportTests {

	@Test
	void leavesPlainTextAsItIs() {
		assertThat(CsvExport.field("ubnd-xã-mường-phăng")).isEqualTo("ubnd-xã-mường-phăng");
	}

	@Test
	void quotesACommaASemicolonAQuoteOrALineBreakAndDoublesTheQuotes() {
		assertThat(CsvExport.field("Sở Y tế, tỉnh Điện Biên")).isEqualTo("\"Sở Y tế, tỉnh Điện Biên\"");
		assertThat(CsvExport.field("the \"board\"")).isEqualTo("\"the \"\"board\"\"\"");
		assertThat(CsvExport.field("two\r\nlines")).isEqualTo("\"two\r\nlines\"");
		assertThat(CsvExport.field("ubnd;xa")).isEqualTo("\"ubnd;xa\"");
	}

	@Test
	void keepsExcelFromTakingTextForAFormula() {
		assertThat(CsvExport.field("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
		assertThat(CsvExport.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
	}

	@Test
	void startsWithAByteOrderMarkAndEndsEveryLineWithCrLf() {
		AgencyFigures row = AgencyFigures.of("sở-y-tế", IssuingLevel.PROVINCE, tally(issued("2026-03-01")),
				LocalDate.of(2026, 5, 15), 5);
		StatisticsReport report = new StatisticsReport(YearMonth.of(2026, 3), YearMonth.of(2026, 3),
				LocalDate.of(2026, 5, 15), 5, "agency", "asc", List.of(row),
				AgencyFigures.of(null, null, tally(issued("2026-03-01")), LocalDate.of(2026, 5, 15), 5));

		String csv = CsvExport.write(report);

		assertThat(csv).startsWith("\uFEFFrow,agencyId,level,rank,suppressed,issued,").doesNotContain(";");
		assertThat(csv.split("\r\n", -1)).hasSize(4).endsWith("");
		assertThat(csv).contains("\r\nAGENCY,sở-y-tế,PROVINCE,,true,1,,,,,,,,,,,,,,,,\r\n")
			.endsWith("\r\nTOTAL,,,,true,1,,,,,,,,,,,,,,,,\r\n");
	}

}
