package vn.mttq.giamsat.support.messaging;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

import vn.mttq.giamsat.events.ContractSamples;
import vn.mttq.giamsat.events.supervision.RecommendationIssued;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventReaderTests {

	static final String GOLDEN = ContractSamples.json("supervision/RecommendationIssued.v1");

	final EventReader reader = new EventReader(JsonMapper.builder().build());

	@Test
	void readsTheGoldenEventWithTheKafkaHeaderAsText() {
		RecommendationIssued event = read(message(GOLDEN, "ce_type", RecommendationIssued.TYPE));

		assertThat(event.recommendationId()).isEqualTo("2b8e4d7c-6a1f-4e0b-8c3d-9f5a1e2d4c60");
	}

	@Test
	void readsTheTypeFromRawHeaderBytes() {
		RecommendationIssued event = read(
				message(GOLDEN, "ce_type", RecommendationIssued.TYPE.getBytes(StandardCharsets.UTF_8)));

		assertThat(event.letterNumber()).isEqualTo("125/KN-MTTQ-BTT");
	}

	@Test
	void readsTheTypeUnderSpringCloudFunctionsPrefix() {
		assertThat(read(message(GOLDEN, "ce-type", RecommendationIssued.TYPE)).content()).startsWith("Rà soát");
	}

	@Test
	void ignoresFieldsAddedByALaterMinorVersion() {
		String extended = GOLDEN.replaceFirst("\\{", "{ \"addedLater\": 1,");

		assertThat(read(message(extended, "ce_type", RecommendationIssued.TYPE)).dueDate()).isNotNull();
	}

	@Test
	void rejectsAMissingType() {
		assertThatThrownBy(() -> read(message(GOLDEN, "other", "x"))).isInstanceOf(PoisonEventException.class)
			.hasMessageContaining("missing header ce_type");
	}

	@Test
	void rejectsAnUnknownVersion() {
		String v2 = RecommendationIssued.TYPE.replace(".v1", ".v2");

		assertThatThrownBy(() -> read(message(GOLDEN, "ce_type", v2))).isInstanceOf(PoisonEventException.class)
			.hasMessageContaining("unsupported event type '" + v2 + "'");
	}

	@Test
	void rejectsAPayloadThatIsNotJson() {
		assertThatThrownBy(() -> read(message("<xml/>", "ce_type", RecommendationIssued.TYPE)))
			.isInstanceOf(PoisonEventException.class)
			.hasMessageStartingWith("unreadable RecommendationIssued");
	}

	@Test
	void rejectsAnEventWithoutARequiredFieldNamingIt() {
		String incomplete = GOLDEN.replace("\"content\"", "\"contentX\"");

		assertThatThrownBy(() -> read(message(incomplete, "ce_type", RecommendationIssued.TYPE)))
			.isInstanceOf(PoisonEventException.class)
			.hasMessageContaining("missing required field 'content'");
	}

	private RecommendationIssued read(Message<byte[]> message) {
		return this.reader.read(message, RecommendationIssued.class, RecommendationIssued.TYPE);
	}

	private static Message<byte[]> message(String json, String header, Object value) {
		return MessageBuilder.withPayload(json.getBytes(StandardCharsets.UTF_8)).setHeader(header, value).build();
	}

}
