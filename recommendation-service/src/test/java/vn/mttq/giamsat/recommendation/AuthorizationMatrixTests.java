package vn.mttq.giamsat.recommendation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpMethod;

import vn.mttq.giamsat.events.supervision.RecommendationIssued;
import vn.mttq.giamsat.localstack.LocalIssuer;
import vn.mttq.giamsat.localstack.WithLocalStack;
import vn.mttq.giamsat.recommendation.tracking.RecommendationDocuments;
import vn.mttq.giamsat.recommendation.tracking.RecommendationTracking;
import vn.mttq.giamsat.support.security.AuthorizationMatrix;
import vn.mttq.giamsat.support.security.AuthorizationMatrix.Caller;
import vn.mttq.giamsat.support.security.AuthorizationMatrix.Endpoint;
import vn.mttq.giamsat.support.security.AuthorizationMatrixTestSupport;

import static vn.mttq.giamsat.support.security.AuthorizationMatrix.Caller.ADMIN;
import static vn.mttq.giamsat.support.security.AuthorizationMatrix.Caller.AGENCY_OTHER;
import static vn.mttq.giamsat.support.security.AuthorizationMatrix.Caller.AGENCY_OWN;
import static vn.mttq.giamsat.support.security.AuthorizationMatrix.Caller.FRONT_OTHER;
import static vn.mttq.giamsat.support.security.AuthorizationMatrix.Caller.FRONT_OWN;
import static vn.mttq.giamsat.support.security.AuthorizationMatrix.Caller.MONITOR;

/**
 * Every endpoint of recommendation-service with each role, for the addressee agency and
 * another.
 */
@WithLocalStack
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTests extends AuthorizationMatrixTestSupport {

	static final String FRONT_BODY = "ubmttq-tinh-matrix";

	static final String AGENCY = "ubnd-matrix";

	@Autowired
	RecommendationTracking tracking;

	@Autowired
	RecommendationDocuments documents;

	Map<Caller, String> tokens;

	String recommendationId = UUID.randomUUID().toString();

	String documentId;

	@BeforeAll
	void data(LocalIssuer issuer) {
		this.tokens = AuthorizationMatrix.tokens(issuer, FRONT_BODY, AGENCY);
		this.tracking.track(new RecommendationIssued(UUID.randomUUID().toString(), Instant.now(), this.recommendationId,
				"letter-m", "KN-M", "activity-m", FRONT_BODY, AGENCY, "Báo cáo", LocalDate.of(2026, 4, 2), null));
		this.documentId = Uploads.stored(this.documents, this.recommendationId, AGENCY, "minh-chung.pdf").id();
	}

	@Override
	protected Map<Caller, String> tokens() {
		return this.tokens;
	}

	@Override
	protected List<Endpoint> endpoints() {
		List<Endpoint> endpoints = new ArrayList<>(AuthorizationMatrix.deadLetterEndpoints());
		endpoints.addAll(List.of(
				Endpoint
					.of(HttpMethod.GET, "/api/v1/recommendations", () -> "/api/v1/recommendations?agencyId=" + AGENCY,
							null)
					.expect(200, FRONT_OWN, FRONT_OTHER, AGENCY_OWN, MONITOR, ADMIN)
					.expect(403, AGENCY_OTHER)
					.build(),
				Endpoint
					.of(HttpMethod.GET, "/api/v1/recommendations/{id}",
							() -> "/api/v1/recommendations/" + this.recommendationId, null)
					.expect(200, FRONT_OWN, FRONT_OTHER, AGENCY_OWN, MONITOR, ADMIN)
					.expect(404, AGENCY_OTHER)
					.build(),
				Endpoint
					.of(HttpMethod.POST, "/api/v1/recommendations/{id}/steps",
							() -> "/api/v1/recommendations/" + this.recommendationId + "/steps",
							() -> "{\"action\": \"EXTEND\", \"days\": 1, \"note\": \"Gia hạn thử.\"}")
					.expect(201, FRONT_OWN)
					.expect(403, FRONT_OTHER, AGENCY_OWN, MONITOR, ADMIN)
					.expect(404, AGENCY_OTHER)
					.build(),
				Endpoint
					.of(HttpMethod.GET, "/api/v1/recommendations/{id}/steps",
							() -> "/api/v1/recommendations/" + this.recommendationId + "/steps", null)
					.expect(200, FRONT_OWN, FRONT_OTHER, AGENCY_OWN, MONITOR, ADMIN)
					.expect(404, AGENCY_OTHER)
					.build(),
				Endpoint
					.of(HttpMethod.GET, "/api/v1/recommendations/{id}/steps/{sequence}",
							() -> "/api/v1/recommendations/" + this.recommendationId + "/steps/1", null)
					.expect(200, FRONT_OWN, FRONT_OTHER, AGENCY_OWN, MONITOR, ADMIN)
					.expect(404, AGENCY_OTHER)
					.build(),
				Endpoint
					.of(HttpMethod.POST, "/api/v1/recommendations/{id}/documents",
							() -> "/api/v1/recommendations/" + this.recommendationId + "/documents?purpose=EVIDENCE",
							() -> Uploads.multipartPdf("bao-cao.pdf"))
					.contentType(Uploads.MULTIPART)
					.expect(201, FRONT_OWN, AGENCY_OWN)
					.expect(403, FRONT_OTHER, MONITOR, ADMIN)
					.expect(404, AGENCY_OTHER)
					.build(),
				Endpoint
					.of(HttpMethod.GET, "/api/v1/recommendations/{id}/documents",
							() -> "/api/v1/recommendations/" + this.recommendationId + "/documents", null)
					.expect(200, FRONT_OWN, FRONT_OTHER, AGENCY_OWN, MONITOR, ADMIN)
					.expect(404, AGENCY_OTHER)
					.build(),
				Endpoint
					.of(HttpMethod.GET, "/api/v1/recommendations/{id}/documents/{documentId}",
							() -> "/api/v1/recommendations/" + this.recommendationId + "/documents/" + this.documentId,
							null)
					.expect(200, FRONT_OWN, FRONT_OTHER, AGENCY_OWN, MONITOR, ADMIN)
					.expect(404, AGENCY_OTHER)
					.build(),
				Endpoint
					.of(HttpMethod.POST, "/api/v1/recommendations/{id}/documents/{documentId}/purge",
							() -> "/api/v1/recommendations/" + this.recommendationId + "/documents/"
									+ Uploads.stored(this.documents, this.recommendationId, AGENCY, "xoa.pdf").id()
									+ "/purge",
							() -> "{\"reason\": \"Chứa dữ liệu cá nhân.\"}")
					.expect(200, ADMIN)
					.expect(403, FRONT_OWN, FRONT_OTHER, AGENCY_OWN, AGENCY_OTHER, MONITOR)
					.build(),
				Endpoint
					.of(HttpMethod.GET, "/api/v1/statistics/agencies",
							() -> "/api/v1/statistics/agencies?agencyId=" + AGENCY, null)
					.expect(200, FRONT_OWN, FRONT_OTHER, AGENCY_OWN, MONITOR, ADMIN)
					.expect(403, AGENCY_OTHER)
					.build(),
				Endpoint
					.of(HttpMethod.GET, "/api/v1/deadlines/preview",
							() -> "/api/v1/deadlines/preview?issuedOn=2026-04-02&receivedOn=2026-04-03", null)
					.expect(200, FRONT_OWN, FRONT_OTHER, AGENCY_OWN, AGENCY_OTHER, MONITOR, ADMIN)
					.build(),
				Endpoint.of(HttpMethod.GET, "/api/v1/calendar/{year}", () -> "/api/v1/calendar/2026", null)
					.expect(200, FRONT_OWN, FRONT_OTHER, AGENCY_OWN, AGENCY_OTHER, MONITOR, ADMIN)
					.build(),
				Endpoint
					.of(HttpMethod.GET, "/api/v1/statistics/agencies.csv",
							() -> "/api/v1/statistics/agencies.csv?agencyId=" + AGENCY, null)
					.expect(200, FRONT_OWN, FRONT_OTHER, AGENCY_OWN, MONITOR, ADMIN)
					.expect(403, AGENCY_OTHER)
					.build()));
		return endpoints;
	}

}
