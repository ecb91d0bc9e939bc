package vn.mttq.giamsat.console.agency.recommendation;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;

import vn.mttq.giamsat.console.service.ServiceClients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.content;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.header;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withStatus;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

class RecommendationClientTests {

	private final RestClient.Builder builder = RestClient.builder().baseUrl("http://recommendation");

	private final MockRestServiceServer server = MockRestServiceServer.bindTo(this.builder).build();

	private final RecommendationClient client = new RecommendationClient(
			ServiceClients.of(RestClient.create(), this.builder.build(), RestClient.create()));

	@Test
	void aFileIsUploadedAsAMultipartPartWithItsPurposeAndName() {
		this.server.expect(requestTo("http://recommendation/api/v1/recommendations/rec-1/documents?purpose=REPLY"))
			.andExpect(method(HttpMethod.POST))
			.andExpect(header("Content-Type", containsString("multipart/form-data")))
			.andExpect(content().string(allOf(containsString("name=\"file\""), containsString("%PDF-1.7"))))
			.andRespond(withStatus(HttpStatus.CREATED).contentType(MediaType.APPLICATION_JSON)
				.body("{\"id\":\"doc-1\",\"name\":\"tra-loi.pdf\"}"));

		String id = this.client.upload("rec-1", new MockMultipartFile("reply", "tra-loi.pdf", "application/pdf",
				"%PDF-1.7".getBytes(StandardCharsets.US_ASCII)), "REPLY");

		assertThat(id).isEqualTo("doc-1");
		this.server.verify();
	}

	@Test
	void aStepIsTakenOnTheVersionShown() {
		this.server.expect(requestTo("http://recommendation/api/v1/recommendations/rec-1/steps"))
			.andExpect(method(HttpMethod.POST))
			.andExpect(header("If-Match", "\"7\""))
			.andExpect(content().json("{\"action\":\"ACCEPT\",\"note\":\"Sẽ thực hiện\",\"documents\":[\"doc-1\"]}"))
			.andRespond(withSuccess());

		this.client.takeStep("rec-1", 7, "ACCEPT", "Sẽ thực hiện", List.of("doc-1"));

		this.server.verify();
	}

}
