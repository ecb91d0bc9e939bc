package vn.mttq.giamsat.console.monitor.chart;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BarChartTests {

	@Test
	void theLongestBarFillsTheRoomAndTheOthersAreInProportion() {
		BarChart chart = BarChart.of(List.of(BarChart.Entry.of("a", "A", 20, 5), BarChart.Entry.of("b", "B", 10, 0),
				BarChart.Entry.of("c", "C", 0, 0)));

		assertThat(chart.bars()).extracting(BarChart.Bar::length).containsExactly(510, 255, 0);
		assertThat(chart.bars()).extracting(BarChart.Bar::partLength).containsExactly(128, 0, 0);
		assertThat(chart.bars()).extracting(BarChart.Bar::barY).containsExactly(24, 72, 120);
		assertThat(chart.viewBox()).isEqualTo("0 0 600 148");
	}

	@Test
	void aPartIsNeverLongerThanItsBar() {
		BarChart chart = BarChart.of(List.of(BarChart.Entry.of("a", "A", 4, 9)));

		assertThat(chart.bars().get(0).partLength()).isEqualTo(chart.bars().get(0).length());
	}

	@Test
	void nothingToDrawIsAnEmptyChartOfOneRow() {
		assertThat(BarChart.of(List.of()).viewBox()).isEqualTo("0 0 600 52");
	}

}
