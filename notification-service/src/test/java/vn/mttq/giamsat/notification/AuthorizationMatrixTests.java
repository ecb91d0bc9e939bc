package vn.mttq.giamsat.notification;

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
import vn.mttq.giamsat.notification.inbox.InboxManagement;
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
 * Every endpoint of notification-service with each role: an inbox is its organisation's
 * own.
 */
@WithLocalStack
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTests extends AuthorizationMatrixTestSupport {

	static final String FRONT_BODY = "ubmttq-tinh-matrix";

	static final String AGENCY = "ubnd-matrix";

	@Autowired
	InboxManagement inbox;

	Map<Caller, String> tokens;

	@BeforeAll
	void data(LocalIssuer issuer) {
		this.tokens = AuthorizationMatrix.tokens(issuer, FRONT_BODY, AGENCY);
		this.inbox.recommendationIssued(new RecommendationIssued(UUID.randomUUID().toString(), Instant.now(),
				UUID.randomUUID().toString(), "letter-m", "KN-M", "activity-m", FRONT_BODY, AGENCY, "Báo cáo",
				LocalDate.of(2026, 4, 2), null));
	}

	@Override
	protected Map<Caller, String> tokens() {
		return this.tokens;
	}

	@Override
	protected List<Endpoint> endpoints() {
		List<Endpoint> endpoints = new ArrayList<>(AuthorizationMatrix.deadLetterEndpoints());
		endpoints.addAll(List.of(Endpoint
			.of(HttpMethod.GET, "/api/v1/organisations/{orgId}/notifications",
					() -> "/api/v1/organisations/" + AGENCY + "/notifications", null)
			.expect(200, AGENCY_OWN, ADMIN)
			.expect(404, FRONT_OWN, FRONT_OTHER, AGENCY_OTHER, MONITOR)
			.build()));
		return endpoints;
	}

}
