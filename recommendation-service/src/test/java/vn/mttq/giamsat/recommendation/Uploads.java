package vn.mttq.giamsat.recommendation;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.servlet.client.RestTestClient;

import vn.mttq.giamsat.recommendation.tracking.RecommendationDocuments;
import vn.mttq.giamsat.support.document.DocumentOwner;
import vn.mttq.giamsat.support.document.NewDocument;
import vn.mttq.giamsat.support.document.StoredDocument;
import vn.mttq.giamsat.support.security.Actor;
import vn.mttq.giamsat.support.security.Role;

/**
 * Files uploaded on a recommendation through the API, as an agency or a Front body sends
 * them.
 */
public final class Uploads {

	/** The type of {@link #multipartPdf}'s body. */
	public static final MediaType MULTIPART = MediaType.parseMediaType("multipart/form-data; boundary=giamsat-test");

	private Uploads() {
	}

	/**
	 * A small PDF whose bytes differ with its text.
	 * @param text what it says
	 * @return its bytes
	 */
	public static byte[] pdf(String text) {
		return ("%PDF-1.4\n% " + text + "\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
			.getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * Sends a file to a recommendation's documents.
	 * @param client the caller
	 * @param recommendationId the recommendation
	 * @param name the file's name
	 * @param bytes its content
	 * @param purpose {@code REPLY}, {@code EVIDENCE}, {@code OTHER} or {@code null}
	 * @return the answer
	 */
	public static RestTestClient.ResponseSpec send(RestTestClient client, String recommendationId, String name,
			byte[] bytes, String purpose) {
		MultipartBodyBuilder body = new MultipartBodyBuilder();
		body.part("file", new ByteArrayResource(bytes) {

			@Override
			public String getFilename() {
				return name;
			}

		}).contentType(MediaType.APPLICATION_PDF);
		String uri = "/api/v1/recommendations/{id}/documents" + ((purpose != null) ? "?purpose=" + purpose : "");
		return client.post()
			.uri(uri, recommendationId)
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(body.build())
			.exchange();
	}

	/**
	 * Uploads a PDF and returns its id.
	 * @param client the caller, who may take steps on the recommendation
	 * @param recommendationId the recommendation
	 * @param name the file's name
	 * @param purpose its purpose
	 * @return the document's id
	 */
	public static String upload(RestTestClient client, String recommendationId, String name, String purpose) {
		Map<?, ?> created = send(client, recommendationId, name, pdf(name), purpose).expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		return (String) created.get("id");
	}

	/**
	 * Stores a PDF uploaded by an officer of the addressee agency, without the API.
	 * @param documents the service's documents
	 * @param recommendationId the recommendation
	 * @param agency its addressee agency
	 * @param name the file's name
	 * @return what was stored
	 */
	public static StoredDocument stored(RecommendationDocuments documents, String recommendationId, String agency,
			String name) {
		Actor officer = new Actor("canbo." + agency, agency, Set.of(Role.AGENCY_OFFICER));
		byte[] bytes = pdf(name);
		return documents.upload(new NewDocument(DocumentOwner.recommendation(recommendationId), "EVIDENCE", name,
				"application/pdf", bytes.length, () -> new ByteArrayInputStream(bytes), officer.recorded()), officer);
	}

	/**
	 * A multipart body holding one small PDF, written out as text for callers that send
	 * text bodies, of type {@link #MULTIPART}.
	 * @param name the file's name
	 * @return the body
	 */
	public static String multipartPdf(String name) {
		return "--giamsat-test\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
				+ "\"\r\nContent-Type: application/pdf\r\n\r\n" + new String(pdf(name), StandardCharsets.UTF_8)
				+ "\r\n--giamsat-test--\r\n";
	}

}
