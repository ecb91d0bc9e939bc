package vn.mttq.giamsat.supervision.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

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

	private ReportExports() {
	}

	static byte[] csv(WorkReport report) {
		StringBuilder csv = new StringBuilder("\uFEFF");
		line(csv, ReportRows.HEADER);
		for (ReportRows.Row row : ReportRows.of(report)) {
			line(csv, List.of(row.section(), row.indicator(), String.valueOf(row.value())));
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

	private static void line(StringBuilder csv, List<String> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				csv.append(',');
			}
			csv.append(quote(cells.get(i)));
		}
		csv.append("\r\n");
	}

	private static String quote(String cell) {
		String safe = SpreadsheetCells.text(cell);
		if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
			return "\"" + safe.replace("\"", "\"\"") + "\"";
		}
		return safe;
	}

}
