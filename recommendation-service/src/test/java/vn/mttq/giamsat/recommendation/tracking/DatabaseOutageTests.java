package vn.mttq.giamsat.recommendation.tracking;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import vn.mttq.giamsat.events.ContractSamples;
import vn.mttq.giamsat.events.Topics;
import vn.mttq.giamsat.events.supervision.RecommendationIssued;
import vn.mttq.giamsat.localstack.LocalStack;
import vn.mttq.giamsat.localstack.TopicReader;
import vn.mttq.giamsat.localstack.TopicWriter;
import vn.mttq.giamsat.localstack.WithLocalStack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * With a one-second server selection timeout the retries given to any other failure (4
 * attempts, backoff up to 5 s) would dead-letter the record within about 8 s; a database
 * outage must instead be waited out, the batch delivered again once it is over.
 */
@WithLocalStack
@SpringBootTest(properties = "giamsat.mongodb.server-selection-timeout=1s")
class DatabaseOutageTests {

	@Autowired
	RecommendationRepository recommendations;

	@Test
	void anEventArrivingWhileTheDatabaseIsDownIsAppliedWhenItIsBackAndNotDeadLettered(LocalStack stack) {
		String key = UUID.randomUUID().toString();
		String json = ContractSamples.json("supervision/RecommendationIssued.v1")
			.replace("2b8e4d7c-6a1f-4e0b-8c3d-9f5a1e2d4c60", key)
			.replace("5f0c7a52-3d0e-4a57-9a39-1d3f0b6f2a10", "event-" + key);

		try (TopicReader dead = TopicReader.fromBeginning(stack.kafka().bootstrapServers(),
				"supervision.recommendations.recommendation-service.dlt")) {
			stack.mongo().stop();
			try {
				TopicWriter.send(stack.kafka().bootstrapServers(), Topics.SUPERVISION_RECOMMENDATIONS, key, json,
						ContractSamples.headers(RecommendationIssued.TYPE, RecommendationIssued.SOURCE, "event-" + key,
								key));
				// Longer than the retries of any other failure (4 attempts, backoff up
				// to 5 s) would take.
				await().during(Duration.ofSeconds(10))
					.atMost(Duration.ofSeconds(15))
					.until(() -> dead.readFor(Duration.ofMillis(200)).stream().noneMatch((r) -> key.equals(r.key())));
			}
			finally {
				stack.mongo().start();
			}

			await().atMost(Duration.ofSeconds(60)).until(() -> this.recommendations.findById(key).isPresent());
			assertThat(dead.readFor(Duration.ofSeconds(1))).noneMatch((record) -> key.equals(record.key()));
		}
	}

}
