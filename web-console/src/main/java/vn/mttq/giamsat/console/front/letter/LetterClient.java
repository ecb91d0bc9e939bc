package vn.mttq.giamsat.console.front.letter;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

import vn.mttq.giamsat.console.front.Downloads;
import vn.mttq.giamsat.console.service.PageOf;
import vn.mttq.giamsat.console.service.Service;
import vn.mttq.giamsat.console.service.ServiceClients;

/**
 * supervision-service's letters for the Front official: issue one (with its signed scan
 * uploaded first), read one, list them, download the official document and the scan,
 * withdraw an item.
 */
@Component
public class LetterClient {

	private final ServiceClients services;

	private final Downloads downloads;

	LetterClient(ServiceClients services, Downloads downloads) {
		this.services = services;
		this.downloads = downloads;
	}

	/** The letters this body issued, newest first. */
	public List<Letter> recent(String bodyId, int size) {
		PageOf<Letter> page = this.services.supervision()
			.get()
			.uri("/api/v1/letters?issuingBodyId={body}&size={size}", bodyId, size)
			.retrieve()
			.body(new ParameterizedTypeReference<PageOf<Letter>>() {
			});
		return (page != null) ? page.content() : List.of();
	}

	public List<Letter> ofActivity(String activityId) {
		return this.services.supervision()
			.get()
			.uri("/api/v1/activities/{a}/letters", activityId)
			.retrieve()
			.body(new ParameterizedTypeReference<List<Letter>>() {
			});
	}

	public Letter get(String activityId, String letterId) {
		return this.services.supervision()
			.get()
			.uri("/api/v1/activities/{a}/letters/{l}", activityId, letterId)
			.retrieve()
			.body(Letter.class);
	}

	/** Withdraws one item of the body's letter, with the reason. */
	public void withdraw(String activityId, String letterId, String recommendationId, String reason) {
		this.services.supervision()
			.post()
			.uri("/api/v1/activities/{a}/letters/{l}/items/{r}/withdrawal", activityId, letterId, recommendationId)
			.body(Map.of("reason", (reason != null) ? reason.strip() : ""))
			.retrieve()
			.toBodilessEntity();
	}

	Letter issue(String activityId, Map<String, Object> letter) {
		return this.services.supervision()
			.post()
			.uri("/api/v1/activities/{a}/letters", activityId)
			.body(letter)
			.retrieve()
			.body(Letter.class);
	}

	LetterActivity activity(String activityId) {
		return this.services.supervision()
			.get()
			.uri("/api/v1/activities/{id}", activityId)
			.retrieve()
			.body(LetterActivity.class);
	}

	/** Uploads the letter's signed scan to its activity; the id to name in the letter. */
	String uploadSignedScan(String activityId, MultipartFile file) throws IOException {
		MultipartBodyBuilder parts = new MultipartBodyBuilder();
		parts.part("file", new InputStreamResource(file.getInputStream()) {
			@Override
			public String getFilename() {
				return file.getOriginalFilename();
			}

			@Override
			public long contentLength() {
				return file.getSize();
			}
		})
			.header(HttpHeaders.CONTENT_TYPE,
					(file.getContentType() != null) ? file.getContentType() : MediaType.APPLICATION_OCTET_STREAM_VALUE);
		Uploaded uploaded = this.services.supervision()
			.post()
			.uri("/api/v1/activities/{a}/documents?purpose=SIGNED_LETTER", activityId)
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(parts.build())
			.retrieve()
			.body(Uploaded.class);
		return (uploaded != null) ? uploaded.id() : null;
	}

	void officialDocument(String activityId, String letterId, String format, HttpServletResponse response) {
		this.downloads.stream(Service.SUPERVISION, this.services.supervision(), response,
				"/api/v1/activities/{a}/letters/{l}/official-document?format={format}", activityId, letterId, format);
	}

	void activityDocument(String activityId, String documentId, HttpServletResponse response) {
		this.downloads.stream(Service.SUPERVISION, this.services.supervision(), response,
				"/api/v1/activities/{a}/documents/{d}", activityId, documentId);
	}

	record Uploaded(String id) {

	}

}
