package vn.mttq.giamsat.recommendation.monitoring;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The overview as one self-contained HTML page (no script, no external asset), labelled
 * in Vietnamese and English, from the Thymeleaf template
 * {@code monitoring/overview.html}. Every character outside ASCII is then written as a
 * character reference, so the page reads right whatever charset a client assumes.
 */
final class OverviewPage {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss dd/MM/yyyy")
		.withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

	private static final TemplateEngine TEMPLATES = templates();

	private OverviewPage() {
	}

	static String render(Overview overview) {
		Overview.SinceStart since = overview.sinceStart();
		Context context = new Context();
		context.setVariable("at", TIME.format(overview.generatedAt()));
		context.setVariable("cards",
				List.of(new Card("Đang mở", "Open now", String.valueOf(overview.open()), false),
						new Card("Quá hạn", "Overdue now", String.valueOf(overview.overdue()), overview.overdue() > 0),
						new Card("Trả lời đúng hạn", "Answered on time",
								since.answeredOnTime() + " / " + since.answered()
										+ ((since.onTimePercent() != null) ? " (" + since.onTimePercent() + "%)" : ""),
								false)));
		context.setVariable("slices", overview.slices());
		context.setVariable("sections",
				List.of(sinceStart(since), timeToAnswer(overview.timeToAnswer()), pipeline(overview.pipeline())));
		return ascii(TEMPLATES.process("overview", context));
	}

	private static Section sinceStart(Overview.SinceStart since) {
		long closed = since.closed().values().stream().mapToLong(Long::longValue).sum();
		String byOutcome = since.closed().isEmpty() ? null
				: "Đóng theo kết quả / Closed by outcome: " + outcomes(since.closed()) + ";";
		return new Section("Từ khi khởi động", "Since this instance started", byOutcome,
				List.of(new Row("Kiến nghị được theo dõi", "Items tracked", since.tracked()),
						new Row("Đã trả lời (lần đầu)", "Answered (first answer)", since.answered()),
						new Row("Trả lời đúng hạn", "Answered on time", since.answeredOnTime()),
						new Row("Trả lời quá hạn", "Answered late", since.answeredLate()),
						new Row("Đã đóng", "Closed", closed),
						new Row("Đánh dấu quá hạn", "Marked overdue", since.overdueMarked()),
						new Row("Chuyển cấp trên", "Escalated", since.escalated())));
	}

	private static Section timeToAnswer(Overview.TimeToAnswer time) {
		if (time.answers() == 0) {
			return new Section("Thời gian trả lời", "Time to answer", "Chưa có câu trả lời nào / No answer yet",
					List.of());
		}
		return new Section("Thời gian trả lời", "Time to answer", null,
				List.of(new Row("Số câu trả lời", "Answers timed", time.answers()),
						new Row("Trung bình", "Mean", time.meanDays() + " ngày / days"),
						new Row("Trung vị", "Median", bound(time.median())),
						new Row("Phân vị 90", "90th percentile", bound(time.p90()))));
	}

	private static Section pipeline(Overview.Pipeline pipeline) {
		return new Section("Tình trạng luồng sự kiện", "Pipeline health", null, List.of(
				new Row("Sự kiện chờ gửi (outbox)", "Outbox pending", optional(pipeline.outboxPending(), "")),
				new Row("Sự kiện chờ lâu nhất", "Oldest pending event",
						optional(pipeline.outboxOldestAgeSeconds(), " s")),
				new Row("Thư lỗi chưa xử lý", "Dead letters pending", optional(pipeline.deadLettersPending(), "")),
				new Row("Sự kiện đã nhận", "Events consumed",
						pipeline.eventsConsumed().isEmpty() ? "0" : outcomes(pipeline.eventsConsumed()))));
	}

	private static String outcomes(Map<String, Long> counts) {
		return counts.entrySet()
			.stream()
			.map((count) -> count.getKey() + " " + count.getValue())
			.collect(Collectors.joining("; "));
	}

	private static String bound(Overview.Bound bound) {
		return (bound.atMostDays() != null) ? "≤ " + bound.atMostDays() + " ngày / days"
				: "> " + bound.moreThanDays() + " ngày / days";
	}

	private static String optional(Double value, String unit) {
		return (value != null) ? Math.round(value) + unit : "không rõ / unknown";
	}

	/**
	 * Writes every character outside ASCII as a character reference; the template has
	 * escaped the markup already.
	 */
	static String ascii(String html) {
		StringBuilder escaped = new StringBuilder(html.length() + html.length() / 8);
		html.codePoints().forEach((c) -> {
			if (c < 128) {
				escaped.append((char) c);
			}
			else {
				escaped.append("&#").append(c).append(';');
			}
		});
		return escaped.toString();
	}

	private static TemplateEngine templates() {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(OverviewPage.class.getClassLoader());
		resolver.setPrefix("monitoring/");
		resolver.setSuffix(".html");
		resolver.setTemplateMode(TemplateMode.HTML);
		resolver.setCharacterEncoding("UTF-8");
		TemplateEngine engine = new TemplateEngine();
		engine.setTemplateResolver(resolver);
		return engine;
	}

	/** A figure shown large. */
	record Card(String vi, String en, String value, boolean warn) {
	}

	/** A titled table of figures, with a line of text above it. */
	record Section(String vi, String en, String note, List<Row> rows) {
	}

	/** One labelled figure. */
	record Row(String vi, String en, String value) {

		Row(String vi, String en, long value) {
			this(vi, en, String.valueOf(value));
		}

	}

}
