package vn.mttq.giamsat.console.front.item;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

import vn.mttq.giamsat.console.front.Downloads;
import vn.mttq.giamsat.console.service.PageOf;
import vn.mttq.giamsat.console.service.Service;
import vn.mttq.giamsat.console.service.ServiceClients;

/**
 * recommendation-service for the Front official: the items, their files and the steps the
 * issuing body takes on them.
 */
@Component
public class ItemClient {

	private static final int LIST_SIZE = 200;

	private final ServiceClients services;

	private final Downloads downloads;

	ItemClient(ServiceClients services, Downloads downloads) {
		this.services = services;
		this.downloads = downloads;
	}

	/** The items this body issued that are overdue, newest first. */
	public List<Recommendation> overdue(String bodyId) {
		if (bodyId == null) {
			return List.of();
		}
		return list("/api/v1/recommendations?issuingBodyId={body}&overdue=true&size={size}", bodyId, LIST_SIZE);
	}

	/** The items this body issued that wait for its review, in any of these statuses. */
	public List<Recommendation> inStatuses(String bodyId, String... statuses) {
		if (bodyId == null) {
			return List.of();
		}
		return Arrays.stream(statuses)
			.flatMap((status) -> list("/api/v1/recommendations?issuingBodyId={body}&status={status}&size={size}",
					bodyId, status, LIST_SIZE)
				.stream())
			.toList();
	}

	public Recommendation get(String id) {
		return this.services.recommendation()
			.get()
			.uri("/api/v1/recommendations/{id}", id)
			.retrieve()
			.body(Recommendation.class);
	}

	public List<StoredDocument> documents(String id) {
		return this.services.recommendation()
			.get()
			.uri("/api/v1/recommendations/{id}/documents", id)
			.retrieve()
			.body(new ParameterizedTypeReference<List<StoredDocument>>() {
			});
	}

	/**
	 * Takes a step decided on this version of the item (a newer one is refused with 412).
	 */
	public void step(String id, long version, Map<String, Object> step) {
		this.services.recommendation()
			.post()
			.uri("/api/v1/recommendations/{id}/steps", id)
			.header("If-Match", "\"" + version + "\"")
			.body(step)
			.retrieve()
			.toBodilessEntity();
	}

	public void download(String id, String documentId, HttpServletResponse response) {
		this.downloads.stream(Service.RECOMMENDATION, this.services.recommendation(), response,
				"/api/v1/recommendations/{id}/documents/{documentId}", id, documentId);
	}

	private List<Recommendation> list(String uri, Object... variables) {
		PageOf<Recommendation> page = this.services.recommendation()
			.get()
			.uri(uri, variables)
			.retrieve()
			.body(new ParameterizedTypeReference<PageOf<Recommendation>>() {
			});
		return (page != null) ? page.content() : List.of();
	}

}
