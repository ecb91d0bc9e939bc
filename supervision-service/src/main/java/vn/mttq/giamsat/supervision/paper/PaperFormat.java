package vn.mttq.giamsat.supervision.paper;

import org.springframework.http.MediaType;

/**
 * The files an official document comes as.
 */
public enum PaperFormat {

	/** A Word document to edit before signing. */
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),

	/** A PDF with its fonts embedded, to print as it is. */
	PDF(MediaType.APPLICATION_PDF_VALUE, "pdf");

	private final String contentType;

	private final String extension;

	PaperFormat(String contentType, String extension) {
		this.contentType = contentType;
		this.extension = extension;
	}

	public MediaType mediaType() {
		return MediaType.parseMediaType(this.contentType);
	}

	public String extension() {
		return this.extension;
	}

	/**
	 * Writes a document in this format.
	 * @param document the document
	 * @return the file's bytes
	 */
	public byte[] write(OfficialDocument document) {
		return switch (this) {
			case DOCX -> DocxWriter.write(document);
			case PDF -> PdfWriting.write(document);
		};
	}

}
