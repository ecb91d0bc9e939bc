package vn.mttq.giamsat.events.notification;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import vn.mttq.giamsat.events.ContractSamples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeliveryRecordedContractTests {

	private static final String GOLDEN = ContractSamples.json("notification/DeliveryRecorded.v1");

	private final JsonMapper json = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	@Test
	void goldenSampleRoundTrips() {
		DeliveryRecorded delivery = this.json.readValue(GOLDEN, DeliveryRecorded.class);

		assertThat(delivery.channel()).isEqualTo("EMAIL");
		assertThat(delivery.attempt()).isEqualTo(1);
		assertThat(this.json.readTree(this.json.writeValueAsString(delivery))).isEqualTo(this.json.readTree(GOLDEN));
	}

	@Test
	void theAddresseesDeliveryReadingOrAcknowledgementIsTheReceipt() {
		DeliveryRecorded delivered = this.json.readValue(GOLDEN, DeliveryRecorded.class);
		ObjectNode failed = (ObjectNode) this.json.readTree(GOLDEN);
		failed.put("outcome", "FAILED");
		ObjectNode copy = (ObjectNode) this.json.readTree(GOLDEN);
		copy.put("recipientRole", "COPY");
		ObjectNode read = (ObjectNode) this.json.readTree(GOLDEN);
		read.put("outcome", "READ");

		assertThat(delivered.provesReceiptByAddressee()).isTrue();
		assertThat(this.json.treeToValue(read, DeliveryRecorded.class).provesReceiptByAddressee()).isTrue();
		assertThat(this.json.treeToValue(failed, DeliveryRecorded.class).provesReceiptByAddressee()).isFalse();
		assertThat(this.json.treeToValue(copy, DeliveryRecorded.class).provesReceiptByAddressee()).isFalse();
	}

	@Test
	void anOutcomeWithoutChannelIsRejectedNamingTheField() {
		ObjectNode node = (ObjectNode) this.json.readTree(GOLDEN);
		node.remove("channel");

		assertThatThrownBy(() -> this.json.treeToValue(node, DeliveryRecorded.class))
			.hasMessageContaining("missing required field 'channel'");
	}

}
