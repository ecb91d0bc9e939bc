package vn.mttq.giamsat.events.recommendation;

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

class RecommendationLifecycleEventContractTests {

	private static final String GOLDEN = ContractSamples.json("recommendation/RecommendationLifecycleEvent.v1");

	private final JsonMapper json = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	@Test
	void goldenSampleReadsIntoTheRecord() {
		RecommendationLifecycleEvent event = this.json.readValue(GOLDEN, RecommendationLifecycleEvent.class);

		assertThat(event.sequence()).isEqualTo(3);
		assertThat(event.transition()).isEqualTo("ACCEPTED");
		assertThat(event.actor().organisationId()).isEqualTo("so-nong-nghiep-dien-bien");
		assertThat(event.attachments()).isEmpty();
		assertThat(event.documents()).singleElement().satisfies((document) -> {
			assertThat(document.name()).isEqualTo("CV-412-SNNMT tiếp thu kiến nghị.pdf");
			assertThat(document.size()).isEqualTo(183406);
			assertThat(document.service()).isEqualTo("recommendation-service");
		});
		assertThat(event.recommendation().dueDate()).isEqualTo(LocalDate.of(2026, 5, 4));
		assertThat(event.recommendation().answeredAt()).isEqualTo(Instant.parse("2026-04-20T02:40:00Z"));
		assertThat(event.recommendation().copyRecipientIds()).containsExactly("ubnd-tinh-dien-bien",
				"ubmttq-trung-uong");
		assertThat(event.recommendation().closure()).isNull();
	}

	@Test
	void recordWritesExactlyTheGoldenSample() {
		RecommendationLifecycleEvent event = this.json.readValue(GOLDEN, RecommendationLifecycleEvent.class);

		assertThat(this.json.readTree(this.json.writeValueAsString(event))).isEqualTo(this.json.readTree(GOLDEN));
	}

	@Test
	void anEventFromAProducerBeforeTheLetterKindAndTheProvisionalMarkStillReads() {
		ObjectNode node = (ObjectNode) this.json.readTree(GOLDEN);
		ObjectNode recommendation = (ObjectNode) node.get("recommendation");
		for (String added : new String[] { "letterKind", "dueDateProvisional", "dueDateExplanationEn" }) {
			recommendation.remove(added);
		}

		RecommendationLifecycleEvent.Snapshot snapshot = this.json.treeToValue(node, RecommendationLifecycleEvent.class)
			.recommendation();

		assertThat(snapshot.letterKind()).isNull();
		assertThat(snapshot.dueDateProvisional()).isFalse();
		assertThat(snapshot.dueDateExplanationEn()).isNull();
	}

	@Test
	void anEventFromAProducerBeforeStoredDocumentsStillReadsWithItsAttachmentNames() {
		ObjectNode node = (ObjectNode) this.json.readTree(GOLDEN);
		node.remove("documents");
		node.putArray("attachments").add("cv-412-snnmt.pdf");

		RecommendationLifecycleEvent event = this.json.treeToValue(node, RecommendationLifecycleEvent.class);

		assertThat(event.documents()).isEmpty();
		assertThat(event.attachments()).containsExactly("cv-412-snnmt.pdf");
	}

	@Test
	void refusesADocumentWhoseHashIsNotSha256() {
		ObjectNode node = (ObjectNode) this.json.readTree(GOLDEN);
		((ObjectNode) node.get("documents").get(0)).put("sha256", "not-a-hash");

		assertThatThrownBy(() -> this.json.treeToValue(node, RecommendationLifecycleEvent.class))
			.hasMessageContaining("'document.sha256'");
	}

	@Test
	void rejectsASequenceBelowOne() {
		ObjectNode node = (ObjectNode) this.json.readTree(GOLDEN);
		node.put("sequence", 0);

		assertThatThrownBy(() -> this.json.treeToValue(node, RecommendationLifecycleEvent.class))
			.isInstanceOf(ValueInstantiationException.class)
			.hasMessageContaining("'sequence'");
	}

	@Test
	void rejectsAnEventWithoutTheRecommendationsAddresseeNamingTheField() {
		ObjectNode node = (ObjectNode) this.json.readTree(GOLDEN);
		((ObjectNode) node.get("recommendation")).remove("addresseeAgencyId");

		assertThatThrownBy(() -> this.json.treeToValue(node, RecommendationLifecycleEvent.class))
			.hasMessageContaining("missing required field 'recommendation.addresseeAgencyId'");
	}

	@Test
	void typeCarriesTheContractVersion() {
		assertThat(RecommendationLifecycleEvent.TYPE).endsWith(".v1");
	}

}
