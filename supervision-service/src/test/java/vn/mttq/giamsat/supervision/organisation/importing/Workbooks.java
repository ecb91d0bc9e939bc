package vn.mttq.giamsat.supervision.organisation.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds XLSX workbooks as a spreadsheet saves them: the rows of a simple CSV text (no
 * quotes) on the first sheet, a date as a date cell, {@code =...} as a formula, and a
 * second sheet that the import must not read.
 */
final class Workbooks {

	private Workbooks() {
	}

	static byte[] of(String csv) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
			Sheet sheet = workbook.createSheet("Danh bạ");
			String[] lines = csv.split("\n");
			for (int i = 0; i < lines.length; i++) {
				Row row = sheet.createRow(i);
				String[] cells = lines[i].split(",", -1);
				for (int j = 0; j < cells.length; j++) {
					write(row.createCell(j), cells[j], date);
				}
			}
			workbook.createSheet("Ghi chú").createRow(0).createCell(0).setCellValue("not read");
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void write(Cell cell, String text, CellStyle date) {
		if (text.startsWith("=")) {
			cell.setCellFormula(text.substring(1));
		}
		else if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
			cell.setCellValue(LocalDate.parse(text));
			cell.setCellStyle(date);
		}
		else if (!text.isEmpty()) {
			cell.setCellValue(text);
		}
	}

}
