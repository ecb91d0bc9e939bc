package vn.mttq.giamsat.supervision.organisation.importing;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;

import vn.mttq.giamsat.supervision.web.FieldProblem;

/**
 * Gathers the rows of a sheet into lines as they stream by: the first non-blank row is
 * the header and sets the width of every later row; a value outside the header's columns
 * and a formula are errors naming their cell.
 */
final class SheetLines implements SheetContentsHandler {

	private final List<FileLines.Line> lines = new ArrayList<>();

	private final ImportErrors errors;

	private List<String> header;

	private final List<String> cells = new ArrayList<>();

	private int row;

	SheetLines(ImportErrors errors) {
		this.errors = errors;
	}

	List<FileLines.Line> lines() {
		return this.lines;
	}

	@Override
	public void startRow(int rowNum) {
		this.row = rowNum + 1;
		this.cells.clear();
	}

	@Override
	public void cell(String reference, String value, XSSFComment comment) {
		int column = (reference != null) ? new CellReference(reference).getCol() : this.cells.size();
		if (value == null || value.isBlank()) {
			return;
		}
		if (this.header != null && column >= this.header.size()) {
			this.errors.add(this.row, FieldProblem.of("line[" + this.row + "]", "import.xlsx.cell-outside-header",
					"cell {0} is outside the header''s {1} columns", reference, String.valueOf(this.header.size())));
			return;
		}
		while (this.cells.size() <= column) {
			this.cells.add("");
		}
		this.cells.set(column, value);
	}

	@Override
	public void endRow(int rowNum) {
		if (this.cells.isEmpty()) {
			return;
		}
		if (this.lines.size() > FileLines.MAX_ROWS) {
			throw new TooManyRows();
		}
		if (this.header == null) {
			this.header = this.cells.stream().map(String::trim).toList();
		}
		while (this.cells.size() < this.header.size()) {
			this.cells.add("");
		}
		this.lines.add(new FileLines.Line(this.row, List.copyOf(this.cells)));
	}

	/**
	 * Refuses a formula cell: what it shows depends on other cells, and it may run once
	 * the data is exported again.
	 * @param reference the cell, e.g. {@code C5}
	 */
	void formula(String reference) {
		int column = (reference != null) ? new CellReference(reference).getCol() : -1;
		boolean named = this.header != null && column >= 0 && column < this.header.size();
		String field = "line[" + this.row + "]" + (named ? "." + this.header.get(column) : "");
		this.errors.add(this.row, FieldProblem.of(field, "import.xlsx.formula",
				"cell {0} holds a formula; paste its value instead (Paste Special, Values)", reference));
	}

	/**
	 * The sheet has more rows than an import takes; reading stops.
	 */
	static final class TooManyRows extends RuntimeException {

		TooManyRows() {
			super(null, null, false, false);
		}

	}

}
