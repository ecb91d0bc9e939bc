package vn.mttq.giamsat.console.monitor.deadletter;

import java.util.Map;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import vn.mttq.giamsat.console.service.PageOf;
import vn.mttq.giamsat.console.service.Service;
import vn.mttq.giamsat.console.service.ServiceClients;

/**
 * Each service's dead letters ({@code /api/v1/dead-letters}, administrators only): those
 * not replayed yet, and replaying one or all of them.
 */
@Component
public class DeadLetterClient {

	static final int PAGE_SIZE = 50;

	private final ServiceClients services;

	DeadLetterClient(ServiceClients services) {
		this.services = services;
	}

	/** The dead letters not replayed yet, newest first (the first page). */
	PageOf<DeadLetter> pending(Service service) {
		return client(service).get()
			.uri((uri) -> uri.path("/api/v1/dead-letters")
				.queryParam("pending", true)
				.queryParam("size", PAGE_SIZE)
				.build())
			.retrieve()
			.body(new ParameterizedTypeReference<PageOf<DeadLetter>>() {
			});
	}

	/** Sends one dead letter back to its topic. */
	void replay(Service service, String id) {
		client(service).post().uri("/api/v1/dead-letters/{id}/replay", id).retrieve().toBodilessEntity();
	}

	/** Sends every dead letter not replayed yet back; the number sent. */
	int replayAll(Service service) {
		Map<String, Integer> answer = client(service).post()
			.uri("/api/v1/dead-letters/replay")
			.retrieve()
			.body(new ParameterizedTypeReference<Map<String, Integer>>() {
			});
		return (answer != null && answer.get("replayed") != null) ? answer.get("replayed") : 0;
	}

	private RestClient client(Service service) {
		return switch (service) {
			case SUPERVISION -> this.services.supervision();
			case RECOMMENDATION -> this.services.recommendation();
			case NOTIFICATION -> this.services.notification();
		};
	}

}
