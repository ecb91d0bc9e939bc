package vn.mttq.giamsat.supervision.organisation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import vn.mttq.giamsat.localstack.LocalIssuer;
import vn.mttq.giamsat.localstack.WithLocalStack;
import vn.mttq.giamsat.supervision.organisation.search.SearchKey;
import vn.mttq.giamsat.supervision.organisation.search.SearchKeyMigration;
import vn.mttq.giamsat.support.security.Callers;
import vn.mttq.giamsat.support.security.RecordedActor;

import static org.assertj.core.api.Assertions.assertThat;

@WithLocalStack
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DirectorySearchTests {

	@LocalServerPort
	int port;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	DirectoryWrites writes;

	@Autowired
	SearchKeyMigration migration;

	RestTestClient admin;

	String suffix;

	@BeforeEach
	void client(LocalIssuer issuer) {
		this.admin = Callers.as(this.port, issuer, "ubmttq-tinh-dien-bien", "ADMIN");
		this.suffix = Long.toString(System.nanoTime(), 36);
	}

	@Test
	void muongPhangWithoutDiacriticsFindsXaMuongPhangInAnyCase() {
		for (String q : List.of("muong phang", "MƯỜNG PHĂNG", "Muong Phang", "  muong   PHANG ")) {
			assertThat(unitIds(q)).as(q).contains("xa-muong-phang", "xa-muong-phang-truoc-2025");
			assertThat(organisationIds(q)).as(q).contains("ubnd-xa-muong-phang", "ubmttq-xa-muong-phang");
		}
	}

	@Test
	void ubndXaMuongPhangFindsTheCommunesPeoplesCommitteeByItsFullName() {
		assertThat(organisationIds("ubnd xa muong phang")).contains("ubnd-xa-muong-phang")
			.doesNotContain("ubmttq-xa-muong-phang");
		assertThat(organisationIds("UBND XA")).contains("ubnd-xa-muong-phang", "ubnd-xa-thanh-nua")
			.doesNotContain("ubnd-tinh-dien-bien");
		assertThat(organisationIds("HĐND xã Mường Phăng")).contains("hdnd-xa-muong-phang")
			.doesNotContain("ubnd-xa-muong-phang");
		assertThat(organisationIds("mttq tinh dien bien")).contains("ubmttq-tinh-dien-bien");
		assertThat(organisationIds("UBMTTQ tỉnh Điện Biên")).contains("ubmttq-tinh-dien-bien");
	}

	@Test
	void dienBienWithoutTheLetterDdFindsDienBien() {
		assertThat(unitIds("dien bien")).contains("tinh-dien-bien", "huyen-dien-bien", "thanh-pho-dien-bien-phu");
		assertThat(organisationIds("ubnd tinh dien bien")).contains("ubnd-tinh-dien-bien");
	}

	@Test
	void theWordsAreFoundFromTheStartOfAWord() {
		assertThat(organisationIds("uong phang")).isEmpty();
		assertThat(unitIds("ien bien")).isEmpty();
	}

	@Test
	void aQueryThatLooksLikeARegularExpressionIsTakenLiterally() {
		assertThat(organisationIds(".*")).isEmpty();
		assertThat(unitIds(".*")).isEmpty();
		assertThat(unitIds("(huyen dien bien")).containsExactlyInAnyOrder("xa-muong-phang-truoc-2025",
				"xa-thanh-nua-truoc-2025");
		assertThat(organisationIds("(")).isNotEmpty()
			.allSatisfy((id) -> assertThat(organisationName(id)).contains("("));
	}

	@Test
	void aRenamedOrganisationIsFoundByItsNewNameOnly() {
		String id = "ban-quan-ly-" + this.suffix;
		put(id, "Ban Quản lý dự án đầu tư " + this.suffix);
		assertThat(organisationIds("quan ly du an dau tu " + this.suffix)).containsExactly(id);
		put(id, "Ban Quản lý rừng đặc dụng Mường Phăng " + this.suffix);
		assertThat(organisationIds("rung dac dung muong phang " + this.suffix)).containsExactly(id);
		assertThat(organisationIds("du an dau tu " + this.suffix)).isEmpty();
	}

	@Test
	void anImportedOrganisationIsFoundWithoutDiacritics() {
		String id = "so-noi-vu-" + this.suffix;
		this.writes.writeOrganisations(
				List.of(new OrganisationDraft(id, "Sở Nội vụ " + this.suffix + " tỉnh Điện Biên",
						OrganisationKind.DEPARTMENT, AdministrativeLevel.PROVINCE, "tinh-dien-bien",
						"ubnd-tinh-dien-bien", LocalDate.of(2004, 1, 1), null, List.of())),
				new RecordedActor("importer", "ubmttq-tinh-dien-bien"), false);
		assertThat(organisationIds("so noi vu " + this.suffix + " tinh dien bien")).containsExactly(id);
	}

	@Test
	void anOrganisationAndAUnitStoredBeforeTheSearchKeyAreFoundAfterTheMigration() {
		String id = "so-van-hoa-" + this.suffix;
		put(id, "Sở Văn hóa, Thể thao và Du lịch " + this.suffix);
		String words = "van hoa the thao va du lich " + this.suffix;
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), new Update().unset(SearchKey.FIELD),
				"organisations");
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is("xa-thanh-nua")),
				new Update().unset(SearchKey.FIELD), "administrativeUnits");
		assertThat(organisationIds(words)).isEmpty();
		assertThat(unitIds("xa thanh nua")).doesNotContain("xa-thanh-nua");

		this.migration.run(null);
		this.migration.run(null);

		assertThat(organisationIds(words)).containsExactly(id);
		assertThat(unitIds("xa thanh nua")).contains("xa-thanh-nua");
		this.admin.get()
			.uri("/api/v1/organisations/{id}", id)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.revision")
			.isEqualTo(1);
	}

	@Test
	void aQueryOfMoreThanTenWordsOrAHundredCharactersIsRefused() {
		for (String path : List.of("/api/v1/organisations", "/api/v1/administrative-units")) {
			for (String q : List.of("mot hai ba bon nam sau bay tam chin muoi muoi-mot", "x".repeat(101))) {
				this.admin.get()
					.uri(path + "?q={q}", q)
					.exchange()
					.expectStatus()
					.isBadRequest()
					.expectHeader()
					.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
			}
		}
	}

	private void put(String id, String name) {
		this.admin.put()
			.uri("/api/v1/organisations/{id}", id)
			.contentType(MediaType.APPLICATION_JSON)
			.body(DirectoryApiTests.organisation(id, name, "DEPARTMENT", "PROVINCE", "tinh-dien-bien",
					"ubnd-tinh-dien-bien", "2004-01-01"))
			.exchange()
			.expectStatus()
			.is2xxSuccessful();
	}

	private List<String> organisationIds(String q) {
		return ids("/api/v1/organisations?size=500&q={q}", q, "$.content[*].id");
	}

	private List<String> unitIds(String q) {
		return ids("/api/v1/administrative-units?q={q}", q, "$[*].id");
	}

	private List<String> ids(String uri, String q, String path) {
		List<String> ids = new ArrayList<>();
		this.admin.get()
			.uri(uri, q)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath(path)
			.<List<String>>value(ids::addAll);
		return ids;
	}

	private String organisationName(String id) {
		return this.mongo.findById(id, Organisation.class).name();
	}

}
