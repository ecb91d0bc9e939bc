package vn.mttq.giamsat.console.front.item;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;

import vn.mttq.giamsat.console.front.Downloads;
import vn.mttq.giamsat.console.service.ServiceClients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.client.ExpectedCount.never;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.anything;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

class ItemClientTests {

	private static final String BODY = "ubmttq-tinh-dien-bien";

	private final RestClient.Builder builder = RestClient.builder().baseUrl("http://recommendation");

	private final MockRestServiceServer server = MockRestServiceServer.bindTo(this.builder).build();

	private final ItemClient client = new ItemClient(
			ServiceClients.of(RestClient.create(), this.builder.build(), RestClient.create()), new Downloads());

	@Test
	void theBodysOverdueItemsAreAskedOfTheServiceByIssuer() {
		this.server
			.expect(requestTo(
					"http://recommendation/api/v1/recommendations?issuingBodyId=" + BODY + "&overdue=true&size=200"))
			.andRespond(withSuccess(page("rec-2", "OVERDUE"), MediaType.APPLICATION_JSON));

		assertThat(this.client.overdue(BODY)).extracting(Recommendation::id).containsExactly("rec-2");
		this.server.verify();
	}

	@Test
	void theItemsWaitingForReviewAreAskedOfTheServiceByIssuerAndEachStatus() {
		this.server
			.expect(requestTo("http://recommendation/api/v1/recommendations?issuingBodyId=" + BODY
					+ "&status=RESOLUTION_REPORTED&size=200"))
			.andRespond(withSuccess(page("rec-3", "RESOLUTION_REPORTED"), MediaType.APPLICATION_JSON));
		this.server
			.expect(requestTo("http://recommendation/api/v1/recommendations?issuingBodyId=" + BODY
					+ "&status=EXPLAINED&size=200"))
			.andRespond(withSuccess(page("rec-4", "EXPLAINED"), MediaType.APPLICATION_JSON));

		assertThat(this.client.inStatuses(BODY, "RESOLUTION_REPORTED", "EXPLAINED")).extracting(Recommendation::id)
			.containsExactly("rec-3", "rec-4");
		this.server.verify();
	}

	@Test
	void someoneWithoutABodyIsShownNoItemsAndTheServiceIsNotAsked() {
		this.server.expect(never(), anything());

		assertThat(this.client.overdue(null)).isEmpty();
		assertThat(this.client.inStatuses(null, "EXPLAINED")).isEmpty();
		this.server.verify();
	}

	private static String page(String id, String status) {
		return """
				{"content":[{"id":"%s","version":3,"issuingBodyId":"%s","addresseeAgencyId":"so-tai-chinh",
				 "status":"%s","overdue":false,"paused":false,"allowedActions":[],"history":[]}],
				 "page":0,"size":200,"totalElements":1,"totalPages":1}
				""".formatted(id, BODY, status);
	}

}
