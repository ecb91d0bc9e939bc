package vn.mttq.giamsat.endtoend.faults;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import vn.mttq.giamsat.events.Topics;
import vn.mttq.giamsat.localstack.LocalKafka;
import vn.mttq.giamsat.localstack.LocalMongo;
import vn.mttq.giamsat.localstack.PoisonRecords;
import vn.mttq.giamsat.localstack.TopicReader;
import vn.mttq.giamsat.localstack.WithLocalStack;
import vn.mttq.giamsat.testfixtures.ServiceProcess;

import static org.assertj.core.api.Assertions.assertThat;
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
class FaultInjectionTests extends FaultSuite {

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
			SuiteTime.holdFault(Duration.ofSeconds(3));
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
				"broker down " + SuiteTime.millisBetween(outageStarted, faultEnd) + " ms, 7 letters accepted meanwhile",
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
		SuiteTime.join(flow);

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
		SuiteTime.join(flow);
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
			SuiteTime.holdFault(Duration.ofSeconds(4));
		}
		finally {
			mongo.start();
		}
		long faultEnd = System.nanoTime();
		SuiteTime.join(flow);
		finish(scenario, faultEnd, "database down " + SuiteTime.millisBetween(outageStarted, faultEnd) + " ms; "
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
				return assignments.size() >= 2;
			});
		int atJoin = driver.accepted();
		SuiteTime.join(flow);
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
						new String(good.value(), StandardCharsets.UTF_8), TopicRecords.cloudEventHeaders(good));
				scenario.poisonSent(key);
				this.poisonCalls++;
			}
		}
		long faultEnd = System.nanoTime();
		driver.issue(LETTERS / 2, LETTERS);
		finish(scenario, faultEnd, keys.size() + " x " + PoisonRecords.COUNT + " poison records sent", List::of);
	}

	@Test
	@Order(7)
	void twoInstancesOfEachServiceOneOfEachKilledMidBatch() {
		Scenario scenario = newScenario("two-instances");
		LetterDriver driver = scenario.driver();
		List<ServiceProcess> seconds = List.of(launch("supervision-service", "supervision-2", "supervision"),
				launch("recommendation-service", "recommendation-2", "recommendation"),
				launch("notification-service", "notification-2", "notification"));
		this.extras.addAll(seconds);
		seconds.forEach((service) -> service.awaitReady(READY));
		awaitSharedPartitions(RECOMMENDATION_GROUP, Topics.SUPERVISION_RECOMMENDATIONS);
		awaitSharedPartitions(NOTIFICATION_GROUP, Topics.RECOMMENDATION_LIFECYCLE);

		// Half the letters with every instance alive: two relays on one outbox, and still
		// every event published once.
		driver.issue(0, LETTERS / 2);
		Outcome half = awaitInvariants(scenario, List::of);
		assertThat(half.holds()).as("the first half through two instances of each service: %s", half.problems())
			.isTrue();
		Set<String> keys = scenario.issuedItems().keySet();
		List<String> doubleSends = new ArrayList<>();
		for (String topic : List.of(Topics.SUPERVISION_RECOMMENDATIONS, Topics.RECOMMENDATION_LIFECYCLE)) {
			doubleSends.addAll(TopicRecords.describe(topic, TopicRecords.sentTwice(bootstrap(), topic, keys)));
		}

		// The other half while the second instance of each service is killed mid-batch.
		CompletableFuture<Void> flow = driver.issueInBackground(LETTERS / 2, LETTERS, Duration.ofMillis(100));
		await().atMost(Duration.ofSeconds(60)).until(() -> driver.accepted() >= LETTERS / 2 + 4);
		seconds.forEach(ServiceProcess::kill);
		this.extras.removeAll(seconds);
		long faultEnd = System.nanoTime();
		SuiteTime.join(flow);
		finish(scenario, faultEnd,
				"two instances of each service; " + (LETTERS / 2) + " letters with both alive ("
						+ (doubleSends.isEmpty() ? "no event published twice" : doubleSends) + "), then the second "
						+ "instance of each killed after " + (LETTERS / 2 + 4) + " letters",
				() -> doubleSends);
	}

	private void awaitSharedPartitions(String group, String topic) {
		await(group + " sharing " + topic).atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(250))
			.ignoreExceptions()
			.until(() -> ConsumerGroups.assignments(bootstrap(), group, topic).size() >= 2);
	}

}
