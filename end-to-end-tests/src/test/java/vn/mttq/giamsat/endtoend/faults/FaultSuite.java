package vn.mttq.giamsat.endtoend.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

import vn.mttq.giamsat.localstack.LocalStack;
import vn.mttq.giamsat.localstack.LocalStackExtension;
import vn.mttq.giamsat.localstack.WithLocalStack;
import vn.mttq.giamsat.testfixtures.ApiClient;
import vn.mttq.giamsat.testfixtures.ServiceLaunch;
import vn.mttq.giamsat.testfixtures.ServiceProcess;
import vn.mttq.giamsat.testfixtures.WebhookSecretKey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

/**
 * The frame of the fault suite: the embedded broker and database server, the three
 * services as separate processes from their executable jars, the letters each scenario
 * drives through them, and the invariants every scenario must reach afterwards (every
 * issued item tracked once and notified once, no event waiting in an outbox, only poison
 * dead-lettered), with the summary line each scenario prints.
 */
@WithLocalStack
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class FaultSuite implements Scenario.Endpoints {

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

	final List<Scenario> finished = new ArrayList<>();

	private final List<String> summary = new ArrayList<>();

	final List<ServiceProcess> extras = new ArrayList<>();

	LocalStack stack;

	ServiceProcess supervision;

	ServiceProcess recommendation;

	ServiceProcess notification;

	String frontToken;

	String adminToken;

	private Map<String, Integer> deadLetterBaseline;

	int poisonCalls;

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
		System.out.printf("FAULT-SUITE-NOTE | services ready after %d ms | %s%n",
				SuiteTime.millisSince(this.suiteStarted), services());
	}

	@AfterAll
	void stopServices() {
		List<ServiceProcess> all = new ArrayList<>(this.extras);
		all.addAll(services());
		ServiceProcess.stopAll(all);
		System.out.println("FAULT-SUITE | scenario | items | lost | duplicated | dead-lettered | recovery ms");
		this.summary.forEach(System.out::println);
		System.out.printf("FAULT-SUITE-NOTE | suite wall time %d ms%n", SuiteTime.millisSince(this.suiteStarted));
	}

	Scenario newScenario(String name) {
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
	void finish(Scenario scenario, long faultEnd, String note, Supplier<List<String>> moreChecks) {
		Outcome outcome = awaitInvariants(scenario, moreChecks);
		this.finished.add(scenario);
		Scenario.Observation seen = outcome.observation();
		String recovery = outcome.holds() ? String.valueOf(SuiteTime.millisBetween(faultEnd, outcome.heldAt()))
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

	Outcome awaitInvariants(Scenario scenario, Supplier<List<String>> moreChecks) {
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

	Scenario.Observation observe(Scenario scenario) {
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

	static boolean sameCounts(Scenario.Observation then, Scenario.Observation now) {
		return then.items() == now.items() && then.tracked() == now.tracked() && then.notified() == now.notified()
				&& then.lost() == now.lost() && then.duplicated() == now.duplicated()
				&& then.deadLettered() == now.deadLettered();
	}

	/**
	 * How many of the scenario's items are tracked (or notified) at this moment, for the
	 * notes.
	 */
	String countAt(Scenario scenario, boolean tracked) {
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

	void ensureEverythingRunning() {
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

	ServiceProcess launch(String module, String name) {
		return launch(module, name, name);
	}

	/**
	 * Starts a service process.
	 * @param service whose database it uses: a second instance shares the first one's
	 */
	ServiceProcess launch(String module, String name, String service) {
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

	List<ServiceProcess> services() {
		return List.of(this.supervision, this.recommendation, this.notification);
	}

	String bootstrap() {
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
	double redelivered(ServiceProcess service, String counter) {
		return API.metric(service.managementUrl(), this.adminToken, counter, "COUNT");
	}

	static Map<String, Integer> sizes(Map<String, List<String>> keys) {
		Map<String, Integer> sizes = new HashMap<>();
		keys.forEach((topic, list) -> sizes.put(topic, list.size()));
		return sizes;
	}

	/**
	 * How waiting for the invariants ended.
	 */
	record Outcome(boolean holds, Scenario.Observation observation, long heldAt, List<String> problems,
			Throwable error) {
	}

}
