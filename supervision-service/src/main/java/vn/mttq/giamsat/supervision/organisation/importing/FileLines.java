package vn.mttq.giamsat.supervision.organisation.importing;

import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.List;

import vn.mttq.giamsat.supervision.web.FieldProblem;

/**
 * Reads an import file into lines of cells, CSV or XLSX alike. The file's first bytes
 * tell which it is, not its name: an XLSX workbook is a ZIP archive, anything else is
 * read as CSV text.
 */
final class FileLines {

	/** How many rows a file may have besides its header, CSV or XLSX alike. */
	static final int MAX_ROWS = 100_000;

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 };

	private FileLines() {
	}

	/**
	 * One record of a file and where it starts: the line of a CSV file, the row of a
	 * sheet, counting the header as 1.
	 */
	record Line(int number, List<String> fields) {
	}

	/**
	 * Reads a file; what cannot be read is added to the errors, and a file with such
	 * errors is not to be imported.
	 * @param file the file's bytes
	 * @param charset the charset of a CSV file
	 * @param errors the file's errors
	 * @return the lines read, the header first, blank lines left out
	 */
	static List<Line> read(byte[] file, Charset charset, ImportErrors errors) {
		if (startsWith(file, ZIP)) {
			return XlsxLines.read(file, errors);
		}
		if (startsWith(file, OLE2)) {
			errors.add(0,
					FieldProblem.of(null, "import.file.old-workbook",
							"the file is an Excel 97-2003 (.xls) or password-protected workbook: "
									+ "save it as Excel Workbook (.xlsx) without a password, or as CSV UTF-8"));
			return List.of();
		}
		return CsvLines.read(file, charset, errors);
	}

	static void tooManyRows(ImportErrors errors) {
		errors.add(0,
				FieldProblem.of(null, "import.file.too-many-rows",
						"the file has more than {0} rows besides the header; split it into files of at most {0} rows",
						String.valueOf(MAX_ROWS)));
	}

	private static boolean startsWith(byte[] file, byte[] magic) {
		return file.length >= magic.length && Arrays.equals(file, 0, magic.length, magic, 0, magic.length);
	}

}
