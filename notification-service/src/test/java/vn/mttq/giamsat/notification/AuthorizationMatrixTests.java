package vn.mttq.giamsat.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.client.RestTestClient;

import vn.mttq.giamsat.events.supervision.RecommendationIssued;
import vn.mttq.giamsat.localstack.LocalIssuer;
import vn.mttq.giamsat.localstack.WithLocalStack;
import vn.mttq.giamsat.notification.inbox.InboxManagement;
import vn.mttq.giamsat.support.security.AuthorizationMatrix;
import vn.mttq.giamsat.support.security.AuthorizationMatrix.Caller;
import vn.mttq.giamsat.support.security.AuthorizationMatrix.Endpoint;

import static org.assertj.core.api.Assertions.assertThat;
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
class AuthorizationMatrixTests {

	static final String FRONT_BODY = "ubmttq-tinh-matrix";

	static final String AGENCY = "ubnd-matrix";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	InboxManagement inbox;

	Map<Caller, String> tokens;

	RestTestClient http;

	@BeforeAll
	void data(LocalIssuer issuer) {
		this.tokens = AuthorizationMatrix.tokens(issuer, FRONT_BODY, AGENCY);
		this.http = RestTestClient.bindToServer().baseUrl("http://localhost:" + this.port).build();
		this.inbox.recommendationIssued(new RecommendationIssued(UUID.randomUUID().toString(), Instant.now(),
				UUID.randomUUID().toString(), "letter-m", "KN-M", "activity-m", FRONT_BODY, AGENCY, "Báo cáo",
				LocalDate.of(2026, 4, 2), null));
	}

	List<Endpoint> endpoints() {
		return List.of(Endpoint
			.of(HttpMethod.GET, "/api/v1/organisations/{orgId}/notifications",
					() -> "/api/v1/organisations/" + AGENCY + "/notifications", null)
			.expect(200, AGENCY_OWN, ADMIN)
			.expect(404, FRONT_OWN, FRONT_OTHER, AGENCY_OTHER, MONITOR)
			.build());
	}

	@Test
	void everyEndpointHasARow() {
		assertThat(AuthorizationMatrix.mappedEndpoints(this.context))
			.isEqualTo(endpoints().stream().map(Endpoint::key).collect(Collectors.toSet()));
	}

	@TestFactory
	Stream<DynamicTest> everyCallerGetsWhatTheRuleSays() {
		return AuthorizationMatrix.check(this.http, this.tokens, endpoints());
	}

}
