package vn.mttq.giamsat.recommendation.statistics.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;

import vn.mttq.giamsat.recommendation.statistics.AgencyFigures;
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

	/** RFC 4180: commas, CRLF, a field quoted when it needs to be. */
	private static final CSVFormat CSV = CSVFormat.RFC4180;

	private static final CSVFormat QUOTED = CSV.builder().setQuoteMode(QuoteMode.ALL).get();

	private static final List<Column> COLUMNS = List.of(new Column("agencyId", AgencyFigures::agencyId),
			new Column("level", AgencyFigures::level), new Column("rank", AgencyFigures::rank),
			new Column("suppressed", AgencyFigures::suppressed), new Column("issued", AgencyFigures::issued),
			new Column("withdrawn", AgencyFigures::withdrawn), new Column("inForce", AgencyFigures::inForce),
			new Column("answered", AgencyFigures::answered),
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
		List<String> header = new ArrayList<>(List.of("row"));
		COLUMNS.forEach((column) -> header.add(column.name()));
		StringBuilder csv = new StringBuilder(BOM).append(line(header));
		report.rows().forEach((row) -> csv.append(line(cells("AGENCY", row))));
		return csv.append(line(cells("TOTAL", report.total()))).toString();
	}

	private static List<String> cells(String kind, AgencyFigures row) {
		List<String> cells = new ArrayList<>(List.of(kind));
		for (Column column : COLUMNS) {
			Object value = column.value().apply(row);
			cells.add((value != null) ? value.toString() : "");
		}
		return cells;
	}

	/**
	 * One record with its line break, a cell holding a semicolon quoted too.
	 * @param cells the record's cells
	 * @return the record
	 */
	static String line(List<String> cells) {
		StringBuilder line = new StringBuilder();
		try {
			for (int i = 0; i < cells.size(); i++) {
				String text = SpreadsheetCells.text(cells.get(i));
				(text.contains(";") ? QUOTED : CSV).print(text, line, i == 0);
			}
			CSV.println(line);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("A StringBuilder does not fail", ex);
		}
		return line.toString();
	}

	private record Column(String name, Function<AgencyFigures, Object> value) {
	}

}
