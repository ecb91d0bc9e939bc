package vn.mttq.giamsat.console.monitor.chart;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LineChartTests {

	@Test
	void aMissingValueBreaksTheLine() {
		LineChart chart = LineChart.of(List.of("01", "02", "03", "04"), List.of(new LineChart.Values("answered",
				Arrays.asList(new BigDecimal("100"), new BigDecimal("50"), null, new BigDecimal("0")))));

		LineChart.Series series = chart.series().get(0);
		assertThat(series.points()).extracting(LineChart.Point::label).containsExactly("01", "02", "04");
		assertThat(series.segments()).containsExactly("52,16 228,128", "580,240");
	}

	@Test
	void theYAxisRunsFromNoneToAll() {
		LineChart chart = LineChart.of(List.of("01"), List.of());

		assertThat(chart.yTicks()).extracting(LineChart.Tick::label)
			.containsExactly("0 %", "25 %", "50 %", "75 %", "100 %");
		assertThat(chart.yTicks()).extracting(LineChart.Tick::position).containsExactly(240, 184, 128, 72, 16);
	}

	@Test
	void manyMonthsAreLabelledEveryFewMonths() {
		List<String> months = List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
				"16", "17", "18", "19", "20", "21", "22", "23", "24");

		assertThat(LineChart.of(months, List.of()).xTicks()).extracting(LineChart.Tick::label)
			.containsExactly("1", "5", "9", "13", "17", "21");
	}

}
