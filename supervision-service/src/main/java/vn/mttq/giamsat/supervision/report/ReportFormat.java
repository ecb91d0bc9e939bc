package vn.mttq.giamsat.supervision.report;

/**
 * The forms a work report comes in.
 */
enum ReportFormat {

	/** The figures as JSON, with the paragraph. */
	JSON,

	/** Labelled rows as CSV, UTF-8. */
	CSV,

	/** Labelled rows as an Excel workbook. */
	XLSX,

	/** The Vietnamese paragraph alone, as plain text. */
	TEXT,

	/** The report as the Front's official document, as a Word file. */
	DOCX,

	/** The report as the Front's official document, as a PDF. */
	PDF

}
