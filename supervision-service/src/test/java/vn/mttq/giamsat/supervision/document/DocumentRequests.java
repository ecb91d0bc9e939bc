package vn.mttq.giamsat.supervision.document;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * The files and uploads the tests of an activity's papers send.
 */
public final class DocumentRequests {

	/** The type of {@link #multipartPdf}'s body. */
	public static final MediaType MULTIPART = MediaType.parseMediaType("multipart/form-data; boundary=giamsat-test");

	private DocumentRequests() {
	}

	/**
	 * A multipart body holding one small PDF, written out as text for callers that send
	 * text bodies.
	 * @param label what the PDF says
	 * @return the body, of type {@link #MULTIPART}
	 */
	public static String multipartPdf(String label) {
		return "--giamsat-test\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + label
				+ ".pdf\"\r\nContent-Type: application/pdf\r\n\r\n" + new String(pdf(label), StandardCharsets.US_ASCII)
				+ "\r\n--giamsat-test--\r\n";
	}

	/**
	 * A small PDF, different for each label, so each upload has its own digest.
	 * @param label what it says
	 * @return its bytes
	 */
	public static byte[] pdf(String label) {
		return ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% " + label + "\ntrailer << /Root 1 0 R >>\n%%EOF\n")
			.getBytes(StandardCharsets.US_ASCII);
	}

	/**
	 * Uploads a PDF.
	 * @param http the caller
	 * @param activityId the activity
	 * @param name the file's name
	 * @param content its bytes
	 * @param purpose its purpose, or {@code null}
	 * @return the answer
	 */
	public static RestTestClient.ResponseSpec upload(RestTestClient http, String activityId, String name,
			byte[] content, String purpose) {
		MultipartBodyBuilder body = new MultipartBodyBuilder();
		body.part("file", new ByteArrayResource(content)).filename(name).contentType(MediaType.APPLICATION_PDF);
		if (purpose != null) {
			body.part("purpose", purpose);
		}
		return http.post()
			.uri("/api/v1/activities/{a}/documents", activityId)
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(body.build())
			.exchange();
	}

	/**
	 * Uploads a PDF and returns the document's view.
	 * @param http the caller
	 * @param activityId the activity
	 * @param name the file's name
	 * @param content its bytes
	 * @param purpose its purpose, or {@code null}
	 * @return the view of the stored document
	 */
	public static Map<?, ?> uploaded(RestTestClient http, String activityId, String name, byte[] content,
			String purpose) {
		return upload(http, activityId, name, content, purpose).expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
	}

	/**
	 * Records an activity of a body supervising two agencies.
	 * @param http a Front official of the body
	 * @param bodyId the body
	 * @param agencies the supervised agencies
	 * @return the activity's id
	 */
	public static String recordActivity(RestTestClient http, String bodyId, String... agencies) {
		String body = """
				{ "kind": "SUPERVISION", "title": "Giám sát việc chi trả hỗ trợ sau bão",
				  "supervisingBodyId": "%s", "supervisedAgencyIds": ["%s"],
				  "form": "DOCUMENT_REVIEW", "level": "PROVINCE", "startDate": "2026-03-10" }""".formatted(bodyId,
				String.join("\", \"", agencies));
		return http.post()
			.uri("/api/v1/activities")
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("id")
			.toString();
	}

	/**
	 * The SHA-256 of some bytes, as the store gives it.
	 * @param content the bytes
	 * @return lowercase hexadecimal
	 */
	public static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
