package vn.mttq.giamsat.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpMethod;

import vn.mttq.giamsat.localstack.LocalIssuer;
import vn.mttq.giamsat.localstack.WithLocalStack;
import vn.mttq.giamsat.notification.delivery.NotificationFanOut;
import vn.mttq.giamsat.notification.support.TestData;
import vn.mttq.giamsat.support.directory.OrganisationDirectory;
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
 * Every endpoint of notification-service with each role: an inbox, its contacts and its
 * delivery records are its organisation's own (an administrator may look); reading and
 * confirming receipt, the receipt, is the organisation's own officers' alone; the dead
 * deliveries are an administrator's.
 */
@WithLocalStack
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTests extends AuthorizationMatrixTestSupport {

	static final String FRONT_BODY = "ubmttq-tinh-matrix";

	static final String AGENCY = "ubnd-matrix";

	static final String CONTACTS = """
			{"language": "VI", "emails": ["van.thu@ubnd-matrix.gov.vn"], "reminderDigest": false}""";

	static final String TEMPLATE = """
			{"text": "{issuer} reopened the recommendation to {addressee}."}""";

	@Autowired
	NotificationFanOut fanOut;

	@Autowired
	OrganisationDirectory directory;

	Map<Caller, String> tokens;

	String notification;

	@BeforeAll
	void data(LocalIssuer issuer) {
		this.tokens = AuthorizationMatrix.tokens(issuer, FRONT_BODY, AGENCY);
		TestData.knownOrganisations(this.directory, FRONT_BODY, AGENCY);
		this.notification = TestData.issuedTo(this.fanOut, FRONT_BODY, AGENCY, "Báo cáo");
	}

	@Override
	protected Map<Caller, String> tokens() {
		return this.tokens;
	}

	@Override
	protected List<Endpoint> endpoints() {
		List<Endpoint> endpoints = new ArrayList<>(AuthorizationMatrix.deadLetterEndpoints());
		String org = "/api/v1/organisations/" + AGENCY;
		endpoints.add(ownOrAdmin(HttpMethod.GET, "/api/v1/organisations/{orgId}/notifications", org + "/notifications",
				null));
		endpoints.add(ownOrAdmin(HttpMethod.GET, "/api/v1/organisations/{orgId}/notifications/unread-count",
				org + "/notifications/unread-count", null));
		endpoints.add(receipt("/api/v1/organisations/{orgId}/notifications/{id}/read", "/read"));
		endpoints.add(receipt("/api/v1/organisations/{orgId}/notifications/{id}/confirm-receipt", "/confirm-receipt"));
		endpoints.add(ownOrAdmin(HttpMethod.GET, "/api/v1/organisations/{orgId}/contacts", org + "/contacts", null));
		endpoints
			.add(ownOrAdmin(HttpMethod.PUT, "/api/v1/organisations/{orgId}/contacts", org + "/contacts", CONTACTS));
		endpoints
			.add(ownOrAdmin(HttpMethod.GET, "/api/v1/organisations/{orgId}/deliveries", org + "/deliveries", null));
		endpoints.add(Endpoint
			.of(HttpMethod.GET, "/api/v1/deliveries/dead-letters", () -> "/api/v1/deliveries/dead-letters", null)
			.expect(200, ADMIN)
			.expect(403, FRONT_OWN, FRONT_OTHER, AGENCY_OWN, AGENCY_OTHER, MONITOR)
			.build());
		endpoints.add(Endpoint
			.of(HttpMethod.POST, "/api/v1/deliveries/dead-letters/{notificationId}/replay",
					() -> "/api/v1/deliveries/dead-letters/unknown/replay", null)
			.expect(404, ADMIN)
			.expect(403, FRONT_OWN, FRONT_OTHER, AGENCY_OWN, AGENCY_OTHER, MONITOR)
			.build());
		endpoints.add(adminOnly(HttpMethod.GET, "/api/v1/templates/{language}", "/api/v1/templates/vi", null, 200));
		endpoints.add(adminOnly(HttpMethod.PUT, "/api/v1/templates/{language}/{key}",
				"/api/v1/templates/en/REOPENED.intro", TEMPLATE, 200));
		endpoints.add(adminOnly(HttpMethod.DELETE, "/api/v1/templates/{language}/{key}",
				"/api/v1/templates/en/REOPENED.intro", null, 204));
		return endpoints;
	}

	private static Endpoint adminOnly(HttpMethod method, String pattern, String uri, String body, int status) {
		return Endpoint.of(method, pattern, () -> uri, (body != null) ? () -> body : null)
			.expect(status, ADMIN)
			.expect(403, FRONT_OWN, FRONT_OTHER, AGENCY_OWN, AGENCY_OTHER, MONITOR)
			.build();
	}

	private static Endpoint ownOrAdmin(HttpMethod method, String pattern, String uri, String body) {
		return Endpoint.of(method, pattern, () -> uri, (body != null) ? () -> body : null)
			.expect(200, AGENCY_OWN, ADMIN)
			.expect(404, FRONT_OWN, FRONT_OTHER, AGENCY_OTHER, MONITOR)
			.build();
	}

	private Endpoint receipt(String pattern, String action) {
		return Endpoint
			.of(HttpMethod.POST, pattern,
					() -> "/api/v1/organisations/" + AGENCY + "/notifications/" + this.notification + action, null)
			.expect(200, AGENCY_OWN)
			.expect(404, FRONT_OWN, FRONT_OTHER, AGENCY_OTHER)
			.expect(403, MONITOR, ADMIN)
			.build();
	}

}
