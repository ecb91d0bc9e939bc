package vn.mttq.giamsat.events.supervision;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import vn.mttq.giamsat.events.ContractSamples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DirectoryAndWithdrawalContractTests {

	private static final String ORGANISATION = ContractSamples.json("supervision/OrganisationChanged.v1");

	private static final String WITHDRAWN = ContractSamples.json("supervision/RecommendationWithdrawn.v1");

	private final JsonMapper json = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	@Test
	void organisationGoldenSampleRoundTrips() {
		OrganisationChanged organisation = this.json.readValue(ORGANISATION, OrganisationChanged.class);

		assertThat(organisation.parentId()).isEqualTo("ubnd-tinh-dien-bien");
		assertThat(organisation.revision()).isEqualTo(1);
		assertThat(this.json.readTree(this.json.writeValueAsString(organisation)))
			.isEqualTo(this.json.readTree(ORGANISATION));
	}

	@Test
	void organisationIsValidBetweenItsDatesBothIncluded() {
		OrganisationChanged organisation = this.json.readValue(ORGANISATION, OrganisationChanged.class);

		assertThat(organisation.validOn(LocalDate.of(2025, 2, 28))).isFalse();
		assertThat(organisation.validOn(LocalDate.of(2025, 3, 1))).isTrue();
		assertThat(organisation.validOn(LocalDate.of(2030, 1, 1))).isTrue();
	}

	@Test
	void organisationWithoutKindIsRejectedNamingTheField() {
		ObjectNode node = (ObjectNode) this.json.readTree(ORGANISATION);
		node.remove("kind");

		assertThatThrownBy(() -> this.json.treeToValue(node, OrganisationChanged.class))
			.hasMessageContaining("missing required field 'kind'");
	}

	@Test
	void withdrawalGoldenSampleRoundTrips() {
		RecommendationWithdrawn withdrawn = this.json.readValue(WITHDRAWN, RecommendationWithdrawn.class);

		assertThat(withdrawn.reason()).startsWith("Sở đã tự khắc phục");
		assertThat(this.json.readTree(this.json.writeValueAsString(withdrawn)))
			.isEqualTo(this.json.readTree(WITHDRAWN));
	}

	@Test
	void withdrawalWithoutReasonIsRejectedNamingTheField() {
		ObjectNode node = (ObjectNode) this.json.readTree(WITHDRAWN);
		node.remove("reason");

		assertThatThrownBy(() -> this.json.treeToValue(node, RecommendationWithdrawn.class))
			.hasMessageContaining("missing required field 'reason'");
	}

}
