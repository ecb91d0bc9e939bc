package vn.mttq.giamsat.supervision.organisation.importing.job;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.MediaType;

/**
 * A file sent for import: its bytes and the charset of a CSV file, UTF-8 unless its type
 * names another (HTTP's old ISO-8859-1 default would garble Vietnamese). Whether it is
 * CSV or XLSX is read from its content; its type must be one of the two.
 *
 * @param content the file
 * @param charset the charset of a CSV file
 */
record ImportUpload(byte[] content, Charset charset) {

	static final MediaType CSV = new MediaType("text", "csv");

	static final MediaType XLSX = new MediaType("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	static final List<MediaType> ACCEPTED = List.of(CSV, XLSX);

	/**
	 * Takes a request's body.
	 * @param body the body
	 * @param type its {@code Content-Type}, if any
	 * @return the upload
	 * @throws UnsupportedFileTypeException for another type
	 */
	static ImportUpload of(byte[] body, MediaType type) {
		if (type == null || ACCEPTED.stream().noneMatch((read) -> read.includes(type))) {
			throw new UnsupportedFileTypeException(type);
		}
		return new ImportUpload(body, (type.getCharset() != null) ? type.getCharset() : StandardCharsets.UTF_8);
	}

}
