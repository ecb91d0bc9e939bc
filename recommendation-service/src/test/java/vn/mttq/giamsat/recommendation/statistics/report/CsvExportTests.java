package vn.mttq.giamsat.recommendation.statistics.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.mttq.giamsat.recommendation.statistics.AgencyFigures;
import vn.mttq.giamsat.recommendation.statistics.IssuingLevel;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.mttq.giamsat.recommendation.statistics.Items.issued;
import static vn.mttq.giamsat.recommendation.statistics.Items.tally;

class CsvExportTests {

	@Test
	void leavesPlainTextAsItIs() {
		assertThat(CsvExport.line(List.of("ubnd-xã-mường-phăng"))).isEqualTo("ubnd-xã-mường-phăng\r\n");
	}

	@Test
	void quotesACommaASemicolonAQuoteOrALineBreakAndDoublesTheQuotes() {
		assertThat(CsvExport.line(List.of("Sở Y tế, tỉnh Điện Biên"))).isEqualTo("\"Sở Y tế, tỉnh Điện Biên\"\r\n");
		assertThat(CsvExport.line(List.of("the \"board\""))).isEqualTo("\"the \"\"board\"\"\"\r\n");
		assertThat(CsvExport.line(List.of("two\r\nlines"))).isEqualTo("\"two\r\nlines\"\r\n");
		assertThat(CsvExport.line(List.of("ubnd;xa"))).isEqualTo("\"ubnd;xa\"\r\n");
	}

	@Test
	void keepsExcelFromTakingTextForAFormula() {
		assertThat(CsvExport.line(List.of("=HYPERLINK(\"x\")"))).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"\r\n");
		assertThat(CsvExport.line(List.of("@SUM(A1)"))).isEqualTo("'@SUM(A1)\r\n");
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
		assertThat(csv).contains("\r\nAGENCY,sở-y-tế,PROVINCE,,true,1,,,,,,,,,,,,,,,,,\r\n")
			.endsWith("\r\nTOTAL,,,,true,1,,,,,,,,,,,,,,,,,\r\n");
	}

}
