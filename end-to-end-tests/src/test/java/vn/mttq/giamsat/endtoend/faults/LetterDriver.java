package vn.mttq.giamsat.endtoend.faults;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import tools.jackson.databind.JsonNode;

import vn.mttq.giamsat.testfixtures.ApiClient;

import static org.awaitility.Awaitility.await;

/**
 * Issues a scenario's letters at supervision-service as a Front official would, retrying
 * a POST that failed (connection refused, timeout, 5xx) until it is accepted. The letter
 * number is unique per issuing body, so a retry of a POST that did reach the database is
 * answered 409 with the letter's {@code existingId}: each letter is issued exactly once,
 * however often it is sent.
 */
final class LetterDriver {

	static final String ISSUING_BODY = "ubmttq-tinh-dien-bien";

	private static final Duration GIVE_UP_AFTER = Duration.ofSeconds(150);

	private final Supplier<String> supervisionUrl;

	private final String token;

	private final String scenario;

	private final List<String> agencies;

	private final int itemsPerLetter;

	private final List<Letter> letters = Collections.synchronizedList(new ArrayList<>());

	private final AtomicInteger failedAttempts = new AtomicInteger();

	private final AtomicInteger conflictsResolved = new AtomicInteger();

	private volatile String activityId;

	private volatile Duration postTimeout = Duration.ofSeconds(10);

	/**
	 * A driver.
	 * @param supervisionUrl where supervision-service answers now
	 * @param token a FRONT_OFFICIAL token of {@value #ISSUING_BODY}
	 * @param scenario the scenario's tag, part of each letter number
	 * @param agencies the scenario's own addressees; items go round them
	 * @param itemsPerLetter items in each letter
	 */
	LetterDriver(Supplier<String> supervisionUrl, String token, String scenario, List<String> agencies,
			int itemsPerLetter) {
		this.supervisionUrl = supervisionUrl;
		this.token = token;
		this.scenario = scenario;
		this.agencies = List.copyOf(agencies);
		this.itemsPerLetter = itemsPerLetter;
	}

	/**
	 * Registers the scenario's agencies in the organisation directory, which letters must
	 * address: departments of the province under its People's Committee.
	 * @param adminToken an ADMIN token
	 */
	void registerAgencies(String adminToken) {
		for (String agency : this.agencies) {
			String body = """
					{ "name": "Cơ quan %s", "kind": "DEPARTMENT", "level": "PROVINCE",
					  "administrativeUnitId": "tinh-dien-bien", "parentId": "ubnd-tinh-dien-bien",
					  "validFrom": "2004-01-01" }""".formatted(agency);
			await("agency " + agency + " registered").atMost(Duration.ofSeconds(60))
				.pollInterval(Duration.ofMillis(500))
				.ignoreExceptions()
				.until(() -> FaultInjectionTests.API
					.send("PUT", this.supervisionUrl.get() + "/api/v1/organisations/" + agency, adminToken, body)
					.status(), (status) -> status == 200 || status == 201);
		}
	}

	/**
	 * Records the scenario's activity (idempotent by its reference).
	 * @return the activity id
	 */
	String recordActivity() {
		String body = """
				{ "kind": "SUPERVISION", "title": "Fault suite %1$s", "reference": "FS-%1$s",
				  "supervisingBodyId": "%2$s", "supervisedAgencyIds": [%3$s],
				  "form": "DELEGATION", "level": "PROVINCE", "startDate": "2026-10-05" }""".formatted(this.scenario,
				ISSUING_BODY, String.join(", ", this.agencies.stream().map((agency) -> '"' + agency + '"').toList()));
		JsonNode activity = untilAccepted("activity FS-" + this.scenario, "/api/v1/activities", body,
				(id) -> FaultInjectionTests.API.getJson(this.supervisionUrl.get() + "/api/v1/activities/" + id,
						this.token));
		this.activityId = activity.path("id").asString();
		return this.activityId;
	}

	/**
	 * Issues letters {@code from} (inclusive) to {@code to} (exclusive) one after the
	 * other in this thread, each retried until accepted.
	 */
	void issue(int from, int to) {
		for (int index = from; index < to; index++) {
			issue(index);
		}
	}

	/**
	 * Issues letters in a thread of their own, one every {@code pace} at most.
	 * @return completes when all are accepted
	 */
	CompletableFuture<Void> issueInBackground(int from, int to, Duration pace) {
		CompletableFuture<Void> done = new CompletableFuture<>();
		ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor((runnable) -> {
			Thread thread = new Thread(runnable, "letter-driver-" + this.scenario);
			thread.setDaemon(true);
			return thread;
		});
		AtomicInteger next = new AtomicInteger(from);
		executor.scheduleWithFixedDelay(() -> {
			if (done.isDone()) {
				return;
			}
			try {
				int index = next.getAndIncrement();
				if (index >= to) {
					done.complete(null);
					return;
				}
				issue(index);
				if (index + 1 >= to) {
					done.complete(null);
				}
			}
			catch (Throwable ex) {
				done.completeExceptionally(ex);
			}
		}, 0, pace.toMillis(), TimeUnit.MILLISECONDS);
		done.whenComplete((result, failure) -> executor.shutdown());
		return done;
	}

	/**
	 * Issues one letter, retrying until supervision-service accepted it.
	 * @param index the letter's index within the scenario
	 * @return the letter with its items' recommendation ids
	 */
	Letter issue(int index) {
		String number = "FS-" + this.scenario + "/" + index;
		StringBuilder items = new StringBuilder();
		for (int i = 0; i < this.itemsPerLetter; i++) {
			String agency = this.agencies.get((index * this.itemsPerLetter + i) % this.agencies.size());
			items.append((i > 0) ? ",\n" : "")
				.append("""
						{ "addresseeAgencyId": "%s", "content": "Kiến nghị %d của văn bản %s.", "dueDate": "2026-12-21" }"""
					.formatted(agency, i + 1, number));
		}
		String body = """
				{ "number": "%s", "issuedOn": "2026-11-20", "items": [
				%s ] }""".formatted(number, items);
		String path = "/api/v1/activities/" + this.activityId + "/letters";
		JsonNode letter = untilAccepted("letter " + number, path, body,
				(id) -> FaultInjectionTests.API.getJson(this.supervisionUrl.get() + path + "/" + id, this.token));
		List<Item> issued = new ArrayList<>();
		for (JsonNode item : letter.path("items")) {
			issued.add(new Item(item.path("recommendationId").asString(), item.path("addresseeAgencyId").asString()));
		}
		if (issued.size() != this.itemsPerLetter) {
			throw new AssertionError("Letter " + number + " came back with " + issued.size() + " items: " + letter);
		}
		Letter accepted = new Letter(letter.path("id").asString(), number, issued);
		this.letters.add(accepted);
		return accepted;
	}

	private JsonNode untilAccepted(String what, String path, String body,
			java.util.function.Function<String, JsonNode> existing) {
		AtomicReference<JsonNode> accepted = new AtomicReference<>();
		await(what + " accepted").atMost(GIVE_UP_AFTER)
			.pollInSameThread()
			.pollDelay(Duration.ZERO)
			.pollInterval(Duration.ofMillis(250))
			.until(() -> {
				accepted.set(tryOnce(what, path, body, existing));
				return accepted.get() != null;
			});
		return accepted.get();
	}

	private JsonNode tryOnce(String what, String path, String body,
			java.util.function.Function<String, JsonNode> existing) {
		try {
			ApiClient.Response response = new ApiClient(this.postTimeout).send("POST", this.supervisionUrl.get() + path,
					this.token, body);
			if (response.status() == 201) {
				return response.json();
			}
			if (response.status() == 409) {
				// An earlier attempt got through before its answer was lost.
				String existingId = response.json().path("existingId").asString(null);
				if (existingId == null) {
					throw new AssertionError(what + ": 409 without existingId: " + response.text());
				}
				this.conflictsResolved.incrementAndGet();
				return existing.apply(existingId);
			}
			if (response.status() >= 400 && response.status() < 500 && response.status() != 408
					&& response.status() != 429) {
				throw new AssertionError(what + " was refused: " + response.status() + " " + response.text());
			}
			this.failedAttempts.incrementAndGet();
			return null;
		}
		catch (UncheckedIOException | IllegalStateException ex) {
			// Not reachable, timed out, or the follow-up GET failed: try again.
			this.failedAttempts.incrementAndGet();
			return null;
		}
	}

	/**
	 * Sets how long a POST may take before the driver gives up on its answer and sends it
	 * again.
	 * @param timeout the time to wait for an answer
	 */
	void postTimeout(Duration timeout) {
		this.postTimeout = timeout;
	}

	String activityId() {
		return this.activityId;
	}

	List<Letter> letters() {
		synchronized (this.letters) {
			return List.copyOf(this.letters);
		}
	}

	int accepted() {
		return this.letters.size();
	}

	int failedAttempts() {
		return this.failedAttempts.get();
	}

	int conflictsResolved() {
		return this.conflictsResolved.get();
	}

	/**
	 * One issued item.
	 *
	 * @param recommendationId its id, the key of its event
	 * @param agencyId its addressee
	 */
	record Item(String recommendationId, String agencyId) {
	}

	/**
	 * One accepted letter.
	 *
	 * @param id the letter id
	 * @param number its number
	 * @param items its items
	 */
	record Letter(String id, String number, List<Item> items) {
	}

}
