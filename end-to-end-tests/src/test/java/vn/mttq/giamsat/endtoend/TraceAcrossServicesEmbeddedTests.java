package vn.mttq.giamsat.endtoend;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import vn.mttq.giamsat.events.Topics;
import vn.mttq.giamsat.events.notification.DeliveryRecorded;
import vn.mttq.giamsat.events.recommendation.RecommendationLifecycleEvent;
import vn.mttq.giamsat.events.supervision.RecommendationIssued;
import vn.mttq.giamsat.localstack.LocalIssuer;
import vn.mttq.giamsat.localstack.LocalStack;
import vn.mttq.giamsat.localstack.LocalStackExtension;
import vn.mttq.giamsat.localstack.TopicReader;
import vn.mttq.giamsat.localstack.WithLocalStack;
import vn.mttq.giamsat.testfixtures.ApiClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One recommendation followed across the three services by one trace id: the request that
 * issues the letter brings a W3C {@code traceparent}, and every record the item causes
 * (issued, tracked, delivered to the inbox, received) carries that trace, through each
 * service's outbox, as do the log lines that report them.
 */
@WithLocalStack
@ExtendWith(OutputCaptureExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TraceAcrossServicesEmbeddedTests {

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	private static final ApiClient API = new ApiClient(Duration.ofSeconds(30));

	RunningServices services;

	LocalIssuer issuer;

	String frontToken;

	@BeforeAll
	void startServices() {
		LocalStack stack = LocalStackExtension.stack();
		this.issuer = LocalIssuer.start();
		this.services = RunningServices.start(new RunningServices.Infrastructure(stack.kafka().bootstrapServers(),
				stack.mongo().connectionString(), this.issuer.issuer()), "e2e-tracing");
		this.frontToken = this.issuer.token("canbo.mttq.tinh", "ubmttq-tinh-dien-bien", "FRONT_OFFICIAL");
	}

	@AfterAll
	void stopServices() {
		RunningServices.stop(this.services, this.issuer);
	}

	@Test
	void oneRecommendationCarriesTheTraceOfTheRequestThatIssuedItThroughEveryService(LocalStack stack,
			CapturedOutput output) {
		String traceId = HexFormat.of().formatHex(randomBytes(16));
		String recommendation = issueLetterWithOneItem(
				"00-" + traceId + "-" + HexFormat.of().formatHex(randomBytes(8)) + "-01");
		String kafka = stack.kafka().bootstrapServers();

		ConsumerRecord<String, byte[]> issued = awaitRecords(kafka, Topics.SUPERVISION_RECOMMENDATIONS,
				(record) -> recommendation.equals(record.key()), 1)
			.get(0);
		List<ConsumerRecord<String, byte[]>> lifecycle = awaitRecords(kafka, Topics.RECOMMENDATION_LIFECYCLE,
				(record) -> recommendation.equals(record.key())
						&& (payload(record).contains("\"transition\":\"TRACKED\"")
								|| payload(record).contains("\"transition\":\"RECEIVED\"")),
				2);
		List<ConsumerRecord<String, byte[]>> deliveries = awaitRecords(kafka, Topics.NOTIFICATION_DELIVERIES,
				(record) -> payload(record).contains("\"recommendationId\":\"" + recommendation + "\""), 1);

		assertThat(traceIdOf(issued)).isEqualTo(traceId);
		assertThat(lifecycle).extracting(TraceAcrossServicesEmbeddedTests::traceIdOf).containsOnly(traceId);
		assertThat(deliveries).extracting(TraceAcrossServicesEmbeddedTests::traceIdOf).containsOnly(traceId);

		// Each service reports what it published for the item on a line with the trace
		// id.
		await().atMost(PATIENCE).untilAsserted(() -> {
			List<String> traced = output.getOut().lines().filter((line) -> line.contains(traceId)).toList();
			assertThat(traced).anySatisfy((line) -> assertThat(line)
				.contains(RecommendationIssued.SOURCE + " published " + RecommendationIssued.TYPE)
				.contains(TopicReader.header(issued, "ce_id")));
			for (ConsumerRecord<String, byte[]> record : lifecycle) {
				assertThat(traced).anySatisfy((line) -> assertThat(line)
					.contains(RecommendationLifecycleEvent.SOURCE + " published " + RecommendationLifecycleEvent.TYPE)
					.contains(TopicReader.header(record, "ce_id")));
			}
			assertThat(traced).anySatisfy(
					(line) -> assertThat(line).contains(DeliveryRecorded.SOURCE + " published " + DeliveryRecorded.TYPE)
						.contains(TopicReader.header(deliveries.get(0), "ce_id")));
		});
	}

	private String issueLetterWithOneItem(String traceparent) {
		String activities = RunningServices.baseUrl(this.services.supervision) + "/api/v1/activities";
		JsonNode activity = API.created(activities, this.frontToken, """
				{ "kind": "SUPERVISION", "title": "Giám sát thực hiện chính sách hỗ trợ nhà ở",
				  "supervisingBodyId": "ubmttq-tinh-dien-bien", "supervisedAgencyIds": ["ubnd-xa-muong-phang"],
				  "form": "DELEGATION", "level": "PROVINCE", "startDate": "2026-10-05" }""");
		JsonNode letter = API.withHeader("traceparent", traceparent)
			.created(activities + "/" + activity.path("id").asString() + "/letters", this.frontToken,
					"""
							{ "number": "%s", "issuedOn": "2026-11-20", "items": [
							  { "addresseeAgencyId": "ubnd-xa-muong-phang", "content": "Báo cáo tiến độ hỗ trợ nhà ở.", "dueDate": "2026-12-21" } ] }"""
						.formatted("127/KN-MTTQ-BTT-" + System.nanoTime()));
		return letter.path("items").path(0).path("recommendationId").asString();
	}

	private static List<ConsumerRecord<String, byte[]>> awaitRecords(String kafka, String topic,
			Predicate<ConsumerRecord<String, byte[]>> matching, int count) {
		try (TopicReader reader = TopicReader.fromBeginning(kafka, topic)) {
			return reader.await(matching, count, PATIENCE);
		}
	}

	private static String traceIdOf(ConsumerRecord<String, byte[]> record) {
		String traceparent = TopicReader.header(record, "traceparent");
		assertThat(traceparent).as("traceparent of %s", TopicReader.header(record, "ce_type"))
			.matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
		return traceparent.split("-")[1];
	}

	private static String payload(ConsumerRecord<String, byte[]> record) {
		return new String(record.value(), StandardCharsets.UTF_8);
	}

	private static byte[] randomBytes(int length) {
		byte[] bytes = new byte[length];
		ThreadLocalRandom.current().nextBytes(bytes);
		return bytes;
	}

}
