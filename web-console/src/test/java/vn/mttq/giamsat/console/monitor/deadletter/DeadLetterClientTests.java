package vn.mttq.giamsat.console.monitor.deadletter;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;

import vn.mttq.giamsat.console.service.PageOf;
import vn.mttq.giamsat.console.service.Service;
import vn.mttq.giamsat.console.service.ServiceClients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

class DeadLetterClientTests {

	private final RestClient.Builder builder = RestClient.builder().baseUrl("http://notification");

	private final MockRestServiceServer server = MockRestServiceServer.bindTo(this.builder).build();

	private final DeadLetterClient client = new DeadLetterClient(
			ServiceClients.of(RestClient.create(), RestClient.create(), this.builder.build()));

	@Test
	void thePendingDeadLettersAreReadWithTheirReasons() {
		this.server.expect(requestTo("http://notification/api/v1/dead-letters?pending=true&size=50"))
			.andRespond(withSuccess("""
					{"content":[{"id":"notification.DLT-0-7","originalTopic":"recommendation.lifecycle","key":"rec-1",
					  "payload":"{}","headers":{},"reason":"Template missing","exception":"IllegalStateException",
					  "deadAt":"2026-07-15T09:30:00Z","replays":0,"replayedAt":null}],
					 "page":0,"size":50,"totalElements":1,"totalPages":1}
					""", MediaType.APPLICATION_JSON));

		PageOf<DeadLetter> letters = this.client.pending(Service.NOTIFICATION);

		assertThat(letters.content()).singleElement().satisfies((letter) -> {
			assertThat(letter.reason()).isEqualTo("Template missing");
			assertThat(letter.originalTopic()).isEqualTo("recommendation.lifecycle");
		});
		this.server.verify();
	}

	@Test
	void replayingOneNamesItInThePathAndReplayingAllCountsThem() {
		this.server.expect(requestTo("http://notification/api/v1/dead-letters/notification.DLT-0-7/replay"))
			.andExpect(method(HttpMethod.POST))
			.andRespond(withSuccess("{\"id\":\"notification.DLT-0-7\",\"replays\":1}", MediaType.APPLICATION_JSON));
		this.server.expect(requestTo("http://notification/api/v1/dead-letters/replay"))
			.andExpect(method(HttpMethod.POST))
			.andRespond(withSuccess("{\"replayed\":4}", MediaType.APPLICATION_JSON));

		this.client.replay(Service.NOTIFICATION, "notification.DLT-0-7");

		assertThat(this.client.replayAll(Service.NOTIFICATION)).isEqualTo(4);
		this.server.verify();
	}

}
