package vn.mttq.giamsat.support.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class SpreadsheetCellsTests {

	@ParameterizedTest
	@ValueSource(strings = { "=HYPERLINK(\"http://x\")", "+1+1", "-1+cmd", "@SUM(A1)", "\t=1+1", "\r=1+1", " =1+1",
			"  \t=cmd", "\uFF1D1+1", "\n@x" })
	void writesAnythingASpreadsheetWouldRunAsText(String cell) {
		assertThat(SpreadsheetCells.text(cell)).isEqualTo("'" + cell);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Sở Nông nghiệp", "-12", "-0.5", "12", "a=b", "ubnd-xa", "" })
	void leavesTextAndPlainNumbersAlone(String cell) {
		assertThat(SpreadsheetCells.text(cell)).isEqualTo(cell);
	}

	@Test
	void writesNothingForAMissingCell() {
		assertThat(SpreadsheetCells.text(null)).isEmpty();
	}

}
