package vn.mttq.giamsat.supervision.organisation.importing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;

import vn.mttq.giamsat.supervision.web.FieldProblem;
import vn.mttq.giamsat.support.domain.InvalidField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The XLSX reader of the directory import.
 */
class XlsxTests {

	static final String UNITS = """
			id,name,level,parentId,validFrom,validTo,successorIds
			xa-a,Xã A,COMMUNE,tinh-dien-bien,2025-07-01,,
			xa-b,Xã B,COMMUNE,tinh-dien-bien,2010-01-01,2025-06-30,xa-a;xa-c
			""";

	@Test
	void readsTheFirstSheetAsTheSameLinesAsTheCsvFileWithDatesAsIsoDates() {
		ImportErrors errors = new ImportErrors();
		List<FileLines.Line> lines = FileLines.read(Workbooks.of(UNITS), StandardCharsets.UTF_8, errors);

		assertThat(errors.listed()).isEmpty();
		assertThat(lines).isEqualTo(
				FileLines.read(UNITS.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, new ImportErrors()));
	}

	@Test
	void refusesAFormulaCellNamingItsRowAndColumn() {
		String withFormula = UNITS.replace("Xã B", "=\"Xã \"&\"B\"");

		assertThat(errors(Workbooks.of(withFormula))).containsExactly(new InvalidField("line[3].name",
				"cell B3 holds a formula; paste its value instead (Paste Special, Values)"));
	}

	@Test
	void refusesAWorkbookWithAPartThatUnpacksToOverAHundredTimesItsSize() throws IOException {
		ByteArrayOutputStream bomb = new ByteArrayOutputStream();
		try (ZipInputStream workbook = new ZipInputStream(new ByteArrayInputStream(Workbooks.of(UNITS)));
				ZipOutputStream zip = new ZipOutputStream(bomb)) {
			for (ZipEntry entry = workbook.getNextEntry(); entry != null; entry = workbook.getNextEntry()) {
				zip.putNextEntry(new ZipEntry(entry.getName()));
				workbook.transferTo(zip);
			}
			zip.putNextEntry(new ZipEntry("xl/media/zeros.bin"));
			zip.write(new byte[20 * 1024 * 1024]);
		}
		assertThat(errors(Workbooks.of(UNITS))).isEmpty();

		assertThat(errors(bomb.toByteArray())).extracting(InvalidField::message)
			.singleElement()
			.asString()
			.startsWith("the workbook cannot be read");
	}

	@Test
	void refusesASheetOfMoreRowsThanTheLimit() throws IOException {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			var sheet = workbook.createSheet();
			for (int i = 0; i <= FileLines.MAX_ROWS + 1; i++) {
				sheet.createRow(i).createCell(0).setCellValue("xa-" + i);
			}
			workbook.write(out);

			assertThat(errors(out.toByteArray())).extracting(InvalidField::message)
				.singleElement()
				.asString()
				.startsWith("the file has more than 100000 rows");
		}
	}

	private static List<InvalidField> errors(byte[] file) {
		ImportErrors errors = new ImportErrors();
		FileLines.read(file, StandardCharsets.UTF_8, errors);
		return errors.listed().stream().map(FieldProblem::inEnglish).toList();
	}

}
