package vn.mttq.giamsat.supervision.legalbasis;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import vn.mttq.giamsat.localstack.LocalIssuer;
import vn.mttq.giamsat.localstack.WithLocalStack;
import vn.mttq.giamsat.support.security.Callers;

import static org.assertj.core.api.Assertions.assertThat;

@WithLocalStack
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LegalBasisApiTests {

	@LocalServerPort
	int port;

	RestTestClient admin;

	LocalIssuer issuer;

	@BeforeEach
	void client(LocalIssuer issuer) {
		this.issuer = issuer;
		this.admin = Callers.as(this.port, issuer, "ubmttq-tinh-dien-bien", "ADMIN");
	}

	@Test
	void givesAnEnglishTitleBesideTheVietnameseOne() {
		this.admin.get()
			.uri("/api/v1/legal-bases/nqlt-403-2017")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.title")
			.<String>value((title) -> assertThat(title).startsWith("Nghị quyết liên tịch"))
			.jsonPath("$.englishTitle")
			.<String>value((title) -> assertThat(title).startsWith("Joint Resolution"));
	}

	@Test
	void saysInEnglishWhichLawWasNotInForceWithoutItsVietnameseTitle() {
		Callers.as(this.port, this.issuer, "ubmttq-tinh-db", "FRONT_OFFICIAL")
			.post()
			.uri("/api/v1/activities")
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.body("""
					{ "kind": "SUPERVISION", "title": "Giám sát trước khi luật có hiệu lực", "supervisedAgencyIds": ["so-nong-nghiep-db"],
					  "form": "DOCUMENT_REVIEW", "startDate": "2025-03-10", "legalBasisIds": ["luat-97-2025-qh15"] }""")
			.exchange()
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.errors[0].message")
			.<String>value((message) -> assertThat(message).contains("97/2025/QH15")
				.contains("Law amending")
				.contains("10/03/2025")
				.doesNotContain("Luật"));
	}

	@Test
	void seedsTheLawsTheFrontWorksUnder() {
		Callers.as(this.port, this.issuer, "ubmttq-tinh-dien-bien", "FRONT_OFFICIAL")
			.get()
			.uri("/api/v1/legal-bases")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[*].number")
			.<List<String>>value((numbers) -> assertThat(numbers).contains("217-QĐ/TW", "218-QĐ/TW", "75/2015/QH13",
					"97/2025/QH15", "403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN", "10/2022/QH15"));
		this.admin.get()
			.uri("/api/v1/legal-bases/luat-75-2015-qh13")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.amendedByIds[0]")
			.isEqualTo("luat-97-2025-qh15")
			.jsonPath("$.effectiveFrom")
			.isEqualTo("2016-01-01");
	}

	@Test
	void addsANewRegulationWithoutARelease() {
		String id = "nd-59-2023-" + System.nanoTime();
		this.admin.put()
			.uri("/api/v1/legal-bases/{id}", id)
			.contentType(MediaType.APPLICATION_JSON)
			.body(basis("2023-08-14", "2023-08-15", null))
			.exchange()
			.expectStatus()
			.isCreated();
		this.admin.put()
			.uri("/api/v1/legal-bases/{id}", id)
			.contentType(MediaType.APPLICATION_JSON)
			.body(basis("2023-08-14", "2023-08-15", "2030-12-31"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.revision")
			.isEqualTo(2);
	}

	@Test
	void rejectsADocumentInForceBeforeItWasIssued() {
		this.admin.put()
			.uri("/api/v1/legal-bases/{id}", "nd-sai-ngay")
			.contentType(MediaType.APPLICATION_JSON)
			.body(basis("2023-08-14", "2023-08-01", null))
			.exchange()
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("effectiveFrom");
		this.admin.get().uri("/api/v1/legal-bases/nd-sai-ngay").exchange().expectStatus().isNotFound();
	}

	@Test
	void rejectsAnUnknownAmendingDocument() {
		this.admin.put()
			.uri("/api/v1/legal-bases/{id}", "nd-sua-doi")
			.contentType(MediaType.APPLICATION_JSON)
			.body(basis("2023-08-14", "2023-08-15", null).replace("\"amendedByIds\": []",
					"\"amendedByIds\": [\"khong-co\"]"))
			.exchange()
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("amendedByIds[0]");
	}

	@Test
	void letsOnlyAdministratorsChangeThem() {
		Callers.as(this.port, this.issuer, "ubmttq-tinh-dien-bien", "FRONT_OFFICIAL")
			.put()
			.uri("/api/v1/legal-bases/{id}", "nd-khong-quyen")
			.contentType(MediaType.APPLICATION_JSON)
			.body(basis("2023-08-14", "2023-08-15", null))
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	static String basis(String issuedOn, String effectiveFrom, String effectiveTo) {
		String to = (effectiveTo != null) ? "\"effectiveTo\": \"" + effectiveTo + "\"," : "";
		return """
				{ "number": "59/2023/NĐ-CP", "title": "Nghị định quy định chi tiết một số điều của Luật Thực hiện dân chủ ở cơ sở",
				  "issuer": "Chính phủ", "issuedOn": "%s", "effectiveFrom": "%s", %s "amendedByIds": [],
				  "note": "Ban Thanh tra nhân dân gửi kế hoạch trước ít nhất 5 ngày làm việc." }"""
			.formatted(issuedOn, effectiveFrom, to);
	}

}
