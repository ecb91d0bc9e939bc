package vn.mttq.giamsat.supervision.organisation.importing;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import vn.mttq.giamsat.localstack.LocalIssuer;
import vn.mttq.giamsat.localstack.WithLocalStack;
import vn.mttq.giamsat.support.security.Callers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The directory import answers in the language of the request, and a job's errors are
 * said in the language of whoever reads the job, whoever submitted it.
 */
@WithLocalStack
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DirectoryImportLanguageTests {

	private static final String VIETNAMESE = "vi";

	@LocalServerPort
	int port;

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
	void refusesAFileTypeItDoesNotReadInVietnamese() {
		this.admin.post()
			.uri(ImportRequests.UNITS)
			.header(HttpHeaders.ACCEPT_LANGUAGE, VIETNAMESE)
			.contentType(MediaType.TEXT_PLAIN)
			.body("id,name")
			.exchange()
			.expectStatus()
			.isEqualTo(415)
			.expectBody()
			.jsonPath("$.title")
			.isEqualTo("Kiểu nội dung không được hỗ trợ")
			.jsonPath("$.detail")
			.<String>value((detail) -> assertThat(detail).startsWith("Hãy gửi tệp dưới dạng text/csv")
				.contains("không phải kiểu 'text/plain'"));
	}

	@Test
	void refusesAJsonFileWithBadRowsInVietnamese() {
		String id = "xa-json-" + this.suffix;
		this.admin.post()
			.uri("/api/v1/directory/import")
			.header(HttpHeaders.ACCEPT_LANGUAGE, VIETNAMESE)
			.contentType(MediaType.APPLICATION_JSON)
			.body("""
					{ "administrativeUnits": [
					  { "id": "%1$s", "name": "Xã A", "level": "COMMUNE", "parentId": "tinh-dien-bien", "validFrom": "2025-07-01" },
					  { "id": "%1$s", "name": "Xã A", "level": "COMMUNE", "parentId": "tinh-dien-bien", "validFrom": "2025-13-01" } ] }"""
				.formatted(id))
			.exchange()
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.title")
			.isEqualTo("Vi phạm quy tắc nghiệp vụ")
			.jsonPath("$.detail")
			.isEqualTo("Tệp có 2 lỗi, được nêu trong errors theo thứ tự trong tệp; chưa nhập dòng nào của tệp.")
			.jsonPath("$.errors[*].message")
			.<List<String>>value((messages) -> assertThat(messages).containsExactly(
					"'2025-13-01' không phải là ngày hợp lệ (yyyy-MM-dd)",
					"'" + id + "' xuất hiện nhiều lần trong tệp"));
	}

	@Test
	void aJobsErrorsAreSaidInTheLanguageOfWhoeverReadsIt() {
		URI job = this.imports.submit(ImportRequests.UNITS, """
				id,name,level,parentId,validFrom,validTo,successorIds
				xa-c-%1$s,,COMMUNE,tinh-dien-bien,2025-07-01,,
				xa-d-%1$s,Xã D,VILLAGE,tinh-dien-bien,2025-07-01,,
				xa-e-%1$s,Xã E,COMMUNE,tinh-dien-bien,2025-07-01,2025-12-31,khong-co-%1$s
				""".formatted(this.suffix));
		Map<?, ?> ended = this.imports.ended(job, Duration.ofSeconds(30));
		assertThat(ended.get("status")).isEqualTo("FAILED");
		assertThat(messages(ended)).containsExactly("must not be blank",
				"'VILLAGE' is not one of [CENTRAL, PROVINCE, DISTRICT, COMMUNE]",
				"There is no administrative unit \u201ckhong-co-" + this.suffix + "\u201d");
		assertThat(ended.get("reason")).asString().startsWith("3 errors in the file");

		Map<?, ?> read = this.admin.get()
			.uri(job.getPath())
			.header(HttpHeaders.ACCEPT_LANGUAGE, VIETNAMESE)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		assertThat(messages(read)).containsExactly("không được để trống",
				"'VILLAGE' không thuộc các giá trị [CENTRAL, PROVINCE, DISTRICT, COMMUNE]",
				"Không có đơn vị hành chính \u201ckhong-co-" + this.suffix + "\u201d");
		assertThat(read.get("reason")).asString().startsWith("Tệp có 3 lỗi");
	}

	private static List<Object> messages(Map<?, ?> job) {
		return ((List<?>) job.get("errors")).stream()
			.<Object>map((error) -> ((Map<?, ?>) error).get("message"))
			.toList();
	}

}
