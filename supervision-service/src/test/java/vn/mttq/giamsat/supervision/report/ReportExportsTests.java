package vn.mttq.giamsat.supervision.report;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lines of the work report's CSV file.
 */
class ReportExportsTests {

	@Test
	void quotesACellHoldingASemicolonSinceExcelSplitsOnItInSomeLocales() {
		assertThat(ReportExports.line(List.of("Kiến nghị", "Y tế; giáo dục", "3")))
			.isEqualTo("Kiến nghị,\"Y tế; giáo dục\",3\r\n");
	}

	@Test
	void quotesCommasQuotesAndLineBreaksAndWritesFormulasAsText() {
		assertThat(ReportExports.line(List.of("Sở Y tế, tỉnh", "the \"board\"", "=1+1", "hai\ndòng")))
			.isEqualTo("\"Sở Y tế, tỉnh\",\"the \"\"board\"\"\",'=1+1,\"hai\ndòng\"\r\n");
	}

}
