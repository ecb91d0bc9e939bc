package vn.mttq.giamsat.recommendation.monitoring;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * The overview as one self-contained HTML page (no script, no external asset), labelled
 * in Vietnamese and English. Every character outside ASCII is written as a character
 * reference, so the page reads right whatever charset a client assumes.
 */
final class OverviewPage {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss dd/MM/yyyy")
		.withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

	private static final String STYLE = """
			body{font-family:system-ui,sans-serif;margin:1.5rem;color:#1b1b1b;max-width:64rem}
			h1{font-size:1.4rem;margin-bottom:.2rem}h2{font-size:1.1rem;margin-top:1.6rem}
			.en{color:#5a5a5a;font-weight:normal}.meta{color:#5a5a5a;font-size:.9rem}
			.cards{display:flex;flex-wrap:wrap;gap:.8rem}
			.card{border:1px solid #ccc;border-radius:6px;padding:.6rem .9rem;min-width:10rem}
			.card b{display:block;font-size:1.6rem}.warn b{color:#b00020}
			table{border-collapse:collapse;margin-top:.4rem}th,td{border:1px solid #ccc;padding:.3rem .6rem;text-align:left}
			td.n{text-align:right}th{background:#f3f3f3}
			""";

	private OverviewPage() {
	}

	static String render(Overview overview) {
		StringBuilder html = new StringBuilder();
		html.append("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\">")
			.append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">")
			.append("<title>")
			.append(text("Tổng quan theo dõi kiến nghị / Recommendation follow-up overview"))
			.append("</title><style>")
			.append(STYLE)
			.append("</style></head><body>");
		html.append("<h1>")
			.append(text("Tổng quan theo dõi kiến nghị"))
			.append(" <span class=\"en\">/ Recommendation follow-up</span></h1>");
		html.append("<p class=\"meta\">")
			.append(text("Lúc / At " + TIME.format(overview.generatedAt()) + " (giờ Việt Nam / Vietnam time)"))
			.append("</p>");
		html.append("<div class=\"cards\">");
		card(html, "Đang mở", "Open now", String.valueOf(overview.open()), false);
		card(html, "Quá hạn", "Overdue now", String.valueOf(overview.overdue()), overview.overdue() > 0);
		Overview.SinceStart since = overview.sinceStart();
		card(html, "Trả lời đúng hạn", "Answered on time", since.answeredOnTime() + " / " + since.answered()
				+ ((since.onTimePercent() != null) ? " (" + since.onTimePercent() + "%)" : ""), false);
		html.append("</div>");

		section(html, "Theo cấp và hình thức", "By level and form");
		html.append("<table><tr><th>")
			.append(text("Cấp / Level"))
			.append("</th><th>")
			.append(text("Hình thức / Form"))
			.append("</th><th>")
			.append(text("Đang mở / Open"))
			.append("</th><th>")
			.append(text("Quá hạn / Overdue"))
			.append("</th></tr>");
		if (overview.slices().isEmpty()) {
			html.append("<tr><td colspan=\"4\">").append(text("Không có / None")).append("</td></tr>");
		}
		for (Overview.SliceFigures slice : overview.slices()) {
			html.append("<tr><td>")
				.append(text(slice.level()))
				.append("</td><td>")
				.append(text(slice.form()))
				.append("</td><td class=\"n\">")
				.append(slice.open())
				.append("</td><td class=\"n\">")
				.append(slice.overdue())
				.append("</td></tr>");
		}
		html.append("</table>");

		section(html, "Từ khi khởi động", "Since this instance started");
		table(html,
				new String[][] { { "Kiến nghị được theo dõi", "Items tracked", num(since.tracked()) },
						{ "Đã trả lời (lần đầu)", "Answered (first answer)", num(since.answered()) },
						{ "Trả lời đúng hạn", "Answered on time", num(since.answeredOnTime()) },
						{ "Trả lời quá hạn", "Answered late", num(since.answeredLate()) },
						{ "Đã đóng", "Closed", num(since.closed().values().stream().mapToLong(Long::longValue).sum()) },
						{ "Đánh dấu quá hạn", "Marked overdue", num(since.overdueMarked()) },
						{ "Chuyển cấp trên", "Escalated", num(since.escalated()) } });
		if (!since.closed().isEmpty()) {
			html.append("<p>").append(text("Đóng theo kết quả / Closed by outcome: "));
			since.closed().forEach((outcome, count) -> html.append(text(outcome + " " + count + "; ")));
			html.append("</p>");
		}
		Overview.TimeToAnswer time = overview.timeToAnswer();
		section(html, "Thời gian trả lời", "Time to answer");
		if (time.answers() == 0) {
			html.append("<p>").append(text("Chưa có câu trả lời nào / No answer yet")).append("</p>");
		}
		else {
			table(html,
					new String[][] { { "Số câu trả lời", "Answers timed", num(time.answers()) },
							{ "Trung bình", "Mean", time.meanDays() + " " + text("ngày / days") },
							{ "Trung vị", "Median", bound(time.median()) },
							{ "Phân vị 90", "90th percentile", bound(time.p90()) } });
		}

		Overview.Pipeline pipeline = overview.pipeline();
		section(html, "Tình trạng luồng sự kiện", "Pipeline health");
		table(html,
				new String[][] {
						{ "Sự kiện chờ gửi (outbox)", "Outbox pending", optional(pipeline.outboxPending(), "") },
						{ "Sự kiện chờ lâu nhất", "Oldest pending event",
								optional(pipeline.outboxOldestAgeSeconds(), " s") },
						{ "Thư lỗi chưa xử lý", "Dead letters pending", optional(pipeline.deadLettersPending(), "") },
						{ "Sự kiện đã nhận", "Events consumed", consumed(pipeline.eventsConsumed()) } });
		html.append("<p class=\"meta\">")
			.append(text("JSON: Accept: application/json. Prometheus: /actuator/prometheus."))
			.append("</p></body></html>");
		return html.toString();
	}

	private static void card(StringBuilder html, String vi, String en, String value, boolean warn) {
		html.append("<div class=\"card")
			.append(warn ? " warn" : "")
			.append("\">")
			.append(text(vi))
			.append(" <span class=\"en\">/ ")
			.append(text(en))
			.append("</span><b>")
			.append(text(value))
			.append("</b></div>");
	}

	private static void section(StringBuilder html, String vi, String en) {
		html.append("<h2>").append(text(vi)).append(" <span class=\"en\">/ ").append(text(en)).append("</span></h2>");
	}

	private static void table(StringBuilder html, String[][] rows) {
		html.append("<table>");
		for (String[] row : rows) {
			html.append("<tr><th>")
				.append(text(row[0]))
				.append(" <span class=\"en\">/ ")
				.append(text(row[1]))
				.append("</span></th><td class=\"n\">")
				.append(row[2])
				.append("</td></tr>");
		}
		html.append("</table>");
	}

	private static String num(long value) {
		return String.valueOf(value);
	}

	private static String bound(Overview.Bound bound) {
		if (bound.atMostDays() != null) {
			return text("≤ " + bound.atMostDays() + " ngày / days");
		}
		return text("> " + bound.moreThanDays() + " ngày / days");
	}

	private static String optional(Double value, String unit) {
		if (value == null) {
			return text("không rõ / unknown");
		}
		return text(Math.round(value) + unit);
	}

	private static String consumed(Map<String, Long> byOutcome) {
		if (byOutcome.isEmpty()) {
			return "0";
		}
		StringBuilder text = new StringBuilder();
		byOutcome.forEach((outcome, count) -> text.append(outcome).append(' ').append(count).append("; "));
		return text(text.substring(0, text.length() - 2));
	}

	/**
	 * Escapes text for HTML, writing every character outside ASCII as a character
	 * reference.
	 */
	static String text(String value) {
		StringBuilder escaped = new StringBuilder(value.length());
		value.codePoints().forEach((c) -> {
			switch (c) {
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '&' -> escaped.append("&amp;");
				case '"' -> escaped.append("&quot;");
				case '\'' -> escaped.append("&#39;");
				default -> {
					if (c < 128) {
						escaped.append((char) c);
					}
					else {
						escaped.append("&#").append(c).append(';');
					}
				}
			}
		});
		return escaped.toString();
	}

}
