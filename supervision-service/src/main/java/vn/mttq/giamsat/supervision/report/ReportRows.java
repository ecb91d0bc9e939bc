package vn.mttq.giamsat.supervision.report;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A report as labelled rows (section, indicator, value), the one shape the CSV and XLSX
 * exports share, with Vietnamese labels.
 */
final class ReportRows {

	static final List<String> HEADER = List.of("Mục", "Chỉ tiêu", "Giá trị");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final Map<String, String> LABELS = Map.ofEntries(Map.entry("SUPERVISION", "Giám sát"),
			Map.entry("SOCIAL_CRITICISM", "Phản biện xã hội"),
			Map.entry("OPINION_CONTRIBUTION", "Góp ý xây dựng Đảng, chính quyền"),
			Map.entry("DIALOGUE_CONFERENCE", "Hội nghị đối thoại"), Map.entry("CENTRAL", "Cấp trung ương"),
			Map.entry("PROVINCE", "Cấp tỉnh"), Map.entry("DISTRICT", "Cấp huyện"), Map.entry("COMMUNE", "Cấp xã"),
			Map.entry("DOCUMENT_REVIEW", "Nghiên cứu, xem xét văn bản"), Map.entry("DELEGATION", "Đoàn giám sát"),
			Map.entry("PEOPLES_INSPECTION_BOARD", "Qua Ban Thanh tra nhân dân"),
			Map.entry("COMMUNITY_INVESTMENT_BOARD", "Qua Ban Giám sát đầu tư của cộng đồng"),
			Map.entry("JOINT_SUPERVISION", "Tham gia giám sát"), Map.entry("REMEDY_VIOLATION", "Khắc phục vi phạm"),
			Map.entry("AMEND_POLICY", "Sửa đổi chính sách"),
			Map.entry("CONSIDER_RESPONSIBILITY", "Xem xét trách nhiệm"), Map.entry("OTHER", "Khác"),
			Map.entry("RECOMMENDATION", "Văn bản kiến nghị"), Map.entry("OPINION", "Văn bản góp ý"));

	private ReportRows() {
	}

	/**
	 * One row.
	 *
	 * @param section the part of the report
	 * @param indicator what is counted
	 * @param value the figure or text
	 */
	record Row(String section, String indicator, Object value) {
	}

	static List<Row> of(WorkReport report) {
		List<Row> rows = new ArrayList<>();
		rows.add(new Row("Đơn vị", report.bodyName(), report.bodyId()));
		rows.add(new Row("Kỳ báo cáo", "Từ ngày", DATE.format(report.from())));
		rows.add(new Row("Kỳ báo cáo", "Đến ngày", DATE.format(report.to())));
		rows.add(new Row("Phạm vi", "Gồm các đơn vị trực thuộc", report.includesBodiesBelow() ? "Có" : "Không"));
		rows.add(new Row("Phạm vi", "Số đơn vị được tính", report.bodiesCounted()));
		rows.add(new Row("Mô hình tổ chức", "Số liệu theo cấp", report.structure().label()));
		WorkReport.Activities activities = report.activities();
		rows.add(new Row("Hoạt động", "Tổng số", activities.total()));
		add(rows, "Hoạt động theo loại", activities.byKind());
		add(rows, "Hoạt động theo cấp", activities.byLevel());
		add(rows, "Hoạt động theo hình thức", activities.byForm());
		add(rows, "Giám sát theo cấp", activities.supervisionsByLevel());
		add(rows, "Giám sát theo hình thức", activities.supervisionsByForm());
		add(rows, "Phản biện xã hội theo cấp", activities.socialCriticismsByLevel());
		rows.add(new Row("Hội nghị đối thoại", "Đã tổ chức", activities.dialoguesHeld()));
		add(rows, "Hội nghị đối thoại theo cấp", activities.dialoguesByLevel());
		rows.add(new Row("Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng", "Số cuộc giám sát",
				activities.throughBoards()));
		WorkReport.Recommendations recommendations = report.recommendations();
		rows.add(new Row("Kiến nghị", "Đã ban hành", recommendations.issued()));
		rows.add(new Row("Kiến nghị", "Đã rút", recommendations.withdrawn()));
		rows.add(new Row("Kiến nghị", "Còn hiệu lực", recommendations.inForce()));
		rows.add(new Row("Kiến nghị", "Đã được trả lời", recommendations.answered()));
		rows.add(new Row("Kiến nghị", "Tỷ lệ đã trả lời (%)", recommendations.answeredRate()));
		rows.add(new Row("Kiến nghị", "Đã được giải quyết", recommendations.resolved()));
		rows.add(new Row("Kiến nghị", "Tỷ lệ đã giải quyết (%)", recommendations.resolvedRate()));
		rows.add(new Row("Kiến nghị", "Quá hạn chưa trả lời", recommendations.overdue()));
		rows.add(new Row("Kiến nghị", "Tỷ lệ quá hạn (%)", recommendations.overdueRate()));
		rows.add(new Row("Kiến nghị", "Đang chờ trả lời", recommendations.awaiting()));
		add(rows, "Kiến nghị theo loại", recommendations.byType());
		add(rows, "Kiến nghị theo loại văn bản", recommendations.byLetterKind());
		rows.add(new Row("Tóm tắt", "Báo cáo", report.text()));
		return rows;
	}

	private static void add(List<Row> rows, String section, Map<String, Integer> counts) {
		counts.forEach((key, count) -> rows.add(new Row(section, LABELS.getOrDefault(key, key), count)));
	}

}
