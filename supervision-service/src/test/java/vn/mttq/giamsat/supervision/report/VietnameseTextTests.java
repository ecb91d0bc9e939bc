package vn.mttq.giamsat.supervision.report;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The paragraph of the work report, checked against the seed article's own figures.
 */
class VietnameseTextTests {

	@Test
	void writesTheSeedArticlesFiguresAsTheArticleDoes() {
		WorkReport report = report(LocalDate.of(2015, 1, 1), LocalDate.of(2020, 6, 30), levels(15, 49, 299),
				new WorkReport.Recommendations(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, Map.of(), Map.of()));

		assertThat(VietnameseText.of(report)).startsWith("Từ ngày 01/01/2015 đến ngày 30/06/2020, Ủy ban Mặt trận "
				+ "Tổ quốc Việt Nam tỉnh Điện Biên và các đơn vị trực thuộc đã giám sát 363 cuộc (cấp tỉnh 15 cuộc, "
				+ "cấp huyện 49 cuộc, cấp xã 299 cuộc).")
			.endsWith("mô hình 3 cấp (tỉnh, huyện, xã), trước 1/7/2025.")
			.doesNotContain("kiến nghị");
	}

	@Test
	void writesNumbersAndRatesTheVietnameseWay() {
		assertThat(VietnameseText.number(1441)).isEqualTo("1.441");
		assertThat(VietnameseText.percent(73.3)).isEqualTo("73,3%");
		assertThat(WorkReports.rate(1050, 1074)).isEqualTo(97.8);
		assertThat(WorkReports.rate(0, 0)).isEqualTo(0.0);
	}

	@Test
	void saysInWordsThatNoRecommendationWasAnsweredYet() {
		WorkReport report = report(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), levels(1, 0, 0),
				new WorkReport.Recommendations(6, 0, 6, 0, 0, 0, 6, 0, 0, 0, Map.of(), Map.of()));

		assertThat(VietnameseText.of(report))
			.contains("Qua đó đã ban hành 6 kiến nghị; đến nay chưa có kiến nghị nào được trả lời.")
			.endsWith("mô hình 2 cấp (tỉnh, xã), từ 1/7/2025.");
	}

	@Test
	void saysSoWhenNothingWasDone() {
		WorkReport report = report(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), levels(0, 0, 0),
				new WorkReport.Recommendations(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, Map.of(), Map.of()));

		assertThat(VietnameseText.of(report)).contains("chưa tổ chức hoạt động giám sát, phản biện xã hội");
	}

	private static Map<String, Integer> levels(int province, int district, int commune) {
		Map<String, Integer> levels = new LinkedHashMap<>();
		levels.put("PROVINCE", province);
		levels.put("DISTRICT", district);
		levels.put("COMMUNE", commune);
		return levels;
	}

	private static WorkReport report(LocalDate from, LocalDate to, Map<String, Integer> supervisions,
			WorkReport.Recommendations recommendations) {
		int total = supervisions.values().stream().mapToInt(Integer::intValue).sum();
		WorkReport.Activities activities = new WorkReport.Activities(total, Map.of("SUPERVISION", total), supervisions,
				Map.of(), supervisions, Map.of(), Map.of(), Map.of(), 0, 0);
		return new WorkReport("ubmttq-tinh-dien-bien", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Điện Biên", from, to,
				true, 20, Structure.of(from, to), activities, recommendations, null);
	}

}
