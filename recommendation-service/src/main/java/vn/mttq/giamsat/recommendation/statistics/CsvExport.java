package vn.mttq.giamsat.recommendation.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import vn.mttq.giamsat.support.text.SpreadsheetCells;

/**
 * Writes the agency statistics as CSV (RFC 4180): comma-separated, CRLF line ends, a
 * header row, fields quoted when they hold a comma, a semicolon (the separator Excel
 * expects in some locales), a quote or a line break; UTF-8 with a byte order mark so that
 * Excel shows Vietnamese; an empty cell for a hidden or missing figure. A text cell that
 * a spreadsheet would take for a formula is written as text ({@link SpreadsheetCells}).
 */
final class CsvExport {

	static final String BOM = "\uFEFF";

	private static final List<Column> COLUMNS = List.of(new Column("agencyId", AgencyFigures::agencyId),
			new Column("level", AgencyFigures::level), new Column("rank", AgencyFigures::rank),
			new Column("suppressed", AgencyFigures::suppressed), new Column("issued", AgencyFigures::issued),
			new Column("withdrawn", AgencyFigures::withdrawn), new Column("answered", AgencyFigures::answered),
			new Column("answeredOnTime", AgencyFigures::answeredOnTime),
			new Column("answeredLate", AgencyFigures::answeredLate),
			new Column("unansweredLate", AgencyFigures::unansweredLate),
			new Column("medianDaysToAnswer", AgencyFigures::medianDaysToAnswer),
			new Column("medianNote", AgencyFigures::medianNote), new Column("open", AgencyFigures::open),
			new Column("overdue", AgencyFigures::overdue), new Column("resolved", AgencyFigures::resolved),
			new Column("unresolved", AgencyFigures::unresolved), new Column("agreed", AgencyFigures::agreed),
			new Column("escalated", AgencyFigures::escalated), new Column("answerRate", AgencyFigures::answerRate),
			new Column("onTimeRate", AgencyFigures::onTimeRate),
			new Column("resolutionRate", AgencyFigures::resolutionRate));

	private CsvExport() {
	}

	/**
	 * The report as CSV text, byte order mark first: a header row, one line per row, and
	 * the total last, marked {@code TOTAL} in the first column.
	 * @param report the report
	 * @return the CSV text
	 */
	static String write(StatisticsReport report) {
		StringBuilder csv = new StringBuilder(BOM);
		List<String> header = new ArrayList<>(List.of("row"));
		COLUMNS.forEach((column) -> header.add(column.name()));
		line(csv, header);
		report.rows().forEach((row) -> line(csv, cells("AGENCY", row)));
		line(csv, cells("TOTAL", report.total()));
		return csv.toString();
	}

	private static List<String> cells(String kind, AgencyFigures row) {
		List<String> cells = new ArrayList<>(List.of(kind));
		for (Column column : COLUMNS) {
			Object value = column.value().apply(row);
			cells.add((value != null) ? value.toString() : "");
		}
		return cells;
	}

	private static void line(StringBuilder csv, List<String> cells) {
		for (int i = 0; i < cells.size(); i++) {
			csv.append((i > 0) ? "," : "").append(field(cells.get(i)));
		}
		csv.append("\r\n");
	}

	static String field(String value) {
		String text = SpreadsheetCells.text(value);
		if (text.contains(",") || text.contains(";") || text.contains("\"") || text.contains("\n")
				|| text.contains("\r")) {
			return "\"" + text.replace("\"", "\"\"") + "\"";
		}
		return text;
	}

	private record Column(String name, Function<AgencyFigures, Object> value) {
	}

}
