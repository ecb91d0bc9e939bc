package vn.mttq.giamsat.endtoend.faults;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * One scenario's own data (its agencies, its letters, the poison it sent) and the
 * invariants over it: every issued item tracked once with one TRACKED step, its
 * {@code TRACKED} lifecycle step published, each step taken once (a republished event
 * keeps its id), notified once to its addressee, no event left in an outbox, and no dead
 * letter but the poison.
 */
final class Scenario {

	/**
	 * Records {@code PoisonRecords.sendAll} puts on each consumer's dead-letter topic.
	 */
	static final int POISON_PER_CALL = 4;

	private final String name;

	private final List<String> agencies;

	private final LetterDriver driver;

	private final Set<String> poisonKeys = new HashSet<>();

	private int poisonCalls;

	Scenario(String name, List<String> agencies, LetterDriver driver) {
		this.name = name;
		this.agencies = List.copyOf(agencies);
		this.driver = driver;
	}

	String name() {
		return this.name;
	}

	LetterDriver driver() {
		return this.driver;
	}

	List<String> agencies() {
		return this.agencies;
	}

	void poisonSent(String key) {
		this.poisonKeys.add(key);
		this.poisonCalls++;
	}

	int expectedDeadLettersPerTopic() {
		return this.poisonCalls * POISON_PER_CALL;
	}

	Map<String, String> issuedItems() {
		Map<String, String> items = new LinkedHashMap<>();
		for (LetterDriver.Letter letter : this.driver.letters()) {
			for (LetterDriver.Item item : letter.items()) {
				items.put(item.recommendationId(), item.agencyId());
			}
		}
		return items;
	}

	/**
	 * Looks at all three services and the dead-letter topics once.
	 * @param services where the services answer now
	 * @param deadLetters the keys on each dead-letter topic, read just now
	 * @param lifecycle the lifecycle steps published, read just now
	 * @return what was seen, with every broken invariant named
	 */
	Observation observe(Endpoints services, Map<String, List<String>> deadLetters,
			Map<String, Map<Long, Set<String>>> lifecycle) {
		Map<String, String> issued = issuedItems();
		List<String> problems = new ArrayList<>();
		Map<String, Integer> tracked = new HashMap<>();
		Map<String, Integer> notified = new HashMap<>();
		Set<String> strangers = new HashSet<>();
		int badHistories = 0;
		for (String agency : this.agencies) {
			for (JsonNode recommendation : pages(
					services.recommendationUrl() + "/api/v1/recommendations?agencyId=" + agency + "&size=200",
					services.adminToken())) {
				String id = recommendation.path("id").asString();
				tracked.merge(id, 1, Integer::sum);
				if (!agency.equals(issued.get(id))) {
					strangers.add(id);
				}
				// Later steps (the scheduler's reminders) are legitimate; tracking twice
				// is
				// not.
				int trackedSteps = 0;
				for (JsonNode step : recommendation.path("history")) {
					if ("TRACKED".equals(step.path("transition").asString())) {
						trackedSteps++;
					}
				}
				if (trackedSteps != 1) {
					badHistories++;
					problems.add("recommendation " + id + " has " + trackedSteps + " TRACKED steps in its history");
				}
			}
			for (JsonNode notification : pages(
					services.notificationUrl() + "/api/v1/organisations/" + agency + "/notifications?size=200",
					services.adminToken())) {
				if (!"TRACKED".equals(notification.path("kind").asString())) {
					// Later steps (a firm due date, reminders) are told too; the item's
					// own notice is the one from TRACKED.
					continue;
				}
				String id = notification.path("recommendationId").asString();
				notified.merge(id, 1, Integer::sum);
				if (!agency.equals(issued.get(id))) {
					strangers.add(id);
				}
			}
		}
		int lost = 0;
		int duplicated = 0;
		List<String> untracked = new ArrayList<>();
		List<String> unnotified = new ArrayList<>();
		List<String> unpublished = new ArrayList<>();
		for (String id : issued.keySet()) {
			int timesTracked = tracked.getOrDefault(id, 0);
			int timesNotified = notified.getOrDefault(id, 0);
			Map<Long, Set<String>> steps = lifecycle.getOrDefault(id, Map.of());
			boolean stepMissing = timesTracked > 0 && steps.getOrDefault(1L, Set.of()).isEmpty();
			if (stepMissing) {
				unpublished.add(id);
			}
			if (steps.values().stream().anyMatch((ids) -> ids.size() > 1)) {
				duplicated++;
				problems.add(id + " has a lifecycle step taken twice (two event ids for one sequence): " + steps);
			}
			if (timesTracked == 0) {
				untracked.add(id);
			}
			if (timesNotified == 0) {
				unnotified.add(id);
			}
			if (timesTracked == 0 || timesNotified == 0 || stepMissing) {
				lost++;
			}
			if (timesTracked > 1 || timesNotified > 1) {
				duplicated++;
				problems.add(id + " tracked " + timesTracked + "x, notified " + timesNotified + "x");
			}
		}
		duplicated += strangers.size() + badHistories;
		if (!untracked.isEmpty()) {
			problems
				.add(untracked.size() + " of " + issued.size() + " items not tracked at recommendation-service, e.g. "
						+ untracked.subList(0, Math.min(3, untracked.size())));
		}
		if (!unpublished.isEmpty()) {
			problems.add(unpublished.size() + " tracked items without their TRACKED step on the lifecycle topic, e.g. "
					+ unpublished.subList(0, Math.min(3, unpublished.size())));
		}
		if (!unnotified.isEmpty()) {
			problems.add(unnotified.size() + " of " + issued.size() + " items not in their addressee's inbox, e.g. "
					+ unnotified.subList(0, Math.min(3, unnotified.size())));
		}
		if (!strangers.isEmpty()) {
			problems.add(strangers.size()
					+ " tracked or notified items this scenario never issued (a letter issued twice?), e.g. "
					+ strangers.stream().limit(3).toList());
		}
		long pending = 0;
		Map<String, Integer> numbers = new HashMap<>();
		for (JsonNode letter : FaultInjectionTests.API.getJson(
				services.supervisionUrl() + "/api/v1/activities/" + this.driver.activityId() + "/letters",
				services.adminToken())) {
			pending += letter.path("pendingEvents").asLong();
			numbers.merge(letter.path("number").asString(), 1, Integer::sum);
		}
		if (pending != 0) {
			problems.add(pending + " events still pending in the letters' outboxes");
		}
		if (numbers.size() != this.driver.accepted() || numbers.values().stream().anyMatch((n) -> n > 1)) {
			problems.add("supervision-service holds letters " + numbers + " but the driver had "
					+ this.driver.accepted() + " accepted");
		}
		int deadLettered = 0;
		for (Map.Entry<String, List<String>> topic : deadLetters.entrySet()) {
			List<String> ours = topic.getValue().stream().filter(issued::containsKey).toList();
			deadLettered += ours.size();
			List<String> notPoison = ours.stream().filter((key) -> !this.poisonKeys.contains(key)).toList();
			int expected = DeadLetterTopics.CLEAN.contains(topic.getKey()) ? 0 : expectedDeadLettersPerTopic();
			if (ours.size() != expected || !notPoison.isEmpty()) {
				problems.add(topic.getKey() + " holds " + ours.size() + " records of this scenario's items (expected "
						+ expected + " poison), of good items: " + notPoison.stream().limit(5).toList());
			}
		}
		return new Observation(issued.size(), tracked.size(), notified.size(), lost, duplicated, pending, deadLettered,
				List.copyOf(problems));
	}

	private static List<JsonNode> pages(String url, String token) {
		List<JsonNode> all = new ArrayList<>();
		int page = 0;
		int totalPages;
		do {
			JsonNode body = FaultInjectionTests.API.getJson(url + "&page=" + page, token);
			body.path("content").forEach(all::add);
			totalPages = body.path("totalPages").asInt();
			page++;
		}
		while (page < totalPages);
		return all;
	}

	/**
	 * What one look found.
	 *
	 * @param items items issued so far
	 * @param tracked distinct items tracked at recommendation-service for the scenario's
	 * agencies
	 * @param notified distinct items in the scenario's agencies' inboxes
	 * @param lost issued items missing at recommendation-service or in the inbox
	 * @param duplicated items tracked or notified more than once, with more than one
	 * TRACKED step, a lifecycle step taken twice, or never issued by the driver
	 * @param pendingEvents events still in the letters' outboxes
	 * @param deadLettered records with this scenario's keys on both dead-letter topics
	 * @param problems every broken invariant; empty when all hold
	 */
	record Observation(int items, int tracked, int notified, int lost, int duplicated, long pendingEvents,
			int deadLettered, List<String> problems) {

		boolean holds() {
			return this.problems.isEmpty();
		}

	}

	/**
	 * Where the services answer, and a token that may read everything.
	 */
	interface Endpoints {

		String supervisionUrl();

		String recommendationUrl();

		String notificationUrl();

		String adminToken();

	}

}
