package vn.mttq.giamsat.endtoend.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import vn.mttq.giamsat.events.Topics;
import vn.mttq.giamsat.localstack.LocalKafka;
import vn.mttq.giamsat.localstack.LocalMongo;
import vn.mttq.giamsat.localstack.LocalStack;
import vn.mttq.giamsat.localstack.LocalStackExtension;
import vn.mttq.giamsat.localstack.PoisonRecords;
import vn.mttq.giamsat.localstack.TopicReader;
import vn.mttq.giamsat.localstack.WithLocalStack;
import vn.mttq.giamsat.testfixtures.ApiClient;
import vn.mttq.giamsat.testfixtures.ServiceLaunch;
import vn.mttq.giamsat.testfixtures.ServiceProcess;
import vn.mttq.giamsat.testfixtures.WebhookSecretKey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

/**
 * Nothing lost, nothing doubled: the three services run as separate processes from their
 * executable jars on the embedded broker and database server, a few hundred
 * recommendations go through them in each scenario while something breaks (the broker, a
 * service, the database, the consumer offsets, the group's membership, the data), and
 * afterwards every issued item must be tracked once and notified once, no event may wait
 * in an outbox, and only poison may be dead-lettered.
 * <p>
 * Each scenario prints {@code FAULT-SUITE | scenario | items | lost | duplicated |
 * dead-lettered | recovery ms}, where recovery runs from the end of the fault (the broker
 * or database started again, the killed service ready again, the extra consumer killed,
 * the poison sent) until all invariants hold.
 * <p>
 * The consumers run with a 6 s Kafka session timeout instead of the client's 45 s, so
 * that the partitions of a killed consumer go to the others after seconds; with the
 * default, each crash of a consumer holds its partitions about 45 s longer.
 */
@WithLocalStack
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultInjectionTests implements Scenario.Endpoints {

	static final int LETTERS = 20;

	static final int ITEMS_PER_LETTER = 10;

	static final int AGENCIES = 5;

	static final Duration READY = Duration.ofSeconds(150);

	static final Duration RECOVERY = Duration.ofSeconds(120);

	static final List<String> SERVICE_JVM = List.of("-Xmx384m", "-XX:+UseSerialGC");

	static final ApiClient API = new ApiClient(Duration.ofSeconds(10));

	static final String RECOMMENDATION_GROUP = "recommendation-service";

	static final String NOTIFICATION_GROUP = "notification-service";

	static final List<String> CONSUMER_TUNING = List.of(
			"--spring.cloud.stream.kafka.binder.consumer-properties[session.timeout.ms]=6000",
			"--spring.cloud.stream.kafka.binder.consumer-properties[heartbeat.interval.ms]=1500");

	private final String runId = Long.toString(System.currentTimeMillis() % 2_000_000_000L, 36);

	/**
	 * The consumers' tuning and notification-service's key for webhook secrets (it has
	 * none by default), the same across restarts.
	 */
	private final List<String> arguments = Stream
		.concat(CONSUMER_TUNING.stream(), WebhookSecretKey.arguments("faults").stream())
		.toList();

	private final List<Scenario> finished = new ArrayList<>();

	private final List<String> summary = new ArrayList<>();

	private final List<ServiceProcess> extras = new ArrayList<>();

	private LocalStack stack;

	private ServiceProcess supervision;

	private ServiceProcess recommendation;

	private ServiceProcess notification;

	private String frontToken;

	private String adminToken;

	private Map<String, Integer> deadLetterBaseline;

	private int poisonCalls;

	private long suiteStarted;

	@BeforeAll
	void startServices() {
		this.suiteStarted = System.nanoTime();
		this.stack = LocalStackExtension.stack();
		this.frontToken = this.stack.issuer().token("canbo.mttq.tinh", LetterDriver.ISSUING_BODY, "FRONT_OFFICIAL");
		this.adminToken = this.stack.issuer().token("quantri", LetterDriver.ISSUING_BODY, "ADMIN");
		this.supervision = launch("supervision-service", "supervision");
		this.recommendation = launch("recommendation-service", "recommendation");
		this.notification = launch("notification-service", "notification");
		for (ServiceProcess service : services()) {
			service.awaitReady(READY);
		}
		this.deadLetterBaseline = sizes(DeadLetterTopics.keys(bootstrap()));
		warmUp();
		System.out.printf("FAULT-SUITE-NOTE | services ready after %d ms | %s%n", millisSince(this.suiteStarted),
				services());
	}

	@AfterAll
	void stopServices() {
		List<ServiceProcess> all = new ArrayList<>(this.extras);
		all.addAll(services());
		ServiceProcess.stopAll(all);
		System.out.println("FAULT-SUITE | scenario | items | lost | duplicated | dead-lettered | recovery ms");
		this.summary.forEach(System.out::println);
		System.out.printf("FAULT-SUITE-NOTE | suite wall time %d ms%n", millisSince(this.suiteStarted));
	}

	@Test
	@Order(1)
	void brokerStoppedMidFlowAndRestarted() {
		Scenario scenario = newScenario("broker-restart");
		LetterDriver driver = scenario.driver();
		driver.issue(0, 7);
		LocalKafka kafka = this.stack.kafka();
		kafka.stop();
		int failuresBefore = driver.failedAttempts();
		long outageStarted = System.nanoTime();
		try {
			driver.issue(7, 14);
			holdFault(Duration.ofSeconds(3));
		}
		finally {
			kafka.start();
		}
		long faultEnd = System.nanoTime();
		List<String> problems = new ArrayList<>();
		if (driver.failedAttempts() != failuresBefore) {
			problems.add((driver.failedAttempts() - failuresBefore)
					+ " POSTs failed while the broker was down; letters must be accepted without it");
		}
		driver.issue(14, LETTERS);
		finish(scenario, faultEnd,
				"broker down " + millisBetween(outageStarted, faultEnd) + " ms, 7 letters accepted meanwhile",
				() -> problems);
	}

	@Test
	@Order(2)
	void eachServiceKilledMidBatchAndStartedAgain() {
		Scenario scenario = newScenario("service-crashes");
		LetterDriver driver = scenario.driver();
		CompletableFuture<Void> flow = driver.issueInBackground(0, LETTERS / 2, Duration.ofMillis(100));
		await().atMost(Duration.ofSeconds(60)).until(() -> driver.accepted() >= 3);
		this.supervision.kill();
		int acceptedAtKill = driver.accepted();
		this.supervision.start();
		this.supervision.awaitReady(READY);
		join(flow);

		flow = driver.issueInBackground(LETTERS / 2, LETTERS, Duration.ofMillis(100));
		await().atMost(Duration.ofSeconds(60)).until(() -> driver.accepted() >= LETTERS / 2 + 3);
		String trackedAtKill = countAt(scenario, true);
		this.recommendation.kill();
		await().atMost(Duration.ofSeconds(60)).until(() -> driver.accepted() >= LETTERS / 2 + 6);
		String notifiedAtKill = countAt(scenario, false);
		this.notification.kill();
		this.recommendation.start();
		this.notification.start();
		this.recommendation.awaitReady(READY);
		this.notification.awaitReady(READY);
		long faultEnd = System.nanoTime();
		join(flow);
		finish(scenario, faultEnd,
				"supervision killed after " + acceptedAtKill + " letters (" + driver.failedAttempts()
						+ " failed POSTs retried, " + driver.conflictsResolved() + " answered 409 existingId); "
						+ "recommendation killed with " + trackedAtKill + " tracked, notification with "
						+ notifiedAtKill + " notified",
				List::of);
	}

	@Test
	@Order(3)
	void databaseStoppedWhileConsumersRun() {
		Scenario scenario = newScenario("database-restart");
		LetterDriver driver = scenario.driver();
		// Shorter than the outage: a POST waiting for the database is given up and sent
		// again, while the first one still goes through once the database is back.
		driver.postTimeout(Duration.ofSeconds(2));
		CompletableFuture<Void> flow = driver.issueInBackground(0, LETTERS, Duration.ofMillis(150));
		await().atMost(Duration.ofSeconds(60)).until(() -> driver.accepted() >= 7);
		LocalMongo mongo = this.stack.mongo();
		mongo.stop();
		long outageStarted = System.nanoTime();
		try {
			holdFault(Duration.ofSeconds(4));
		}
		finally {
			mongo.start();
		}
		long faultEnd = System.nanoTime();
		join(flow);
		finish(scenario, faultEnd, "database down " + millisBetween(outageStarted, faultEnd) + " ms; "
				+ driver.failedAttempts() + " failed POSTs retried, " + driver.conflictsResolved() + " answered 409",
				List::of);
	}

	@Test
	@Order(4)
	void theSameEventsRedeliveredChangeNothing() {
		Scenario scenario = newScenario("redelivery");
		LetterDriver driver = scenario.driver();
		driver.issue(0, LETTERS);
		Outcome first = awaitInvariants(scenario, List::of);
		assertThat(first.holds())
			.as("invariants of the redelivery scenario before any redelivery: %s", first.problems())
			.isTrue();
		Map<String, Scenario.Observation> before = new LinkedHashMap<>();
		for (Scenario earlier : this.finished) {
			before.put(earlier.name(), observe(earlier));
		}

		this.recommendation.kill();
		this.notification.kill();
		// Each service reads again what it tells from: recommendation-service the issued
		// items, notification-service the lifecycle (it tells recipients from TRACKED
		// on).
		Map<String, String> topics = new LinkedHashMap<>();
		topics.put(RECOMMENDATION_GROUP, Topics.SUPERVISION_RECOMMENDATIONS);
		topics.put(NOTIFICATION_GROUP, Topics.RECOMMENDATION_LIFECYCLE);
		Map<String, Long> rewound = new LinkedHashMap<>();
		topics.forEach((group, topic) -> {
			long from = ConsumerGroups.lag(bootstrap(), group, topic);
			ConsumerGroups.rewindToEarliest(bootstrap(), group, topic);
			rewound.put(group, from);
		});
		long records = ConsumerGroups.records(bootstrap(), Topics.SUPERVISION_RECOMMENDATIONS);
		long steps = ConsumerGroups.records(bootstrap(), Topics.RECOMMENDATION_LIFECYCLE);
		this.recommendation.start();
		this.notification.start();
		this.recommendation.awaitReady(READY);
		this.notification.awaitReady(READY);
		long faultEnd = System.nanoTime();
		int ownItems = scenario.issuedItems().size()
				+ this.finished.stream().mapToInt((earlier) -> earlier.issuedItems().size()).sum();

		finish(scenario, faultEnd,
				"both groups rewound to offset 0 (" + records + " issued records, " + steps + " lifecycle records; "
						+ ownItems + " items issued by this suite so far; lag before: " + rewound + ")",
				() -> {
					List<String> problems = new ArrayList<>();
					topics.forEach((group, topic) -> {
						long lag = ConsumerGroups.lag(bootstrap(), group, topic);
						if (lag != 0) {
							problems.add(group + " has " + lag + " records of " + topic + " still to consume again");
						}
					});
					if (!problems.isEmpty()) {
						return problems;
					}
					double tracked = redelivered(this.recommendation, "recommendation.issued.redelivered");
					double notified = redelivered(this.notification, "notification.redelivered");
					if (tracked < ownItems || notified < ownItems) {
						problems.add("expected at least " + ownItems + " redelivered events, counted " + tracked
								+ " at recommendation-service and " + notified + " at notification-service");
					}
					for (Scenario earlier : this.finished) {
						Scenario.Observation then = before.get(earlier.name());
						Scenario.Observation now = observe(earlier);
						if (!sameCounts(then, now)) {
							problems.add("scenario " + earlier.name() + " changed: before " + then + ", after " + now);
						}
					}
					return problems;
				});
	}

	@Test
	@Order(5)
	void consumersOfOneGroupRebalanced() {
		Scenario scenario = newScenario("rebalance");
		LetterDriver driver = scenario.driver();
		ServiceProcess second = launch("recommendation-service", "recommendation-2", "recommendation");
		this.extras.add(second);
		// Letters keep coming while the second instance starts and joins the group.
		CompletableFuture<Void> flow = driver.issueInBackground(0, 10, Duration.ofMillis(800));
		second.awaitReady(READY);
		await("two consumers sharing the partitions").atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(250))
			.ignoreExceptions()
			.until(() -> {
				List<Integer> assignments = ConsumerGroups.assignments(bootstrap(), RECOMMENDATION_GROUP,
						Topics.SUPERVISION_RECOMMENDATIONS);
				return assignments.size() == 2;
			});
		int atJoin = driver.accepted();
		join(flow);
		driver.issue(10, 14);
		second.kill();
		this.extras.remove(second);
		long faultEnd = System.nanoTime();
		driver.issue(14, LETTERS);
		finish(scenario, faultEnd,
				"a second recommendation-service started while letters flowed; both shared the "
						+ "partitions from letter " + atJoin + " to 14, then it was killed and 6 more letters followed",
				List::of);
	}

	@Test
	@Order(6)
	void poisonRecordsAmongGoodOnes() {
		Scenario scenario = newScenario("poison");
		LetterDriver driver = scenario.driver();
		driver.issue(0, LETTERS / 2);
		List<LetterDriver.Letter> letters = driver.letters();
		List<String> keys = List.of(letters.get(0).items().get(0).recommendationId(),
				letters.get(5).items().get(3).recommendationId());
		try (TopicReader reader = TopicReader.fromBeginning(bootstrap(), Topics.SUPERVISION_RECOMMENDATIONS)) {
			for (String key : keys) {
				ConsumerRecord<String, byte[]> good = reader
					.await((record) -> key.equals(record.key()), 1, Duration.ofSeconds(60))
					.get(0);
				PoisonRecords.sendAll(bootstrap(), Topics.SUPERVISION_RECOMMENDATIONS, key,
						new String(good.value(), StandardCharsets.UTF_8), cloudEventHeaders(good));
				scenario.poisonSent(key);
				this.poisonCalls++;
			}
		}
		long faultEnd = System.nanoTime();
		driver.issue(LETTERS / 2, LETTERS);
		finish(scenario, faultEnd, keys.size() + " x " + PoisonRecords.COUNT + " poison records sent", List::of);
	}

	// --- the scenarios' frame

	private Scenario newScenario(String name) {
		ensureEverythingRunning();
		List<String> agencies = IntStream.range(0, AGENCIES)
			.mapToObj((i) -> "fs-" + this.runId + "-" + name + "-" + i)
			.toList();
		LetterDriver driver = new LetterDriver(this.supervision::baseUrl, this.frontToken, name + "-" + this.runId,
				agencies, ITEMS_PER_LETTER);
		driver.registerAgencies(this.adminToken);
		driver.recordActivity();
		return new Scenario(name, agencies, driver);
	}

	/**
	 * Waits until every invariant holds, records the scenario's summary line and fails
	 * with the broken invariants and the services' logs if they do not hold in time.
	 */
	private void finish(Scenario scenario, long faultEnd, String note, Supplier<List<String>> moreChecks) {
		Outcome outcome = awaitInvariants(scenario, moreChecks);
		this.finished.add(scenario);
		Scenario.Observation seen = outcome.observation();
		String recovery = outcome.holds() ? String.valueOf(millisBetween(faultEnd, outcome.heldAt()))
				: "not recovered in " + RECOVERY.toSeconds() + " s";
		String line = "FAULT-SUITE | %s | %d | %d | %d | %d | %s".formatted(scenario.name(),
				(seen != null) ? seen.items() : scenario.issuedItems().size(), (seen != null) ? seen.lost() : -1,
				(seen != null) ? seen.duplicated() : -1, (seen != null) ? seen.deadLettered() : -1, recovery);
		this.summary.add(line);
		System.out.println(line);
		System.out.println("FAULT-SUITE-NOTE | " + scenario.name() + " | " + note);
		if (!outcome.holds()) {
			StringBuilder message = new StringBuilder("Scenario '" + scenario.name() + "' broke its invariants: ")
				.append(line)
				.append("\nnote: ")
				.append(note)
				.append("\nlast observation: ")
				.append(seen);
			if (outcome.problems() != null) {
				outcome.problems().forEach((problem) -> message.append("\n  - ").append(problem));
			}
			if (outcome.error() != null) {
				message.append("\nlast error while looking: ").append(outcome.error());
			}
			for (ServiceProcess service : services()) {
				message.append("\n").append(service.logTail(40));
			}
			fail(message.toString());
		}
		assertThat(seen.items()).as("items driven in " + scenario.name()).isEqualTo(LETTERS * ITEMS_PER_LETTER);
	}

	private Outcome awaitInvariants(Scenario scenario, Supplier<List<String>> moreChecks) {
		AtomicReference<Scenario.Observation> last = new AtomicReference<>();
		AtomicReference<List<String>> lastProblems = new AtomicReference<>();
		AtomicReference<Throwable> lastError = new AtomicReference<>();
		AtomicLong heldAt = new AtomicLong();
		try {
			await(scenario.name() + " invariants").atMost(RECOVERY)
				.pollDelay(Duration.ZERO)
				.pollInterval(Duration.ofMillis(500))
				.until(() -> {
					try {
						Scenario.Observation observation = observe(scenario);
						last.set(observation);
						List<String> problems = new ArrayList<>(observation.problems());
						if (problems.isEmpty()) {
							problems.addAll(moreChecks.get());
						}
						lastProblems.set(problems);
						if (problems.isEmpty()) {
							heldAt.set(System.nanoTime());
							return true;
						}
						return false;
					}
					catch (RuntimeException ex) {
						lastError.set(ex);
						return false;
					}
				});
			return new Outcome(true, last.get(), heldAt.get(), List.of(), null);
		}
		catch (ConditionTimeoutException ex) {
			return new Outcome(false, last.get(), 0, lastProblems.get(), lastError.get());
		}
	}

	private Scenario.Observation observe(Scenario scenario) {
		Map<String, List<String>> deadLetters = DeadLetterTopics.keys(bootstrap());
		Scenario.Observation observation = scenario.observe(this, deadLetters, LifecycleSteps.read(bootstrap()));
		Map<String, Integer> now = sizes(deadLetters);
		List<String> problems = new ArrayList<>(observation.problems());
		for (String topic : now.keySet()) {
			int added = now.getOrDefault(topic, 0) - this.deadLetterBaseline.getOrDefault(topic, 0);
			int expected = DeadLetterTopics.CLEAN.contains(topic) ? 0 : this.poisonCalls * Scenario.POISON_PER_CALL;
			if (added != expected) {
				problems.add(topic + " gained " + added + " records during the suite; only the " + expected
						+ " poison ones are expected");
			}
		}
		return new Scenario.Observation(observation.items(), observation.tracked(), observation.notified(),
				observation.lost(), observation.duplicated(), observation.pendingEvents(), observation.deadLettered(),
				List.copyOf(problems));
	}

	private static boolean sameCounts(Scenario.Observation then, Scenario.Observation now) {
		return then.items() == now.items() && then.tracked() == now.tracked() && then.notified() == now.notified()
				&& then.lost() == now.lost() && then.duplicated() == now.duplicated()
				&& then.deadLettered() == now.deadLettered();
	}

	/**
	 * How many of the scenario's items are tracked (or notified) at this moment, for the
	 * notes.
	 */
	private String countAt(Scenario scenario, boolean tracked) {
		try {
			long count = 0;
			for (String agency : scenario.agencies()) {
				String url = tracked ? recommendationUrl() + "/api/v1/recommendations?agencyId=" + agency + "&size=1"
						: notificationUrl() + "/api/v1/organisations/" + agency + "/notifications?size=1";
				count += API.getJson(url, this.adminToken).path("totalElements").asLong();
			}
			return count + " of " + scenario.issuedItems().size() + " issued";
		}
		catch (RuntimeException ex) {
			return "? (" + ex.getMessage() + ")";
		}
	}

	/**
	 * Calls each read endpoint once, so that the first scenario's recovery time does not
	 * include the services' first requests (servlet start, the issuer's keys).
	 */
	private void warmUp() {
		API.getJson(recommendationUrl() + "/api/v1/recommendations?size=1", this.adminToken);
		API.getJson(notificationUrl() + "/api/v1/organisations/" + LetterDriver.ISSUING_BODY + "/notifications?size=1",
				this.adminToken);
		API.getJson(supervisionUrl() + "/api/v1/activities?size=1", this.adminToken);
	}

	private void ensureEverythingRunning() {
		if (!this.stack.kafka().isRunning()) {
			this.stack.kafka().start();
		}
		if (!this.stack.mongo().isRunning()) {
			this.stack.mongo().start();
		}
		this.extras.forEach(ServiceProcess::kill);
		this.extras.clear();
		List<ServiceProcess> restarted = new ArrayList<>();
		for (ServiceProcess service : services()) {
			if (!service.isAlive()) {
				service.start();
				restarted.add(service);
			}
		}
		restarted.forEach((service) -> service.awaitReady(READY));
	}

	private ServiceProcess launch(String module, String name) {
		return launch(module, name, name);
	}

	/**
	 * Starts a service process.
	 * @param service whose database it uses: a second instance shares the first one's
	 */
	private ServiceProcess launch(String module, String name, String service) {
		return ServiceLaunch.of(module)
			.name(name)
			.logTo(newLog(name))
			.jvm(SERVICE_JVM)
			.against(this.stack, "faults-" + this.runId + "-" + service)
			.arguments(this.arguments)
			.start();
	}

	private static Path newLog(String name) {
		try {
			return Files.createTempFile("fault-suite-" + name + "-", ".log");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private List<ServiceProcess> services() {
		return List.of(this.supervision, this.recommendation, this.notification);
	}

	private String bootstrap() {
		return this.stack.kafka().bootstrapServers();
	}

	@Override
	public String supervisionUrl() {
		return this.supervision.baseUrl();
	}

	@Override
	public String recommendationUrl() {
		return this.recommendation.baseUrl();
	}

	@Override
	public String notificationUrl() {
		return this.notification.baseUrl();
	}

	@Override
	public String adminToken() {
		return this.adminToken;
	}

	/** Read on the management port, which shows metrics to an operator's token only. */
	private double redelivered(ServiceProcess service, String counter) {
		return API.metric(service.managementUrl(), this.adminToken, counter, "COUNT");
	}

	private static Map<String, String> cloudEventHeaders(ConsumerRecord<String, byte[]> record) {
		Map<String, String> headers = new LinkedHashMap<>();
		for (Header header : record.headers()) {
			// The CloudEvents attributes only: the binder's own headers (contentType, the
			// JSON header types) are the producing binder's business.
			if (header.key().startsWith("ce_")) {
				headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
			}
		}
		return headers;
	}

	private static Map<String, Integer> sizes(Map<String, List<String>> keys) {
		Map<String, Integer> sizes = new HashMap<>();
		keys.forEach((topic, list) -> sizes.put(topic, list.size()));
		return sizes;
	}

	private static void join(CompletableFuture<Void> flow) {
		try {
			flow.get(180, TimeUnit.SECONDS);
		}
		catch (ExecutionException ex) {
			throw new AssertionError("The letter driver failed: " + ex.getCause(), ex.getCause());
		}
		catch (TimeoutException ex) {
			throw new AssertionError("The letter driver did not finish in 180 s", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
	}

	/** Keeps a fault in place for a moment: the only sleep of the suite. */
	private static void holdFault(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static long millisSince(long start) {
		return millisBetween(start, System.nanoTime());
	}

	private static long millisBetween(long start, long end) {
		return TimeUnit.NANOSECONDS.toMillis(end - start);
	}

	/**
	 * How waiting for the invariants ended.
	 */
	private record Outcome(boolean holds, Scenario.Observation observation, long heldAt, List<String> problems,
			Throwable error) {
	}

}
