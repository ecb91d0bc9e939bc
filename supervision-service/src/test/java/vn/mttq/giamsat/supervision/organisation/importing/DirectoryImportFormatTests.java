package vn.mttq.giamsat.supervision.organisation.importing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

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

/**
 * The files the directory import takes: CSV with any of the separators spreadsheets
 * write, strictly UTF-8, and XLSX workbooks.
 */
@WithLocalStack
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DirectoryImportFormatTests {

	@LocalServerPort
	int port;

	RestTestClient admin;

	ImportRequests imports;

	String units;

	@BeforeEach
	void client(LocalIssuer issuer) {
		this.admin = Callers.as(this.port, issuer, "ubmttq-tinh-dien-bien", "ADMIN");
		this.imports = new ImportRequests(this.admin);
		this.units = """
				id,name,level,parentId,validFrom,validTo,successorIds
				xa-a-%1$s,Xã A,COMMUNE,tinh-dien-bien,2025-07-01,,
				xa-b-%1$s,Xã B,COMMUNE,tinh-dien-bien,2025-07-01,,
				""".formatted(Long.toString(System.nanoTime(), 36));
	}

	@Test
	void importsAnXlsxWorkbookAsTheSameRowsAsTheCsvFile() {
		Map<?, ?> workbook = imported(Workbooks.of(this.units), ImportRequests.XLSX);
		assertThat(workbook.get("status")).isEqualTo("SUCCEEDED");
		assertThat(workbook.get("created")).isEqualTo(2);

		Map<?, ?> csv = this.imports.imported(ImportRequests.UNITS, this.units);
		assertThat(csv.get("status")).isEqualTo("SUCCEEDED");
		assertThat(csv.get("unchanged")).isEqualTo(2);
	}

	@Test
	void importsSemicolonAndTabSeparatedFilesAsExcelSavesThemLikeCommaSeparatedOnes() {
		String semicolons = "\uFEFF" + this.units.replace(',', ';');
		Map<?, ?> first = imported(semicolons.getBytes(StandardCharsets.UTF_8), ImportRequests.CSV);
		assertThat(first.get("status")).isEqualTo("SUCCEEDED");
		assertThat(first.get("created")).isEqualTo(2);

		Map<?, ?> tabs = this.imports.imported(ImportRequests.UNITS, this.units.replace(',', '\t'));
		assertThat(tabs.get("unchanged")).isEqualTo(2);
		assertThat(this.imports.imported(ImportRequests.UNITS, this.units).get("unchanged")).isEqualTo(2);
	}

	@Test
	void refusesAFileThatIsNotUtf8NamingTheLine() {
		byte[] latin1 = this.units.replace("Xã A", "Xa A").getBytes(StandardCharsets.ISO_8859_1);

		Map<?, ?> job = imported(latin1, MediaType.parseMediaType("text/csv"));
		assertThat(job.get("status")).isEqualTo("FAILED");
		assertThat(job.get("totalErrors")).isEqualTo(1);
		assertThat(job.get("errors")).isEqualTo(
				List.of(Map.of("field", "line[3]", "message", "line 3 is not UTF-8: save the file as CSV UTF-8")));
	}

	@Test
	void answersAnotherTypeWith415NamingTheTypesItTakes() {
		this.admin.post()
			.uri(ImportRequests.UNITS)
			.contentType(MediaType.TEXT_PLAIN)
			.body(this.units)
			.exchange()
			.expectStatus()
			.isEqualTo(415)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:giamsat:problem:unsupported-media-type")
			.jsonPath("$.accepted")
			.isEqualTo(List.of("text/csv", ImportRequests.XLSX.toString()));
	}

	private Map<?, ?> imported(byte[] file, MediaType type) {
		return this.imports.ended(this.imports.submit(ImportRequests.UNITS, file, type), Duration.ofSeconds(30));
	}

}
