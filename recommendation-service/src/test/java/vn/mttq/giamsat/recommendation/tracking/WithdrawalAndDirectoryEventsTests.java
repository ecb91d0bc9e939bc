package vn.mttq.giamsat.recommendation.tracking;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import vn.mttq.giamsat.events.ContractSamples;
import vn.mttq.giamsat.events.Topics;
import vn.mttq.giamsat.events.supervision.OrganisationChanged;
import vn.mttq.giamsat.events.supervision.RecommendationIssued;
import vn.mttq.giamsat.events.supervision.RecommendationWithdrawn;
import vn.mttq.giamsat.localstack.LocalStack;
import vn.mttq.giamsat.localstack.TopicReader;
import vn.mttq.giamsat.localstack.TopicWriter;
import vn.mttq.giamsat.localstack.WithLocalStack;
import vn.mttq.giamsat.support.directory.KnownOrganisation;
import vn.mttq.giamsat.support.directory.OrganisationDirectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Withdrawals arriving on {@code supervision.recommendations} and directory records on
 * {@code supervision.organisations}: repeated, out of order, or for an unknown item.
 */
@WithLocalStack
@SpringBootTest
class WithdrawalAndDirectoryEventsTests {

	@Autowired
	RecommendationTracking tracking;

	@Autowired
	RecommendationRepository recommendations;

	@Autowired
	OrganisationDirectory directory;

	@Test
	void aWithdrawalClosesTheItemOnceHoweverOftenItArrives(LocalStack stack) {
		String id = UUID.randomUUID().toString();
		this.tracking.track(new RecommendationIssued(UUID.randomUUID().toString(), Instant.now(), id, "letter-w",
				"9/KN-MTTQ", "activity-w", "ubmttq-tinh-dien-bien", "so-w", "Rà soát", LocalDate.of(2026, 4, 2), null));
		String eventId = UUID.randomUUID().toString();

		sendWithdrawal(stack, id, eventId);
		sendWithdrawal(stack, id, eventId);
		sendWithdrawal(stack, id, UUID.randomUUID().toString());

		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.recommendations.findById(id).orElseThrow().status() == RecommendationStatus.CLOSED);
		Consumption.awaitAllConsumed(stack.kafka().bootstrapServers(), "recommendation-service",
				Topics.SUPERVISION_RECOMMENDATIONS);
		TrackedRecommendation withdrawn = this.recommendations.findById(id).orElseThrow();
		assertThat(withdrawn.closure()).isEqualTo(Closure.WITHDRAWN);
		assertThat(withdrawn.history()).extracting(HistoryEntry::transition).containsExactly("TRACKED", "CLOSED");
		assertThat(withdrawn.history().get(1).note()).startsWith("Sở đã tự khắc phục");
	}

	@Test
	void aWithdrawalOfAnItemNeverTrackedWaitsInTheDeadLetterListWithItsReason(LocalStack stack) {
		String id = UUID.randomUUID().toString();

		sendWithdrawal(stack, id, UUID.randomUUID().toString());

		try (TopicReader reader = TopicReader.fromBeginning(stack.kafka().bootstrapServers(),
				"supervision.recommendations.recommendation-service.dlt")) {
			List<ConsumerRecord<String, byte[]>> dead = reader.await((record) -> id.equals(record.key()), 1,
					Duration.ofSeconds(30));
			assertThat(TopicReader.header(dead.get(0), "x-exception-message")).contains("which is not tracked");
		}
		assertThat(this.recommendations.findById(id)).isEmpty();
	}

	@Test
	void theDirectoryKeepsTheHighestRevisionWhateverTheOrder() {
		String id = "so-" + UUID.randomUUID();

		assertThat(this.directory.apply(organisation(id, 2, "ubnd-tinh-moi"))).isTrue();
		assertThat(this.directory.apply(organisation(id, 1, "ubnd-tinh-cu"))).isFalse();
		assertThat(this.directory.apply(organisation(id, 2, "ubnd-tinh-moi"))).isFalse();

		assertThat(this.directory.find(id)).map(KnownOrganisation::parentId).contains("ubnd-tinh-moi");
		assertThat(this.directory.apply(organisation(id, 3, "ubnd-tinh-sau-sap-nhap"))).isTrue();
		assertThat(this.directory.parentOf(id)).contains("ubnd-tinh-sau-sap-nhap");
	}

	@Test
	void directoryRecordsArriveFromTheCompactedTopic(LocalStack stack) {
		String id = "so-" + UUID.randomUUID();
		String eventId = UUID.randomUUID().toString();
		String json = ContractSamples.json("supervision/OrganisationChanged.v1")
			.replace("so-nong-nghiep-moi-truong-dien-bien", id)
			.replace("3e9d2c1b-8a7f-4e6d-b5c4-a3b2c1d0e9f8", eventId);
		TopicWriter.send(stack.kafka().bootstrapServers(), Topics.SUPERVISION_ORGANISATIONS, id, json,
				ContractSamples.headers(OrganisationChanged.TYPE, OrganisationChanged.SOURCE, eventId, id));

		await().atMost(Duration.ofSeconds(30)).until(() -> this.directory.find(id).isPresent());
		assertThat(this.directory.parentOf(id)).contains("ubnd-tinh-dien-bien");
	}

	private static OrganisationChanged organisation(String id, long revision, String parent) {
		return new OrganisationChanged(UUID.randomUUID().toString(), Instant.now(), id, revision, "Sở", "DEPARTMENT",
				"PROVINCE", "tinh-dien-bien", parent, LocalDate.of(2025, 3, 1), null, List.of());
	}

	private static void sendWithdrawal(LocalStack stack, String id, String eventId) {
		String json = ContractSamples.json("supervision/RecommendationWithdrawn.v1")
			.replace("2b8e4d7c-6a1f-4e0b-8c3d-9f5a1e2d4c60", id)
			.replace("7c3a1e90-2b4d-4f6a-8e1c-0d9b8a7f6e51", eventId)
			.replace("so-nong-nghiep-dien-bien", "so-w");
		TopicWriter.send(stack.kafka().bootstrapServers(), Topics.SUPERVISION_RECOMMENDATIONS, id, json,
				ContractSamples.headers(RecommendationWithdrawn.TYPE, RecommendationWithdrawn.SOURCE, eventId, id));
	}

}
