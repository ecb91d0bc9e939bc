package vn.mttq.giamsat.supervision.organisation;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import vn.mttq.giamsat.events.ContractSamples;
import vn.mttq.giamsat.events.Topics;
import vn.mttq.giamsat.events.supervision.OrganisationChanged;
import vn.mttq.giamsat.localstack.LocalIssuer;
import vn.mttq.giamsat.localstack.LocalStack;
import vn.mttq.giamsat.localstack.TopicReader;
import vn.mttq.giamsat.localstack.WithLocalStack;
import vn.mttq.giamsat.support.security.Callers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@WithLocalStack
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DirectoryApiTests {

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	OrganisationRepository organisations;

	@Autowired
	AdministrativeUnitRepository units;

	RestTestClient admin;

	String suffix;

	@BeforeEach
	void client(LocalIssuer issuer) {
		this.admin = Callers.as(this.port, issuer, "ubmttq-tinh-dien-bien", "ADMIN");
		this.suffix = Long.toString(System.nanoTime(), 36);
	}

	@Test
	void seedsTheDienBienDirectoryWithUnitsBeforeAndAfterTheReform() {
		this.admin.get()
			.uri("/api/v1/organisations/ubnd-xa-muong-phang")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.kind")
			.isEqualTo("PEOPLES_COMMITTEE")
			.jsonPath("$.parentId")
			.isEqualTo("ubnd-tinh-dien-bien")
			.jsonPath("$.validFrom")
			.isEqualTo("2025-07-01");
		this.admin.get()
			.uri("/api/v1/administrative-units?level=DISTRICT&validOn=2025-06-30")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[*].id")
			.<List<String>>value((ids) -> assertThat(ids).contains("huyen-dien-bien"));
		this.admin.get()
			.uri("/api/v1/administrative-units?level=DISTRICT&validOn=2025-07-01")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.length()")
			.isEqualTo(0);
		this.admin.get()
			.uri("/api/v1/organisations?parentId=ubmttq-xa-muong-phang")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.content[*].kind")
			.<List<String>>value((kinds) -> assertThat(kinds).containsExactlyInAnyOrder("COMMUNITY_INVESTMENT_BOARD",
					"PEOPLES_INSPECTION_BOARD"));
	}

	@Test
	void publishesEveryChangeOnTheCompactedTopicWithAGrowingRevision(LocalStack stack) throws Exception {
		String id = "so-cong-thuong-" + this.suffix;
		create(id, organisation(id, "Sở Công Thương tỉnh Điện Biên", "DEPARTMENT", "PROVINCE", "tinh-dien-bien",
				"ubnd-tinh-dien-bien", "2004-01-01"));
		this.admin.put()
			.uri("/api/v1/organisations/{id}", id)
			.contentType(MediaType.APPLICATION_JSON)
			.body(organisation(id, "Sở Công Thương", "DEPARTMENT", "PROVINCE", "tinh-dien-bien", "ubnd-tinh-dien-bien",
					"2004-01-01"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.revision")
			.isEqualTo(2);

		try (TopicReader reader = TopicReader.fromBeginning(stack.kafka().bootstrapServers(),
				Topics.SUPERVISION_ORGANISATIONS)) {
			List<ConsumerRecord<String, byte[]>> records = reader.await((record) -> id.equals(record.key()), 2,
					Duration.ofSeconds(30));
			JsonNode golden = this.json.readTree(ContractSamples.json("supervision/OrganisationChanged.v1"));
			assertThat(records).extracting((record) -> this.json.readTree(record.value()).get("revision").asLong())
				.containsExactly(1L, 2L);
			JsonNode latest = this.json.readTree(records.get(1).value());
			assertThat(Set.copyOf(latest.propertyNames())).isEqualTo(Set.copyOf(golden.propertyNames()));
			assertThat(latest.get("name").asString()).isEqualTo("Sở Công Thương");
			assertThat(latest.get("parentId").asString()).isEqualTo("ubnd-tinh-dien-bien");
			assertThat(TopicReader.header(records.get(1), "ce_type")).isEqualTo(OrganisationChanged.TYPE);
		}
		try (Admin kafka = Admin
			.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafka().bootstrapServers()))) {
			ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, Topics.SUPERVISION_ORGANISATIONS);
			Config config = kafka.describeConfigs(List.of(topic)).all().get().get(topic);
			assertThat(config.get("cleanup.policy").value()).isEqualTo("compact");
		}
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.organisations.findById(id).orElseThrow().pendingEvents()).isZero());
	}

	@Test
	void changesNothingAndPublishesNothingWhenAnUpdateChangesNothing() {
		String id = "so-khoa-hoc-" + this.suffix;
		String body = organisation(id, "Sở Khoa học và Công nghệ", "DEPARTMENT", "PROVINCE", "tinh-dien-bien",
				"ubnd-tinh-dien-bien", "2004-01-01");
		create(id, body);
		this.admin.put()
			.uri("/api/v1/organisations/{id}", id)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.revision")
			.isEqualTo(1);
	}

	@Test
	void rejectsADistrictBodyCreatedAfterTheReformAndStoresNothing() {
		String id = "ubmttq-huyen-moi-" + this.suffix;
		this.admin.put()
			.uri("/api/v1/organisations/{id}", id)
			.contentType(MediaType.APPLICATION_JSON)
			.body(organisation(id, "Ủy ban MTTQ huyện mới", "FRONT_COMMITTEE", "DISTRICT", "huyen-dien-bien",
					"ubmttq-tinh-dien-bien", "2025-07-01"))
			.exchange()
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.errors[*].field")
			.<List<String>>value((fields) -> assertThat(fields).contains("level"));
		assertThat(this.organisations.existsById(id)).isFalse();
	}

	@Test
	void rejectsADistrictBodyThatOutlivesTheReform() {
		this.admin.put()
			.uri("/api/v1/organisations/{id}", "ubnd-huyen-" + this.suffix)
			.contentType(MediaType.APPLICATION_JSON)
			.body(organisation("ubnd-huyen-" + this.suffix, "UBND huyện", "PEOPLES_COMMITTEE", "DISTRICT",
					"huyen-dien-bien", "ubnd-tinh-dien-bien", "2010-01-01"))
			.exchange()
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.errors[*].field")
			.<List<String>>value((fields) -> assertThat(fields).contains("validTo"));
	}

	@Test
	void namesAnUnknownUnitAndSuperior() {
		this.admin.put()
			.uri("/api/v1/organisations/{id}", "so-x-" + this.suffix)
			.contentType(MediaType.APPLICATION_JSON)
			.body(organisation("so-x-" + this.suffix, "Sở X", "DEPARTMENT", "PROVINCE", "tinh-khong-co",
					"ubnd-khong-co", "2020-01-01"))
			.exchange()
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:giamsat:problem:business-rule")
			.jsonPath("$.errors[*].field")
			.<List<String>>value((fields) -> assertThat(fields).containsExactly("administrativeUnitId", "parentId"));
	}

	@Test
	void rejectsASuperiorLoop() {
		String upper = "ban-a-" + this.suffix;
		String lower = "ban-b-" + this.suffix;
		create(upper, organisation(upper, "Ban A", "OTHER_AGENCY", "PROVINCE", "tinh-dien-bien", null, "2020-01-01"));
		create(lower, organisation(lower, "Ban B", "OTHER_AGENCY", "PROVINCE", "tinh-dien-bien", upper, "2020-01-01"));

		this.admin.put()
			.uri("/api/v1/organisations/{id}", upper)
			.contentType(MediaType.APPLICATION_JSON)
			.body(organisation(upper, "Ban A", "OTHER_AGENCY", "PROVINCE", "tinh-dien-bien", lower, "2020-01-01"))
			.exchange()
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("parentId");
	}

	@Test
	void requiresASuccessorToExistTheDayAfter() {
		String id = "so-cu-" + this.suffix;
		this.admin.put()
			.uri("/api/v1/organisations/{id}", id)
			.contentType(MediaType.APPLICATION_JSON)
			.body(organisation(id, "Sở cũ", "DEPARTMENT", "PROVINCE", "tinh-dien-bien", "ubnd-tinh-dien-bien",
					"2010-01-01")
				.replace("\"validFrom\"",
						"\"validTo\": \"2024-12-31\", \"successorIds\": [\"so-nong-nghiep-moi-truong-dien-bien\"], \"validFrom\""))
			.exchange()
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("successorIds[0]");
	}

	@Test
	void refusesAnIdThatIsNotAnAsciiSlugAndANameOnTwoLines() {
		for (String id : List.of("so-văn-hóa-" + this.suffix, "So-Van-Hoa-" + this.suffix, "so--van-" + this.suffix,
				"so_van_" + this.suffix, "s".repeat(101))) {
			this.admin.put()
				.uri("/api/v1/organisations/{id}", id)
				.contentType(MediaType.APPLICATION_JSON)
				.body(organisation(id, "Sở Văn hóa", "DEPARTMENT", "PROVINCE", "tinh-dien-bien", null, "2004-01-01"))
				.exchange()
				.expectStatus()
				.isBadRequest()
				.expectBody()
				.jsonPath("$.errors[0].field")
				.isEqualTo("id");
		}
		String id = "so-van-hoa-" + this.suffix;
		this.admin.put()
			.uri("/api/v1/organisations/{id}", id)
			.contentType(MediaType.APPLICATION_JSON)
			.body(organisation(id, "Sở Văn hóa\\nThể thao", "DEPARTMENT", "PROVINCE", "tinh-dien-bien", null,
					"2004-01-01"))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("name");
	}

	@Test
	void saysWhatAnIdMustLookLikeInTheRequestsLanguage() {
		String id = "So_Van_" + this.suffix;
		this.admin.put()
			.uri("/api/v1/organisations/{id}", id)
			.header(HttpHeaders.ACCEPT_LANGUAGE, "vi")
			.contentType(MediaType.APPLICATION_JSON)
			.body(organisation(id, "Sở Văn hóa", "DEPARTMENT", "PROVINCE", "tinh-dien-bien", null, "2004-01-01"))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].message")
			.<String>value((message) -> assertThat(message).startsWith("phải gồm chữ thường và chữ số ASCII"));
	}

	@Test
	void letsOnlyAdministratorsChangeTheDirectory(LocalIssuer issuer) {
		Callers.as(this.port, issuer, "ubmttq-tinh-dien-bien", "FRONT_OFFICIAL")
			.put()
			.uri("/api/v1/organisations/{id}", "so-q-" + this.suffix)
			.contentType(MediaType.APPLICATION_JSON)
			.body(organisation("so-q-" + this.suffix, "Sở Q", "DEPARTMENT", "PROVINCE", "tinh-dien-bien", null,
					"2004-01-01"))
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	private void create(String id, String body) {
		this.admin.put()
			.uri("/api/v1/organisations/{id}", id)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange()
			.expectStatus()
			.isCreated();
	}

	static String organisation(String id, String name, String kind, String level, String unit, String parent,
			String validFrom) {
		String parentField = (parent != null) ? "\"parentId\": \"" + parent + "\"," : "";
		return """
				{ "name": "%s", "kind": "%s", "level": "%s", "administrativeUnitId": "%s", %s
				  "validFrom": "%s" }""".formatted(name, kind, level, unit, parentField, validFrom);
	}

}
