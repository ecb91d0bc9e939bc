package vn.mttq.giamsat.recommendation.statistics.counting;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;

import vn.mttq.giamsat.events.ContractSamples;
import vn.mttq.giamsat.events.Topics;
import vn.mttq.giamsat.events.recommendation.RecommendationLifecycleEvent;
import vn.mttq.giamsat.events.supervision.RecommendationIssued;
import vn.mttq.giamsat.localstack.LocalStack;
import vn.mttq.giamsat.localstack.PoisonRecords;
import vn.mttq.giamsat.localstack.TopicReader;
import vn.mttq.giamsat.localstack.TopicWriter;
import vn.mttq.giamsat.localstack.WithLocalStack;
import vn.mttq.giamsat.recommendation.statistics.IssuingLevel;
import vn.mttq.giamsat.recommendation.statistics.LifecycleEvents;
import vn.mttq.giamsat.recommendation.statistics.StatisticsTestClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The statistics consumer on the broker: the golden event is counted, replayed and
 * reordered records change nothing, poison records go to the dead-letter topic.
 */
@WithLocalStack
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(StatisticsTestClock.class)
class LifecycleStatisticsConsumerTests {

	static final String DEAD_LETTERS = "recommendation.lifecycle.recommendation-service-statistics.dlt";

	@Autowired
	MongoTemplate mongo;

	@Autowired
	JsonMapper json;

	String agency = "so-" + UUID.randomUUID();

	@Test
	void countsTheGoldenEvent(LocalStack stack) {
		String id = UUID.randomUUID().toString();
		String eventId = UUID.randomUUID().toString();

		send(stack, id, golden(id, eventId), eventId);

		StoredMonth bucket = awaitBucket(this.agency, IssuingLevel.PROVINCE, YearMonth.of(2025, 4));
		assertThat(bucket.items()).singleElement().satisfies((item) -> {
			assertThat(item.sequence()).isEqualTo(3);
			assertThat(item.answeredOn()).isEqualTo(LocalDate.of(2026, 4, 20));
			assertThat(item.dueDate()).isEqualTo(LocalDate.of(2026, 5, 4));
		});
		assertThat(bucket.tally().answered()).isEqualTo(1);
		assertThat(bucket.tally().open()).isEqualTo(1);
	}

	@Test
	void replayedAndOlderRecordsChangeNothing(LocalStack stack) {
		LifecycleEvents item = LifecycleEvents.tracked(this.agency, "COMMUNE", "2025-05-02", "2025-05-20")
			.answered("ACCEPTED", "2025-05-10T02:00:00Z")
			.closed("RESOLVED", "2025-06-01T02:00:00Z");
		List<RecommendationLifecycleEvent> events = item.events();

		for (int i : new int[] { 0, 2, 1, 2, 0 }) {
			LifecycleEvents.send(stack, this.json, events.get(i));
		}
		// A record behind them in the same partition: once it is counted, they were read.
		String sentinel = keyOnTheSamePartition(stack, item.recommendationId);
		LifecycleEvents.tracked(sentinel, this.agency, "COMMUNE", "2025-06-02", null).send(stack, this.json);

		awaitBucket(this.agency, IssuingLevel.COMMUNE, YearMonth.of(2025, 6));
		StoredMonth bucket = StoredMonth.read(this.mongo, this.agency, IssuingLevel.COMMUNE, YearMonth.of(2025, 5));
		assertThat(bucket.items()).singleElement().satisfies((state) -> assertThat(state.sequence()).isEqualTo(3));
		assertThat(bucket.tally().issued()).isEqualTo(1);
		assertThat(bucket.tally().resolved()).isEqualTo(1);
		assertThat(bucket.tally().open()).isZero();
	}

	@Test
	void poisonRecordsGoToTheDeadLetterTopicAndNotIntoTheFigures(LocalStack stack) {
		String id = UUID.randomUUID().toString();
		String eventId = UUID.randomUUID().toString();
		String good = golden(id, eventId);
		Map<String, String> headers = headers(id, eventId);

		PoisonRecords.sendAll(stack.kafka().bootstrapServers(), Topics.RECOMMENDATION_LIFECYCLE, id, good, headers);
		TopicWriter.send(stack.kafka().bootstrapServers(), Topics.RECOMMENDATION_LIFECYCLE, id,
				ContractSamples.json("supervision/RecommendationIssued.v1"), ContractSamples
					.headers(RecommendationIssued.TYPE, RecommendationIssued.SOURCE, UUID.randomUUID().toString(), id));
		TopicWriter.send(stack.kafka().bootstrapServers(), Topics.RECOMMENDATION_LIFECYCLE, id,
				good.replace("\"addresseeAgencyId\" : \"" + this.agency + "\",", ""), headers);
		send(stack, id, good, eventId);

		StoredMonth bucket = awaitBucket(this.agency, IssuingLevel.PROVINCE, YearMonth.of(2025, 4));
		assertThat(bucket.tally().issued()).isEqualTo(1);
		try (TopicReader reader = TopicReader.fromBeginning(stack.kafka().bootstrapServers(), DEAD_LETTERS)) {
			List<ConsumerRecord<String, byte[]>> dead = reader.await((record) -> id.equals(record.key()),
					PoisonRecords.COUNT + 2, Duration.ofSeconds(30));
			assertThat(dead).extracting((record) -> TopicReader.header(record, "x-exception-message"))
				.anySatisfy((reason) -> assertThat(reason).contains("unreadable RecommendationLifecycleEvent"))
				.anySatisfy((reason) -> assertThat(reason).contains("unsupported event type"))
				.anySatisfy((reason) -> assertThat(reason).contains(RecommendationIssued.TYPE))
				.anySatisfy((reason) -> assertThat(reason).contains("missing header ce_type"))
				.anySatisfy((reason) -> assertThat(reason).contains("recommendation.addresseeAgencyId"));
		}
	}

	private StoredMonth awaitBucket(String agencyId, IssuingLevel level, YearMonth month) {
		return await().atMost(Duration.ofSeconds(60))
			.until(() -> StoredMonth.read(this.mongo, agencyId, level, month),
					(found) -> found != null && found.tally().issued() > 0);
	}

	/**
	 * The golden sample with its ids replaced, addressed to this test's agency and issued
	 * a year earlier, so that each test counts in its own bucket.
	 */
	private String golden(String recommendationId, String eventId) {
		return ContractSamples.json("recommendation/RecommendationLifecycleEvent.v1")
			.replace("2b8e4d7c-6a1f-4e0b-8c3d-9f5a1e2d4c60", recommendationId)
			.replace("0b1e6f3a-9c2d-4e8f-a7b6-5d4c3b2a1f09", eventId)
			.replace("\"addresseeAgencyId\" : \"so-nong-nghiep-dien-bien\"",
					"\"addresseeAgencyId\" : \"" + this.agency + "\"")
			.replace("\"issuedOn\" : \"2026-04-02\"", "\"issuedOn\" : \"2025-04-02\"");
	}

	private static Map<String, String> headers(String recommendationId, String eventId) {
		return ContractSamples.headers(RecommendationLifecycleEvent.TYPE, RecommendationLifecycleEvent.SOURCE, eventId,
				recommendationId);
	}

	private static void send(LocalStack stack, String key, String json, String eventId) {
		TopicWriter.send(stack.kafka().bootstrapServers(), Topics.RECOMMENDATION_LIFECYCLE, key, json,
				headers(key, eventId));
	}

	/**
	 * A new key that the default partitioner puts in the same partition as the given one.
	 */
	private static String keyOnTheSamePartition(LocalStack stack, String key) {
		int partitions;
		try (Admin admin = Admin
			.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafka().bootstrapServers()))) {
			partitions = admin.describeTopics(List.of(Topics.RECOMMENDATION_LIFECYCLE))
				.allTopicNames()
				.get()
				.get(Topics.RECOMMENDATION_LIFECYCLE)
				.partitions()
				.size();
		}
		catch (InterruptedException | ExecutionException ex) {
			throw new IllegalStateException(ex);
		}
		int target = partition(key, partitions);
		while (true) {
			String candidate = UUID.randomUUID().toString();
			if (partition(candidate, partitions) == target) {
				return candidate;
			}
		}
	}

	private static int partition(String key, int partitions) {
		return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % partitions;
	}

}
