package vn.mttq.giamsat.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import tools.jackson.databind.JsonNode;

/**
 * Issues letters at supervision-service as a Front official does: the agencies they
 * address are registered in the directory first, and one activity holds the letters of a
 * run.
 */
final class Letters {

	private static final AtomicInteger NUMBERS = new AtomicInteger();

	private final BenchStack stack;

	private final String token;

	private final List<String> agencies;

	private final String activityId;

	private Letters(BenchStack stack, List<String> agencies, String activityId) {
		this.stack = stack;
		this.token = stack.frontToken();
		this.agencies = agencies;
		this.activityId = activityId;
	}

	/**
	 * Registers the agencies (departments of the province) and records an activity
	 * supervising them.
	 */
	static Letters prepare(BenchStack stack, List<String> agencies, String tag) {
		String admin = stack.adminToken();
		for (String agency : agencies) {
			String body = """
					{ "name": "Cơ quan %s", "kind": "DEPARTMENT", "level": "PROVINCE",
					  "administrativeUnitId": "tinh-dien-bien", "parentId": "ubnd-tinh-dien-bien",
					  "validFrom": "2004-01-01" }""".formatted(agency);
			BenchStack.API.send("PUT", stack.supervision().baseUrl() + "/api/v1/organisations/" + agency, admin, body)
				.expect("registering " + agency, 200, 201);
		}
		String body = """
				{ "kind": "SUPERVISION", "title": "Benchmark %1$s", "reference": "BENCH-%1$s",
				  "supervisingBodyId": "%2$s", "supervisedAgencyIds": [%3$s],
				  "form": "DELEGATION", "level": "PROVINCE", "startDate": "2025-01-02" }""".formatted(tag,
				BenchStack.FRONT_BODY,
				String.join(", ",
						agencies.subList(0, Math.min(50, agencies.size()))
							.stream()
							.map((agency) -> '"' + agency + '"')
							.toList()));
		JsonNode activity = BenchStack.API.created(stack.supervision().baseUrl() + "/api/v1/activities",
				stack.frontToken(), body);
		return new Letters(stack, agencies, activity.path("id").asString());
	}

	static List<String> agencies(String prefix, int count) {
		List<String> agencies = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			agencies.add(prefix + "-" + i);
		}
		return agencies;
	}

	/**
	 * Issues one letter and returns its items (recommendation id to addressee) once it is
	 * accepted (201).
	 * @param items items in the letter, addressed round the agencies
	 * @param issuedOn the letter's date
	 * @param dueDate each item's due date
	 */
	Map<String, String> issue(int items, LocalDate issuedOn, LocalDate dueDate) {
		int number = NUMBERS.incrementAndGet();
		StringBuilder json = new StringBuilder();
		for (int i = 0; i < items; i++) {
			String agency = this.agencies.get((number * items + i) % this.agencies.size());
			json.append((i > 0) ? ",\n" : "")
				.append("""
						{ "addresseeAgencyId": "%s", "content": "Kiến nghị %d của văn bản %d: rà soát, công khai thủ tục hành chính.", "dueDate": "%s" }"""
					.formatted(agency, i + 1, number, dueDate));
		}
		String body = """
				{ "number": "%d/KN-BENCH", "issuedOn": "%s", "items": [
				%s ] }""".formatted(number, issuedOn, json);
		JsonNode letter = BenchStack.API.created(
				this.stack.supervision().baseUrl() + "/api/v1/activities/" + this.activityId + "/letters", this.token,
				body);
		Map<String, String> agencyOf = new LinkedHashMap<>();
		for (JsonNode item : letter.path("items")) {
			agencyOf.put(item.path("recommendationId").asString(), item.path("addresseeAgencyId").asString());
		}
		return agencyOf;
	}

}
