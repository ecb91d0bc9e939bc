package vn.mttq.giamsat.supervision.organisation.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import vn.mttq.giamsat.supervision.web.FieldProblem;

/**
 * Reads the first sheet of an XLSX workbook as the lines of an import file, streaming, so
 * that memory follows the rows kept and not the workbook's size: the first row is the
 * header, every cell is read as the text the sheet shows (a date as yyyy-MM-dd), and a
 * formula cell is refused naming its row and column, since what it shows depends on other
 * cells.
 */
final class XlsxLines {

	/**
	 * The largest part of a workbook read, unpacked; a sheet of the largest file fits.
	 */
	static final long MAX_PART_BYTES = 50L * 1024 * 1024;

	static {
		// A ZIP bomb expands a small body into gigabytes: refuse a part that grows more
		// than a hundred times, or beyond the cap.
		ZipSecureFile.setMinInflateRatio(0.01);
		ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
	}

	private XlsxLines() {
	}

	static List<FileLines.Line> read(byte[] file, ImportErrors errors) {
		SheetLines sheet = new SheetLines(errors);
		try (OPCPackage workbook = OPCPackage.open(new ByteArrayInputStream(file))) {
			XSSFReader reader = new XSSFReader(workbook);
			Iterator<InputStream> sheets = reader.getSheetsData();
			if (!sheets.hasNext()) {
				errors.add(0, FieldProblem.of(null, "import.xlsx.no-sheet", "the workbook has no sheet"));
				return List.of();
			}
			try (InputStream first = sheets.next()) {
				XMLReader xml = XMLHelper.newXMLReader();
				xml.setContentHandler(
						new FormulaRefusing(reader.getStylesTable(), new ReadOnlySharedStringsTable(workbook), sheet));
				xml.parse(new InputSource(first));
			}
		}
		catch (SheetLines.TooManyRows ex) {
			FileLines.tooManyRows(errors);
		}
		// POI tells a damaged, encrypted or oversized file by unchecked exceptions too.
		catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException ex) {
			errors.add(0,
					FieldProblem.of(null, "import.xlsx.unreadable",
							"the workbook cannot be read (damaged, password-protected, or unpacking beyond {0} MB): "
									+ "save it again as Excel Workbook (.xlsx) or as CSV UTF-8",
							String.valueOf(MAX_PART_BYTES / 1024 / 1024)));
			return List.of();
		}
		return sheet.lines();
	}

	/**
	 * The sheet's handler, telling each formula it meets before the cell's value.
	 */
	private static final class FormulaRefusing extends XSSFSheetXMLHandler {

		private final SheetLines sheet;

		private String cell;

		FormulaRefusing(StylesTable styles, ReadOnlySharedStringsTable strings, SheetLines sheet) {
			super(styles, strings, sheet, new IsoDates(), false);
			this.sheet = sheet;
		}

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes)
				throws SAXException {
			if (XSSFRelation.NS_SPREADSHEETML.equals(uri) && "c".equals(localName)) {
				this.cell = attributes.getValue("r");
			}
			else if (XSSFRelation.NS_SPREADSHEETML.equals(uri) && "f".equals(localName)) {
				this.sheet.formula(this.cell);
			}
			super.startElement(uri, localName, qName, attributes);
		}

	}

	/**
	 * Shows numbers as the sheet does, but a date as yyyy-MM-dd, the import's format.
	 */
	private static final class IsoDates extends DataFormatter {

		IsoDates() {
			super(Locale.ROOT);
		}

		@Override
		public String formatRawCellContents(double value, int formatIndex, String formatString) {
			if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
				return DateUtil.getLocalDateTime(value).toLocalDate().toString();
			}
			return super.formatRawCellContents(value, formatIndex, formatString);
		}

	}

}
