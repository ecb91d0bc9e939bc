package vn.mttq.giamsat.console.agency.recommendation;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.multipart.MultipartFile;

import vn.mttq.giamsat.console.service.PageOf;
import vn.mttq.giamsat.console.service.Service;
import vn.mttq.giamsat.console.service.ServiceClients;
import vn.mttq.giamsat.console.service.ServiceFailures;

/**
 * recommendation-service's API as the agency's pages use it.
 */
@Component
public class RecommendationClient {

	/** How many items the list shows at most (the demo's agencies have a handful). */
	static final int LIST_SIZE = 100;

	private static final ParameterizedTypeReference<PageOf<Recommendation>> PAGE = new ParameterizedTypeReference<>() {
	};

	private final ServiceClients services;

	RecommendationClient(ServiceClients services) {
		this.services = services;
	}

	/** The items addressed to the agency, as many as {@link #LIST_SIZE}. */
	public PageOf<Recommendation> addressedTo(String agencyId) {
		return this.services.recommendation()
			.get()
			.uri("/api/v1/recommendations?agencyId={agency}&size={size}", agencyId, LIST_SIZE)
			.retrieve()
			.body(PAGE);
	}

	/** One item, with the version to send back when taking a step. */
	public Recommendation get(String id) {
		return this.services.recommendation()
			.get()
			.uri("/api/v1/recommendations/{id}", id)
			.retrieve()
			.body(Recommendation.class);
	}

	/** Uploads a file to the item and answers the new document's id. */
	public String upload(String id, MultipartFile file, String purpose) {
		HttpHeaders part = new HttpHeaders();
		part.setContentType((file.getContentType() != null) ? MediaType.parseMediaType(file.getContentType())
				: MediaType.APPLICATION_OCTET_STREAM);
		part.setContentDisposition(ContentDisposition.formData()
			.name("file")
			.filename((file.getOriginalFilename() != null) ? file.getOriginalFilename() : "file",
					StandardCharsets.UTF_8)
			.build());
		MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
		body.add("file", new HttpEntity<>(file.getResource(), part));
		Map<?, ?> created = this.services.recommendation()
			.post()
			.uri("/api/v1/recommendations/{id}/documents?purpose={purpose}", id, purpose)
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(body)
			.retrieve()
			.body(Map.class);
		return String.valueOf(created.get("id"));
	}

	/** Takes a step on the item, on the version the person saw. */
	public void takeStep(String id, long version, String action, String note, List<String> documents) {
		this.services.recommendation()
			.post()
			.uri("/api/v1/recommendations/{id}/steps", id)
			.header(HttpHeaders.IF_MATCH, "\"" + version + "\"")
			.contentType(MediaType.APPLICATION_JSON)
			.body(new Step(action, note, documents))
			.retrieve()
			.toBodilessEntity();
	}

	/**
	 * Streams a document from the service that keeps it to {@code target}, which is given
	 * the answer's headers first.
	 */
	public void download(Recommendation.DocumentReference document, DownloadTarget target) {
		boolean letter = "supervision-service".equals(document.service());
		RestClient client = letter ? this.services.supervision() : this.services.recommendation();
		client.get().uri(document.href()).exchange((request, response) -> {
			ServiceFailures.check(letter ? Service.SUPERVISION : Service.RECOMMENDATION, response);
			try (InputStream body = response.getBody()) {
				body.transferTo(target.open(response.getHeaders()));
			}
			return null;
		}, true);
	}

	/** Where a download goes: opened with the service's headers. */
	public interface DownloadTarget {

		OutputStream open(HttpHeaders headers) throws IOException;

	}

	record Step(String action, String note, List<String> documents) {

	}

}
