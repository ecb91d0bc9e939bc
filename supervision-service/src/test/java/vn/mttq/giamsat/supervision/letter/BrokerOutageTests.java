package vn.mttq.giamsat.supervision.letter;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import vn.mttq.giamsat.events.Topics;
import vn.mttq.giamsat.localstack.LocalIssuer;
import vn.mttq.giamsat.localstack.LocalKafka;
import vn.mttq.giamsat.localstack.TopicReader;
import vn.mttq.giamsat.localstack.WithLocalStack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@WithLocalStack
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BrokerOutageTests {

	@LocalServerPort
	int port;

	@Autowired
	LetterRepository letters;

	@Test
	void aLetterIssuedWhileTheBrokerIsDownIsPublishedWhenItIsBack(LocalKafka kafka, LocalIssuer issuer) {
		RestTestClient http = LetterRequests.official(this.port, issuer);
		String activityId = LetterRequests.recordActivity(http);
		LetterView letter;

		kafka.stop();
		try {
			letter = http.post()
				.uri("/api/v1/activities/{id}/letters", activityId)
				.contentType(MediaType.APPLICATION_JSON)
				.body(LetterRequests.letter("KN-OUTAGE-" + System.nanoTime(), "so-nong-nghiep-db", "so-tai-chinh-db"))
				.exchange()
				.expectStatus()
				.isCreated()
				.returnResult(LetterView.class)
				.getResponseBody();

			// The relay tries and fails while the broker is down; the events wait in the
			// letter.
			await().during(Duration.ofSeconds(3))
				.atMost(Duration.ofSeconds(10))
				.until(() -> this.letters.findById(letter.id()).orElseThrow().pendingEvents() == 2);
		}
		finally {
			kafka.start();
		}

		await().atMost(Duration.ofSeconds(60))
			.until(() -> this.letters.findById(letter.id()).orElseThrow().pendingEvents() == 0);
		try (TopicReader reader = TopicReader.fromBeginning(kafka.bootstrapServers(),
				Topics.SUPERVISION_RECOMMENDATIONS)) {
			assertThat(
					reader.await((record) -> new String(record.value(), StandardCharsets.UTF_8).contains(letter.id()),
							2, Duration.ofSeconds(30)))
				.hasSize(2);
		}
	}

}
