package vn.mttq.giamsat.support.text;

import java.util.regex.Pattern;

/**
 * The one rule every CSV and XLSX export follows for text cells: a cell a spreadsheet
 * would run as a formula is written as text, with an apostrophe in front. A spreadsheet
 * takes a formula from a cell whose first character, after any spaces, tabs or line
 * breaks, is {@code = + - @} (or their full-width forms); a cell that starts with a tab
 * or a line break is treated the same way. A plain number ({@code -12}, {@code -0.5})
 * stays a number.
 */
public final class SpreadsheetCells {

	private static final String FORMULA_STARTS = "=+-@\uFF1D\uFF0B\uFF0D\uFF20";

	private static final Pattern NUMBER = Pattern.compile("-?[0-9]+([.,][0-9]+)?");

	private SpreadsheetCells() {
	}

	/**
	 * Returns a cell's text as it may be written to a spreadsheet.
	 * @param text the cell's text, or {@code null}
	 * @return the text, prefixed with an apostrophe when a spreadsheet would run it; an
	 * empty text for {@code null}
	 */
	public static String text(String text) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		return isFormulaLike(text) ? "'" + text : text;
	}

	/**
	 * Whether a spreadsheet would take a cell's text for a formula.
	 * @param text the text
	 * @return {@code true} when it must be neutralised
	 */
	public static boolean isFormulaLike(String text) {
		char first = text.charAt(0);
		if (first == '\t' || first == '\r' || first == '\n') {
			return true;
		}
		int start = 0;
		while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
			start++;
		}
		return start < text.length() && FORMULA_STARTS.indexOf(text.charAt(start)) >= 0
				&& !NUMBER.matcher(text).matches();
	}

}
