package vn.mttq.giamsat.supervision.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.mttq.giamsat.support.text.SpreadsheetCells;

/**
 * Writes a report as CSV (UTF-8 with a byte-order mark, so that Excel shows Vietnamese
 * right) and as an XLSX workbook.
 */
final class ReportExports {

	/** RFC 4180: commas, CRLF, a cell quoted when it needs to be. */
	private static final CSVFormat CSV = CSVFormat.RFC4180;

	private static final CSVFormat QUOTED = CSV.builder().setQuoteMode(QuoteMode.ALL).get();

	private ReportExports() {
	}

	static byte[] csv(WorkReport report) {
		StringBuilder csv = new StringBuilder("\uFEFF").append(line(ReportRows.HEADER));
		for (ReportRows.Row row : ReportRows.of(report)) {
			csv.append(line(List.of(row.section(), row.indicator(), String.valueOf(row.value()))));
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	static byte[] xlsx(WorkReport report) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Báo cáo");
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			Row header = sheet.createRow(0);
			for (int i = 0; i < ReportRows.HEADER.size(); i++) {
				header.createCell(i).setCellValue(ReportRows.HEADER.get(i));
				header.getCell(i).setCellStyle(bold);
			}
			List<ReportRows.Row> rows = ReportRows.of(report);
			for (int i = 0; i < rows.size(); i++) {
				ReportRows.Row row = rows.get(i);
				Row cells = sheet.createRow(i + 1);
				cells.createCell(0).setCellValue(SpreadsheetCells.text(row.section()));
				cells.createCell(1).setCellValue(SpreadsheetCells.text(row.indicator()));
				if (row.value() instanceof Number number) {
					cells.createCell(2).setCellValue(number.doubleValue());
				}
				else {
					cells.createCell(2).setCellValue(SpreadsheetCells.text(String.valueOf(row.value())));
				}
			}
			sheet.setColumnWidth(0, 45 * 256);
			sheet.setColumnWidth(1, 40 * 256);
			sheet.setColumnWidth(2, 60 * 256);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the report workbook", ex);
		}
	}

	/**
	 * One record with its line break; a cell holding a semicolon is quoted too, since
	 * Excel splits on it in the locales whose list separator it is.
	 */
	static String line(List<String> cells) {
		StringBuilder line = new StringBuilder();
		try {
			for (int i = 0; i < cells.size(); i++) {
				String cell = SpreadsheetCells.text(cells.get(i));
				(cell.contains(";") ? QUOTED : CSV).print(cell, line, i == 0);
			}
			CSV.println(line);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("A StringBuilder does not fail", ex);
		}
		return line.toString();
	}

}
