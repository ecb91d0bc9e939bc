package vn.mttq.giamsat.events.supervision;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import vn.mttq.giamsat.events.ContractSamples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecommendationIssuedContractTests {

	private static final String GOLDEN = ContractSamples.json("supervision/RecommendationIssued.v1");

	private final JsonMapper json = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	@Test
	void goldenSampleReadsIntoTheRecord() {
		RecommendationIssued event = this.json.readValue(GOLDEN, RecommendationIssued.class);

		assertThat(event.eventId()).isEqualTo("5f0c7a52-3d0e-4a57-9a39-1d3f0b6f2a10");
		assertThat(event.occurredAt()).isEqualTo(Instant.parse("2026-04-02T03:15:00Z"));
		assertThat(event.addresseeAgencyId()).isEqualTo("so-nong-nghiep-dien-bien");
		assertThat(event.content()).startsWith("Rà soát, công khai");
		assertThat(event.issuedOn()).isEqualTo(LocalDate.of(2026, 4, 2));
		assertThat(event.dueDate()).isEqualTo(LocalDate.of(2026, 5, 4));
	}

	@Test
	void recordWritesExactlyTheGoldenSample() {
		RecommendationIssued event = this.json.readValue(GOLDEN, RecommendationIssued.class);

		assertThat(this.json.readTree(this.json.writeValueAsString(event))).isEqualTo(this.json.readTree(GOLDEN));
	}

	@Test
	void dueDateIsOptional() {
		ObjectNode node = (ObjectNode) this.json.readTree(GOLDEN);
		node.remove("dueDate");

		assertThat(this.json.treeToValue(node, RecommendationIssued.class).dueDate()).isNull();
	}

	@Test
	void anItemMayCarryAPeriodInsteadOfADate() {
		ObjectNode node = (ObjectNode) this.json.readTree(GOLDEN);
		node.remove("dueDate");
		node.putObject("dueRule").put("days", 30).put("counting", "WORKING_DAYS");

		RecommendationIssued event = this.json.treeToValue(node, RecommendationIssued.class);

		assertThat(event.dueRule()).isEqualTo(new RecommendationIssued.DueRule(30, "WORKING_DAYS"));
		assertThat(event.dueDate()).isNull();
	}

	@Test
	void rejectsAnItemWithBothADateAndAPeriod() {
		ObjectNode node = (ObjectNode) this.json.readTree(GOLDEN);
		node.putObject("dueRule").put("days", 30).put("counting", "CALENDAR_DAYS");

		assertThatThrownBy(() -> this.json.treeToValue(node, RecommendationIssued.class))
			.isInstanceOf(ValueInstantiationException.class)
			.hasMessageContaining("'dueDate' and 'dueRule' cannot both be set");
	}

	@Test
	void rejectsAPeriodWithAnUnknownCounting() {
		ObjectNode node = (ObjectNode) this.json.readTree(GOLDEN);
		node.remove("dueDate");
		node.putObject("dueRule").put("days", 30).put("counting", "LUNAR_DAYS");

		assertThatThrownBy(() -> this.json.treeToValue(node, RecommendationIssued.class))
			.isInstanceOf(ValueInstantiationException.class)
			.hasMessageContaining("'dueRule.counting' must be CALENDAR_DAYS or WORKING_DAYS");
	}

	@Test
	void anEventFromAProducerBeforeTheClassifyingFieldsStillReads() {
		ObjectNode node = (ObjectNode) this.json.readTree(GOLDEN);
		for (String added : new String[] { "letterKind", "itemType", "activityKind", "supervisionForm", "level",
				"copyRecipientIds", "dueRule", "letterDocuments" }) {
			node.remove(added);
		}

		RecommendationIssued event = this.json.treeToValue(node, RecommendationIssued.class);
		assertThat(event.itemType()).isNull();
		assertThat(event.copyRecipientIds()).isEmpty();
		assertThat(event.letterDocuments()).isEmpty();
	}

	@Test
	void theLetterNamesItsSignedScanByReferenceOnly() {
		RecommendationIssued event = this.json.readValue(GOLDEN, RecommendationIssued.class);

		assertThat(event.letterDocuments()).singleElement().satisfies((document) -> {
			assertThat(document.contentType()).isEqualTo("application/pdf");
			assertThat(document.service()).isEqualTo("supervision-service");
			assertThat(document.href()).startsWith("/api/v1/activities/");
		});
	}

	@Test
	void unknownFieldsOfALaterMinorVersionAreIgnored() {
		ObjectNode node = (ObjectNode) this.json.readTree(GOLDEN);
		node.put("fieldAddedLater", "x");

		assertThat(this.json.treeToValue(node, RecommendationIssued.class).recommendationId())
			.isEqualTo("2b8e4d7c-6a1f-4e0b-8c3d-9f5a1e2d4c60");
	}

	@Test
	void rejectsAnEventWithoutAddresseeNamingTheField() {
		ObjectNode node = (ObjectNode) this.json.readTree(GOLDEN);
		node.remove("addresseeAgencyId");

		assertThatThrownBy(() -> this.json.treeToValue(node, RecommendationIssued.class))
			.isInstanceOf(ValueInstantiationException.class)
			.hasMessageContaining("missing required field 'addresseeAgencyId'");
	}

	@Test
	void typeCarriesTheContractVersion() {
		assertThat(RecommendationIssued.TYPE).endsWith(".v1");
	}

}
