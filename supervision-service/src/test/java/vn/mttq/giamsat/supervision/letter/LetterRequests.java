package vn.mttq.giamsat.supervision.letter;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import vn.mttq.giamsat.localstack.LocalIssuer;
import vn.mttq.giamsat.support.security.Callers;

/**
 * Request bodies the letter tests send.
 */
final class LetterRequests {

	private LetterRequests() {
	}

	/** The body that leads the tests' activities. */
	static final String FRONT_BODY = "ubmttq-tinh-db";

	static RestTestClient official(int port, LocalIssuer issuer) {
		return Callers.as(port, issuer, FRONT_BODY, "FRONT_OFFICIAL");
	}

	static String recordActivity(RestTestClient http) {
		return recordActivity(http, "2026-03-10");
	}

	static String recordActivity(RestTestClient http, String startDate) {
		String body = """
				{ "kind": "SUPERVISION", "title": "Giám sát hỗ trợ giống cây trồng",
				  "supervisingBodyId": "ubmttq-tinh-db",
				  "supervisedAgencyIds": ["so-nong-nghiep-db", "so-tai-chinh-db"],
				  "form": "DELEGATION", "level": "PROVINCE", "startDate": "%s" }""".formatted(startDate);
		return http.post()
			.uri("/api/v1/activities")
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(java.util.Map.class)
			.returnResult()
			.getResponseBody()
			.get("id")
			.toString();
	}

	static String letter(String number, String... addressees) {
		String items = Arrays.stream(addressees)
			.map((addressee) -> """
					{ "addresseeAgencyId": "%s", "content": "Công khai danh sách hộ được hỗ trợ", "dueDate": "2026-05-04" }"""
				.formatted(addressee))
			.collect(Collectors.joining(","));
		return """
				{ "number": "%s", "issuedOn": "2026-04-02", "items": [%s] }""".formatted(number, items);
	}

}
