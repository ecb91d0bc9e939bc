package vn.mttq.giamsat.supervision.organisation.importing;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.awaitility.Awaitility.await;

/**
 * Submits CSV imports as a client does and follows their jobs until they end.
 */
final class ImportRequests {

	static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	static final String ORGANISATIONS = "/api/v1/directory/import/organisations";

	static final String UNITS = "/api/v1/directory/import/administrative-units";

	static final String ORGANISATION_HEADER = "id,name,kind,level,administrativeUnitId,parentId,validFrom,validTo,"
			+ "successorIds\n";

	private static final Set<String> ENDED = Set.of("SUCCEEDED", "FAILED", "CANCELLED");

	private final RestTestClient http;

	ImportRequests(RestTestClient http) {
		this.http = http;
	}

	/**
	 * Submits a file and checks it is accepted as a job.
	 * @return the job's location
	 */
	URI submit(String path, String csv) {
		return submit(path, csv.getBytes(StandardCharsets.UTF_8), CSV);
	}

	/**
	 * Submits a file of a type and checks it is accepted as a job.
	 * @return the job's location
	 */
	URI submit(String path, byte[] file, MediaType type) {
		return this.http.post()
			.uri(path)
			.contentType(type)
			.body(file)
			.exchange()
			.expectStatus()
			.isAccepted()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("QUEUED")
			.returnResult()
			.getResponseHeaders()
			.getLocation();
	}

	Map<?, ?> job(URI location) {
		return this.http.get()
			.uri(location.getPath())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
	}

	Map<?, ?> ended(URI location, Duration atMost) {
		return await().atMost(atMost)
			.pollInterval(Duration.ofMillis(100))
			.until(() -> job(location), (job) -> ENDED.contains(job.get("status")));
	}

	/**
	 * Imports a file and waits for its job to end.
	 * @return the ended job
	 */
	Map<?, ?> imported(String path, String csv) {
		return ended(submit(path, csv), Duration.ofSeconds(30));
	}

}
