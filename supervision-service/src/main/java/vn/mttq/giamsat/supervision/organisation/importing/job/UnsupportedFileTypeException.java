package vn.mttq.giamsat.supervision.organisation.importing.job;

import org.springframework.http.MediaType;

/**
 * An import file sent with a type the import does not read.
 */
class UnsupportedFileTypeException extends RuntimeException {

	UnsupportedFileTypeException(MediaType type) {
		super("Send the file as " + ImportUpload.CSV + " (CSV, UTF-8 unless the type names another charset) or as "
				+ ImportUpload.XLSX + " (an Excel workbook, its first sheet read), not "
				+ ((type != null) ? "as '" + type + "'" : "without a Content-Type") + ".");
	}

}
