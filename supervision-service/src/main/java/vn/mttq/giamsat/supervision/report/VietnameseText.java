package vn.mttq.giamsat.supervision.report;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a report's figures as the short Vietnamese paragraph a Front committee
 * publishes, in the style of its reports ("... giám sát 363 cuộc (cấp tỉnh 15 cuộc, cấp
 * huyện 49 cuộc, cấp xã 299 cuộc)"). Nothing is said that the figures do not hold; a kind
 * with no activity is left out.
 */
final class VietnameseText {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final Map<String, String> LEVELS = Map.of("CENTRAL", "cấp trung ương", "PROVINCE", "cấp tỉnh",
			"DISTRICT", "cấp huyện", "COMMUNE", "cấp xã");

	private static final Map<String, String> FORMS = Map.of("DOCUMENT_REVIEW", "nghiên cứu, xem xét văn bản",
			"DELEGATION", "thành lập đoàn giám sát", "PEOPLES_INSPECTION_BOARD", "thông qua Ban Thanh tra nhân dân",
			"COMMUNITY_INVESTMENT_BOARD", "thông qua Ban Giám sát đầu tư của cộng đồng", "JOINT_SUPERVISION",
			"tham gia giám sát với cơ quan có thẩm quyền");

	private VietnameseText() {
	}

	static String of(WorkReport report) {
		WorkReport.Activities activities = report.activities();
		WorkReport.Recommendations recommendations = report.recommendations();
		StringBuilder text = new StringBuilder();
		text.append("Từ ngày ")
			.append(DATE.format(report.from()))
			.append(" đến ngày ")
			.append(DATE.format(report.to()))
			.append(", ")
			.append(report.bodyName())
			.append(report.includesBodiesBelow() && report.bodiesCounted() > 1 ? " và các đơn vị trực thuộc" : "");
		List<String> done = new ArrayList<>();
		addKind(done, "giám sát", activities.supervisionsByLevel());
		addKind(done, "phản biện xã hội", activities.socialCriticismsByLevel());
		int opinions = activities.byKind().getOrDefault("OPINION_CONTRIBUTION", 0);
		if (opinions > 0) {
			done.add("góp ý xây dựng Đảng, xây dựng chính quyền " + number(opinions) + " cuộc");
		}
		if (activities.dialoguesHeld() > 0) {
			done.add("tổ chức " + number(activities.dialoguesHeld()) + " hội nghị đối thoại"
					+ byLevel(activities.dialoguesByLevel(), "hội nghị"));
		}
		if (done.isEmpty()) {
			text.append(" chưa tổ chức hoạt động giám sát, phản biện xã hội, góp ý hay đối thoại nào.");
		}
		else {
			text.append(" đã ").append(String.join("; ", done)).append('.');
		}
		String forms = forms(activities.supervisionsByForm());
		if (!forms.isEmpty()) {
			text.append(" Về hình thức giám sát: ").append(forms).append('.');
		}
		if (recommendations.issued() > 0) {
			List<String> outcomes = new ArrayList<>();
			outcomes.add(
					(recommendations.answered() > 0)
							? number(recommendations.answered()) + " kiến nghị đã được trả lời ("
									+ percent(recommendations.answeredRate()) + ")"
							: "chưa có kiến nghị nào được trả lời");
			if (recommendations.resolved() > 0) {
				outcomes.add(number(recommendations.resolved()) + " kiến nghị đã được giải quyết ("
						+ percent(recommendations.resolvedRate()) + ")");
			}
			if (recommendations.overdue() > 0) {
				outcomes.add(number(recommendations.overdue()) + " kiến nghị quá hạn chưa trả lời ("
						+ percent(recommendations.overdueRate()) + ")");
			}
			text.append(" Qua đó đã ban hành ")
				.append(number(recommendations.issued()))
				.append(" kiến nghị")
				.append((recommendations.withdrawn() > 0) ? " (đã rút " + number(recommendations.withdrawn())
						+ ", còn hiệu lực " + number(recommendations.inForce()) + ")" : "")
				.append("; đến nay ")
				.append(String.join(", ", outcomes))
				.append('.');
		}
		text.append(" Số liệu theo cấp tính theo mô hình ").append(report.structure().label()).append('.');
		return text.toString();
	}

	private static void addKind(List<String> done, String name, Map<String, Integer> byLevel) {
		int total = byLevel.values().stream().mapToInt(Integer::intValue).sum();
		if (total > 0) {
			done.add(name + " " + number(total) + " cuộc" + byLevel(byLevel, "cuộc"));
		}
	}

	private static String byLevel(Map<String, Integer> byLevel, String unit) {
		List<String> parts = new ArrayList<>();
		byLevel.forEach((level, count) -> {
			if (count > 0) {
				parts.add(LEVELS.getOrDefault(level, level) + " " + number(count) + " " + unit);
			}
		});
		return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
	}

	private static String forms(Map<String, Integer> byForm) {
		List<String> parts = new ArrayList<>();
		byForm.forEach((form, count) -> {
			if (count > 0) {
				parts.add(FORMS.getOrDefault(form, form) + " " + number(count) + " cuộc");
			}
		});
		return String.join(", ", parts);
	}

	/** 1.441 as Vietnamese writes it. */
	static String number(long value) {
		return new DecimalFormat("#,##0", symbols()).format(value);
	}

	/** 73,3% as Vietnamese writes it. */
	static String percent(double value) {
		return new DecimalFormat("0.0", symbols()).format(value) + "%";
	}

	private static DecimalFormatSymbols symbols() {
		DecimalFormatSymbols symbols = new DecimalFormatSymbols();
		symbols.setGroupingSeparator('.');
		symbols.setDecimalSeparator(',');
		return symbols;
	}

}
