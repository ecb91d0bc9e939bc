package vn.mttq.giamsat.supervision.organisation.importing.job;

import org.springframework.http.MediaType;

import vn.mttq.giamsat.support.domain.Phrase;

/**
 * An import file sent with a type the import does not read.
 */
class UnsupportedFileTypeException extends RuntimeException {

	private final transient Phrase phrase;

	UnsupportedFileTypeException(MediaType type) {
		this(Phrase.of("import.unsupported-type",
				"Send the file as {0} (CSV, UTF-8 unless the type names another charset) or as {1} "
						+ "(an Excel workbook, its first sheet read), not {2}.",
				ImportUpload.CSV.toString(), ImportUpload.XLSX.toString(),
				(type != null) ? Phrase.of("import.type-named", "as ''{0}''", type.toString())
						: Phrase.of("import.type-missing", "without a Content-Type")));
	}

	private UnsupportedFileTypeException(Phrase phrase) {
		super(phrase.inEnglish());
		this.phrase = phrase;
	}

	Phrase phrase() {
		return this.phrase;
	}

}
