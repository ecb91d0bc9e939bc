package vn.mttq.giamsat.supervision.organisation.importing;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import vn.mttq.giamsat.localstack.LocalIssuer;
import vn.mttq.giamsat.localstack.WithLocalStack;
import vn.mttq.giamsat.supervision.organisation.DirectoryQueries;
import vn.mttq.giamsat.supervision.organisation.Organisation;
import vn.mttq.giamsat.support.security.Callers;

import static org.assertj.core.api.Assertions.assertThat;

@WithLocalStack
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DirectoryImportTests {

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	DirectoryQueries directory;

	@Autowired
	DirectoryImporting importing;

	RestTestClient admin;

	ImportRequests imports;

	String suffix;

	@BeforeEach
	void client(LocalIssuer issuer) {
		this.admin = Callers.as(this.port, issuer, "ubmttq-tinh-dien-bien", "ADMIN");
		this.imports = new ImportRequests(this.admin);
		this.suffix = Long.toString(System.nanoTime(), 36);
	}

	@Test
	void refusesACsvFileWithBadRowsWholeAndListsEveryBadRow() {
		String good = "so-van-hoa-" + this.suffix;
		String csv = ImportRequests.ORGANISATION_HEADER + """
				%s,"Sở Văn hóa, Thể thao và Du lịch",DEPARTMENT,PROVINCE,tinh-dien-bien,ubnd-tinh-dien-bien,2004-01-01,,
				so-y-%s,Sở Y,AGENCY,PROVINCE,tinh-dien-bien,ubnd-tinh-dien-bien,2004-01-01,,
				so-z-%s,Sở Z,DEPARTMENT,PROVINCE,tinh-dien-bien,ubnd-khong-co,2004-31-01,,
				""".formatted(good, this.suffix, this.suffix);
		Map<?, ?> job = this.imports.imported(ImportRequests.ORGANISATIONS, csv);
		assertThat(job.get("status")).isEqualTo("FAILED");
		assertThat(fields(job)).contains("line[3].kind", "line[4].validFrom");
		assertThat(job.get("totalErrors")).isEqualTo(fields(job).size());
		assertThat(job.get("rowsTotal")).isEqualTo(3);
		assertThat(job.get("rowsDone")).isEqualTo(0);
		assertThat(this.directory.organisation(good)).isEmpty();
	}

	@Test
	void importsACsvFileWithQuotedNamesAndSuccessorsAndChangesNothingTheSecondTime() {
		String merged = "so-ke-hoach-" + this.suffix;
		String result = "so-tai-chinh-moi-" + this.suffix;
		String csv = ImportRequests.ORGANISATION_HEADER
				+ """
						%1$s,"Sở Kế hoạch và Đầu tư",DEPARTMENT,PROVINCE,tinh-dien-bien,ubnd-tinh-dien-bien,2004-01-01,2025-02-28,%2$s
						%2$s,"Sở Tài chính \"\"mới\"\"\",DEPARTMENT,PROVINCE,tinh-dien-bien,ubnd-tinh-dien-bien,2025-03-01,,
						"""
					.formatted(merged, result);
		Map<?, ?> first = this.imports.imported(ImportRequests.ORGANISATIONS, csv);
		assertThat(first.get("status")).isEqualTo("SUCCEEDED");
		assertThat(first.get("created")).isEqualTo(2);
		assertThat(first.get("rowsDone")).isEqualTo(2);
		assertThat(this.directory.organisation(merged).orElseThrow().successorIds()).containsExactly(result);
		assertThat(this.directory.organisation(result).map(Organisation::name)).contains("Sở Tài chính \"mới\"");

		Map<?, ?> again = this.imports.imported(ImportRequests.ORGANISATIONS, csv);
		assertThat(again.get("status")).isEqualTo("SUCCEEDED");
		assertThat(again.get("unchanged")).isEqualTo(2);
		assertThat(this.directory.organisation(result).orElseThrow().revision()).isEqualTo(1);
	}

	@Test
	void importsUnitsFromCsv() {
		String unit = "xa-moi-" + this.suffix;
		Map<?, ?> job = this.imports.imported(ImportRequests.UNITS, """
				id,name,level,parentId,validFrom,validTo,successorIds
				%s,Xã Mới,COMMUNE,tinh-dien-bien,2025-07-01,,
				""".formatted(unit));
		assertThat(job.get("status")).isEqualTo("SUCCEEDED");
		assertThat(job.get("created")).isEqualTo(1);
		this.admin.get().uri("/api/v1/administrative-units/{id}", unit).exchange().expectStatus().isOk();
	}

	@Test
	void placesCommunesInDistrictsBeforeTheReformAndInProvincesAfter() {
		Map<?, ?> job = this.imports.imported(ImportRequests.UNITS, """
				id,name,level,parentId,validFrom,validTo,successorIds
				xa-cu-%1$s,Xã Cũ,COMMUNE,tinh-dien-bien,2010-01-01,2025-06-30,
				xa-moi-%1$s,Xã Mới,COMMUNE,huyen-dien-bien,2025-07-01,,
				xa-dung-%1$s,Xã Đúng,COMMUNE,huyen-dien-bien,2010-01-01,2025-06-30,
				""".formatted(this.suffix));
		assertThat(fields(job)).containsExactly("line[2].parentId", "line[3].parentId");
	}

	@Test
	void refusesIdsWithVietnameseLettersAndCellsWithTabsOrLineBreaksNamingLineAndColumn() {
		String csv = ImportRequests.ORGANISATION_HEADER + """
				so-văn-hóa-%1$s,Sở Văn hóa,DEPARTMENT,PROVINCE,tinh-dien-bien,ubnd-tinh-dien-bien,2004-01-01,,
				so-a-%1$s,"Sở	A",DEPARTMENT,PROVINCE,tinh-dien-bien,ubnd-tinh-dien-bien,2004-01-01,,
				so-b-%1$s,"Sở
				B",DEPARTMENT,PROVINCE,tinh-dien-bien,ubnd-tinh-dien-bien,2004-01-01,,
				so-c-%1$s,Sở C,DEPARTMENT,PROVINCE,tinh-dien-bien,ubnd-tinh-dien-bien,2004-01-01,,
				""".formatted(this.suffix);
		Map<?, ?> job = this.imports.imported(ImportRequests.ORGANISATIONS, csv);
		assertThat(job.get("status")).isEqualTo("FAILED");
		assertThat(fields(job)).containsExactly("line[2].id", "line[3].name", "line[4].name");
		assertThat(this.directory.organisation("so-c-" + this.suffix)).isEmpty();
	}

	@Test
	void importsJsonWhereRowsReferToLaterRowsOfTheSameFile() {
		String unit = "xa-nua-ngam-" + this.suffix;
		String front = "ubmttq-xa-nua-ngam-" + this.suffix;
		String board = "ban-ttnd-xa-nua-ngam-" + this.suffix;
		this.admin.post()
			.uri("/api/v1/directory/import")
			.contentType(MediaType.APPLICATION_JSON)
			.body("""
					{ "organisations": [
					    { "id": "%3$s", "name": "Ban Thanh tra nhân dân xã Núa Ngam", "kind": "PEOPLES_INSPECTION_BOARD",
					      "level": "COMMUNE", "administrativeUnitId": "%1$s", "parentId": "%2$s", "validFrom": "2025-07-01" },
					    { "id": "%2$s", "name": "Ủy ban MTTQ xã Núa Ngam", "kind": "FRONT_COMMITTEE", "level": "COMMUNE",
					      "administrativeUnitId": "%1$s", "parentId": "ubmttq-tinh-dien-bien", "validFrom": "2025-07-01" } ],
					  "administrativeUnits": [
					    { "id": "%1$s", "name": "Xã Núa Ngam", "level": "COMMUNE", "parentId": "tinh-dien-bien",
					      "validFrom": "2025-07-01" } ] }"""
				.formatted(unit, front, board))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.organisationsCreated")
			.isEqualTo(2)
			.jsonPath("$.unitsCreated")
			.isEqualTo(1);
	}

	@Test
	void refusesAJsonFileWithBadRowsWholeAndListsEveryBadRow() {
		String good = "so-noi-vu-" + this.suffix;
		this.admin.post()
			.uri("/api/v1/directory/import")
			.contentType(MediaType.APPLICATION_JSON)
			.body("""
					{ "organisations": [
					    { "id": "%s", "name": "Sở Nội vụ", "kind": "DEPARTMENT", "level": "PROVINCE",
					      "administrativeUnitId": "tinh-dien-bien", "validFrom": "2004-01-01" },
					    { "id": "%s", "name": "", "kind": "DEPARTMENT", "level": "PROVINCE",
					      "administrativeUnitId": "tinh-dien-bien", "validFrom": "2004-01-01" },
					    { "id": "ubnd-huyen-x-%s", "name": "UBND huyện X", "kind": "PEOPLES_COMMITTEE", "level": "DISTRICT",
					      "administrativeUnitId": "huyen-dien-bien", "validFrom": "2026-01-01", "colour": "blue" },
					    { "id": "%s", "name": "Sở Nội vụ (trùng)", "kind": "DEPARTMENT", "level": "PROVINCE",
					      "administrativeUnitId": "tinh-dien-bien", "validFrom": "2004-01-01" } ] }"""
				.formatted(good, "so-rong-" + this.suffix, this.suffix, good))
			.exchange()
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.errors[*].field")
			.<List<String>>value((fields) -> assertThat(fields).contains("organisations[1].name",
					"organisations[2].colour", "organisations[2].level", "organisations[3].id"));
		assertThat(this.directory.organisation(good)).isEmpty();
	}

	@Test
	void seedsFromTwoInstancesStartingTogetherWithoutFailing() throws Exception {
		StringBuilder organisations = new StringBuilder();
		for (int i = 0; i < 20; i++) {
			organisations.append((i > 0) ? "," : "")
				.append("""
						{ "id": "so-seed-%s-%d", "name": "Sở %d", "kind": "DEPARTMENT", "level": "PROVINCE",
						  "administrativeUnitId": "tinh-dien-bien", "validFrom": "2004-01-01" }"""
					.formatted(this.suffix, i, i));
		}
		JsonNode file = this.json.readTree("{ \"organisations\": [" + organisations + "] }");
		java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
		java.util.concurrent.Callable<ImportResult> seed = () -> {
			start.await();
			return this.importing.importJson(file, DirectorySeed.SEED, true);
		};
		java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(2);
		try {
			var first = threads.submit(seed);
			var second = threads.submit(seed);
			int created = first.get().organisationsCreated() + second.get().organisationsCreated();
			assertThat(created).isEqualTo(20);
		}
		finally {
			threads.shutdown();
		}
	}

	static List<String> fields(Map<?, ?> job) {
		return ((List<?>) job.get("errors")).stream()
			.map((error) -> (String) ((Map<?, ?>) error).get("field"))
			.toList();
	}

}
