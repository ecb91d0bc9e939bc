package vn.mttq.giamsat.supervision.organisation.importing;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.client.RestTestClient;

import vn.mttq.giamsat.localstack.LocalIssuer;
import vn.mttq.giamsat.localstack.WithLocalStack;
import vn.mttq.giamsat.support.security.Callers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * CSV imports as jobs: a file of the largest size the service takes, followed, cancelled
 * and seen only by the organisation that submitted it.
 */
@WithLocalStack
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ImportJobTests {

	static final String OWN = "ubmttq-tinh-dien-bien";

	@LocalServerPort
	int port;

	@LocalManagementPort
	int managementPort;

	LocalIssuer issuer;

	ImportRequests imports;

	String suffix;

	@BeforeEach
	void client(LocalIssuer issuer) {
		this.issuer = issuer;
		this.imports = new ImportRequests(Callers.as(this.port, issuer, OWN, "ADMIN"));
		this.suffix = Long.toString(System.nanoTime(), 36);
	}

	@Test
	void finishesAFileOf1MbWithThousandsOfBadRowsListingTheFirst100ErrorsWhileTheServiceStaysResponsive() {
		StringBuilder csv = new StringBuilder(ImportRequests.ORGANISATION_HEADER);
		int rows = 0;
		while (csv.length() < 1_000_000) {
			// No name, and the id of the first row again: two errors a row but the first.
			csv.append("so-trung-").append(this.suffix).append(",,DEPARTMENT,PROVINCE,tinh-dien-bien,,2004-01-01,,\n");
			rows++;
		}
		RestTestClient management = RestTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.managementPort)
			.build();
		URI job = this.imports.submit(ImportRequests.ORGANISATIONS, csv.toString());
		for (int i = 0; i < 5; i++) {
			long start = System.nanoTime();
			management.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
		}

		Map<?, ?> ended = this.imports.ended(job, Duration.ofSeconds(60));
		assertThat(ended.get("status")).isEqualTo("FAILED");
		assertThat(ended.get("rowsTotal")).isEqualTo(rows);
		assertThat(ended.get("rowsDone")).isEqualTo(0);
		assertThat(ended.get("totalErrors")).isEqualTo(rows + rows - 1);
		assertThat(DirectoryImportTests.fields(ended)).hasSize(100)
			.startsWith("line[2].name", "line[3].name", "line[3].id");
	}

	@Test
	void stopsACancelledImportBetweenTwoBatchesKeepingTheRowsWritten() {
		StringBuilder csv = new StringBuilder("id,name,level,parentId,validFrom,validTo,successorIds\n");
		for (int i = 0; i < 5_000; i++) {
			csv.append("xa-huy-").append(this.suffix).append('-').append(i).append(",Xã Hủy ").append(i);
			csv.append(",COMMUNE,tinh-dien-bien,2025-07-01,,\n");
		}
		URI job = this.imports.submit(ImportRequests.UNITS, csv.toString());
		await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(20))
			.until(() -> this.imports.job(job), (state) -> ((Integer) state.get("rowsDone")) > 0);

		admin(OWN).delete().uri(job.getPath()).exchange().expectStatus().isOk();

		Map<?, ?> ended = this.imports.ended(job, Duration.ofSeconds(30));
		assertThat(ended.get("status")).isEqualTo("CANCELLED");
		assertThat((Integer) ended.get("rowsDone")).isPositive().isLessThan(5_000);
		assertThat(ended.get("created")).isEqualTo(ended.get("rowsDone"));
		assertThat((String) ended.get("reason")).contains("Cancelled");
	}

	@Test
	void showsAJobOnlyToTheOfficialsAndAdministratorsOfTheOrganisationThatSubmittedIt() {
		URI job = this.imports.submit(ImportRequests.UNITS, "id,name,level,parentId,validFrom,validTo,successorIds\n");
		this.imports.ended(job, Duration.ofSeconds(30));
		Callers.as(this.port, this.issuer, OWN, "FRONT_OFFICIAL")
			.get()
			.uri(job.getPath())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.submittedBy.organisationId")
			.isEqualTo(OWN);
		for (RestTestClient other : new RestTestClient[] { admin("ubmttq-tinh-lai-chau"),
				Callers.as(this.port, this.issuer, "ubmttq-tinh-lai-chau", "FRONT_OFFICIAL") }) {
			other.get().uri(job.getPath()).exchange().expectStatus().isNotFound();
			other.delete().uri(job.getPath()).exchange().expectStatus().isNotFound();
		}
		Callers.as(this.port, this.issuer, OWN, "MONITOR")
			.get()
			.uri(job.getPath())
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	private RestTestClient admin(String organisation) {
		return Callers.as(this.port, this.issuer, organisation, "ADMIN");
	}

}
