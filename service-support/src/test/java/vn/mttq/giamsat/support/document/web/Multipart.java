package vn.mttq.giamsat.support.document.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A {@code multipart/form-data} body as a browser sends it: a {@code file} part and a
 * {@code purpose} field.
 */
final class Multipart {

	static final String BOUNDARY = "----giamsat7MA4YWxkTrZu0gW";

	static final String CONTENT_TYPE = "multipart/form-data; boundary=" + BOUNDARY;

	private Multipart() {
	}

	static byte[] upload(String fileName, String declaredType, byte[] content) {
		return body(fileName, declaredType, content, true);
	}

	/** An upload whose body stops before its closing boundary. */
	static byte[] truncated(String fileName, byte[] content) {
		return body(fileName, "application/pdf", content, false);
	}

	private static byte[] body(String fileName, String declaredType, byte[] content, boolean complete) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"purpose\"\r\n\r\nREPLY\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: " + declaredType + "\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		if (complete) {
			body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
		}
		return body.toByteArray();
	}

}
