package vn.mttq.giamsat.supervision.paper;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/**
 * An official document as a file to download.
 */
public final class Downloads {

	private Downloads() {
	}

	/**
	 * The document written in a format, as an attachment.
	 * @param format DOCX or PDF
	 * @param document the document
	 * @param name the file name without its extension
	 * @return the answer
	 */
	public static ResponseEntity<byte[]> of(PaperFormat format, OfficialDocument document, String name) {
		String file = name + "." + format.extension();
		return ResponseEntity.ok()
			.contentType(format.mediaType())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file, StandardCharsets.UTF_8).build().toString())
			.body(format.write(document));
	}

	/**
	 * A file name from a document's number: "125/KN-MTTQ-BTT" gives "125-KN-MTTQ-BTT".
	 * @param number the number and symbol
	 * @return the name, letters, digits, dots and hyphens only
	 */
	public static String fileName(String number) {
		String name = number.strip().replaceAll("[^\\p{L}\\p{N}.]+", "-").replaceAll("^-+|-+$", "");
		return name.isEmpty() ? "van-ban" : name;
	}

}
