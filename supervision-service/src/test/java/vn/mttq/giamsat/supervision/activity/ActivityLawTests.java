package vn.mttq.giamsat.supervision.activity;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import vn.mttq.giamsat.localstack.LocalIssuer;
import vn.mttq.giamsat.localstack.WithLocalStack;
import vn.mttq.giamsat.support.security.Callers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules the law puts on activities: levels and bodies as they were on the day, legal
 * bases in force, dates in order, the NQLT 403 time limits as warnings, plans and the
 * state machine.
 */
@WithLocalStack
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ActivityLawTests {

	@LocalServerPort
	int port;

	@Autowired
	ActivityRepository activities;

	@Autowired
	io.micrometer.core.instrument.MeterRegistry meters;

	LocalIssuer issuer;

	RestTestClient province;

	@BeforeEach
	void client(LocalIssuer issuer) {
		this.issuer = issuer;
		this.province = as("ubmttq-tinh-db");
	}

	RestTestClient as(String body) {
		return Callers.as(this.port, this.issuer, body, "FRONT_OFFICIAL");
	}

	@Test
	void takesTheDistrictLevelAndUnitOfAnActivityBeforeTheReform() {
		Map<?, ?> activity = record(as("ubmttq-huyen-db"),
				"""
						{ "kind": "SUPERVISION", "title": "Giám sát giải phóng mặt bằng", "supervisedAgencyIds": ["ubnd-huyen-db"],
						  "form": "DOCUMENT_REVIEW", "startDate": "2025-03-10",
						  "legalBasisIds": ["luat-75-2015-qh13", "nqlt-403-2017", "qd-217-qd-tw-2013"] }""");
		assertThat(activity.get("level")).isEqualTo("DISTRICT");
		assertThat(activity.get("administrativeUnitId")).isEqualTo("huyen-thu-nghiem");
		assertThat(activity.get("status")).isEqualTo("PLANNED");
	}

	@Test
	void takesTheCommuneLevelAndUnitOfAnActivityAfterTheReform() {
		Map<?, ?> activity = record(as("ubmttq-xa-muong-phang-thu-nghiem"),
				"""
						{ "kind": "DIALOGUE_CONFERENCE", "title": "Hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân",
						  "supervisedAgencyIds": ["ubnd-xa-muong-phang-thu-nghiem"], "startDate": "2025-09-12",
						  "legalBasisIds": ["luat-10-2022-qh15", "luat-97-2025-qh15", "qd-218-qd-tw-2013"] }""");
		assertThat(activity.get("level")).isEqualTo("COMMUNE");
		assertThat(activity.get("administrativeUnitId")).isEqualTo("xa-thu-nghiem");
		assertThat(this.meters
			.counter("supervision.activities.recorded", "kind", "DIALOGUE_CONFERENCE", "level", "COMMUNE", "form",
					"NONE")
			.count()).isGreaterThanOrEqualTo(1);
	}

	@Test
	void rejectsADistrictBodyAfterTheReform() {
		reject(as("ubmttq-huyen-db"),
				"""
						{ "kind": "SUPERVISION", "title": "Giám sát sau sáp nhập", "supervisedAgencyIds": ["ubnd-xa-muong-phang-thu-nghiem"],
						  "form": "DOCUMENT_REVIEW", "startDate": "2025-07-01" }""",
				"supervisingBodyId");
	}

	@Test
	void rejectsAnUnknownLegalBasisAndOneNotYetInForce() {
		long before = this.activities.count();
		reject(this.province, activity("2025-03-10", "\"legalBasisIds\": [\"luat-khong-co\", \"luat-97-2025-qh15\"]"),
				"legalBasisIds[0]", "legalBasisIds[1]");
		assertThat(this.activities.count()).isEqualTo(before);
	}

	@Test
	void rejectsAReviewPeriodOutOfOrder() {
		reject(this.province, activity("2026-03-10", "\"periodFrom\": \"2025-12-31\", \"periodTo\": \"2025-01-01\""),
				"periodTo");
	}

	@Test
	void rejectsAnUnknownCoLead() {
		reject(this.province, activity("2026-03-10", "\"coLeadIds\": [\"hoi-khong-co\", \"so-tai-chinh-db\"]"),
				"coLeadIds[0]", "coLeadIds[1]");
	}

	@Test
	void warnsOfEveryDelegationStepThatBreaksTheTimeLimitsOfNqlt403() {
		Map<?, ?> activity = record(this.province, activity("2026-03-01",
				"""
						"delegation": { "decisionNumber": "12/QĐ-MTTQ-BTT", "decisionDate": "2026-03-01", "headName": "Nguyễn Văn An",
						  "noticeDate": "2026-03-10", "subjectReportDate": "2026-03-17", "sessionDates": ["2026-03-20"],
						  "resultReportDate": "2026-04-10" }"""));
		assertThat(codes(activity)).containsExactlyInAnyOrder("NOTICE_TOO_LATE", "SUBJECT_REPORT_TOO_LATE",
				"RESULT_REPORT_TOO_LATE");
		assertThat(warnings(activity).get(0).get("message").toString()).contains("10/03/2026", "15 ngày");
		assertThat(warnings(activity).get(0).get("legalBasis")).isEqualTo("NQLT 403/2017, Điều 7.3");
	}

	@Test
	@SuppressWarnings("unchecked")
	void showsNoWarningWhenEveryStepIsInTime() {
		Map<?, ?> activity = record(this.province, activity("2026-03-01",
				"""
						"delegation": { "decisionNumber": "13/QĐ-MTTQ-BTT", "decisionDate": "2026-03-01",
						  "noticeDate": "2026-03-02", "subjectReportDate": "2026-03-10", "sessionDates": ["2026-03-20", "2026-03-17"],
						  "resultReportDate": "2026-04-04" }"""));
		assertThat(codes(activity)).isEmpty();
		assertThat((List<Object>) ((Map<?, ?>) activity.get("delegation")).get("sessionDates"))
			.containsExactly("2026-03-17", "2026-03-20");
	}

	@Test
	void warnsOfAMissingResultReportOnceItIsDue() {
		Map<?, ?> activity = record(this.province, activity("2025-03-01",
				"""
						"delegation": { "decisionDate": "2025-03-01", "noticeDate": "2025-03-02", "subjectReportDate": "2025-03-05",
						  "sessionDates": ["2025-03-20"] }"""));
		assertThat(codes(activity)).containsExactly("RESULT_REPORT_OVERDUE");
	}

	@Test
	void rejectsDelegationDatesThatCannotBe() {
		reject(this.province, activity("2026-03-01", """
				"delegation": { "decisionDate": "2026-03-05", "noticeDate": "2026-03-01",
				  "sessionDates": ["2026-03-20"], "resultReportDate": "2026-03-19" }"""), "delegation.noticeDate",
				"delegation.resultReportDate");
	}

	@Test
	void rejectsDelegationStepsOnAnotherForm() {
		reject(this.province, activity("2026-03-01", "\"delegation\": { \"sessionDates\": [\"2026-03-20\"] }")
			.replace("DELEGATION", "DOCUMENT_REVIEW"), "delegation");
	}

	@Test
	void recordsDelegationStepsLaterAndWarnsThen() {
		String id = (String) record(this.province,
				activity("2026-05-01", "\"reference\": \"KH-STEPS-" + System.nanoTime() + "\""))
			.get("id");
		this.province.put()
			.uri("/api/v1/activities/{id}/delegation", id)
			.contentType(MediaType.APPLICATION_JSON)
			.body("""
					{ "decisionDate": "2026-05-01", "noticeDate": "2026-05-10", "subjectReportDate": "2026-05-12",
					  "sessionDates": ["2026-05-20"] }""")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.warnings[*].code")
			.<List<String>>value((found) -> assertThat(found).contains("NOTICE_TOO_LATE"));
		as("ubmttq-tinh-dien-bien").put()
			.uri("/api/v1/activities/{id}/delegation", id)
			.contentType(MediaType.APPLICATION_JSON)
			.body("{ \"sessionDates\": [\"2026-05-20\"] }")
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	@Test
	void movesThroughItsStatusesAndKeepsWhoDidWhat() {
		String id = (String) record(this.province, activity("2026-06-01", "")).get("id");
		transition(id, "{ \"to\": \"CONCLUDED\", \"conclusion\": \"x\" }", 409, null);
		transition(id, "{ \"to\": \"IN_PROGRESS\", \"note\": \"Quyết định thành lập đoàn\" }", 200, null);
		transition(id, "{ \"to\": \"REPORTED\" }", 409, null);
		this.province.put()
			.uri("/api/v1/activities/{id}/delegation", id)
			.contentType(MediaType.APPLICATION_JSON)
			.body("{ \"decisionDate\": \"2026-06-01\", \"noticeDate\": \"2026-06-01\", \"subjectReportDate\": \"2026-06-05\", "
					+ "\"sessionDates\": [\"2026-06-20\"], \"resultReportDate\": \"2026-06-30\" }")
			.exchange()
			.expectStatus()
			.isOk();
		transition(id, "{ \"to\": \"REPORTED\" }", 200, null);
		transition(id, "{ \"to\": \"CONCLUDED\" }", 422, "conclusion");
		this.province.post()
			.uri("/api/v1/activities/{id}/transitions", id)
			.contentType(MediaType.APPLICATION_JSON)
			.body("{ \"to\": \"CONCLUDED\", \"conclusion\": \"Sở cần công khai danh sách hộ được hỗ trợ.\" }")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("CONCLUDED")
			.jsonPath("$.history[*].to")
			.<List<String>>value(
					(steps) -> assertThat(steps).containsExactly("PLANNED", "IN_PROGRESS", "REPORTED", "CONCLUDED"))
			.jsonPath("$.history[1].by.userId")
			.isEqualTo("canbo.ubmttq-tinh-db")
			.jsonPath("$.history[1].note")
			.isEqualTo("Quyết định thành lập đoàn");
	}

	@Test
	void cancelsOnlyWithAReasonAndOnlyByItsOwnBody() {
		String id = (String) record(this.province, activity("2026-06-01", "")).get("id");
		transition(id, "{ \"to\": \"CANCELLED\" }", 422, "note");
		as("ubmttq-tinh-dien-bien").post()
			.uri("/api/v1/activities/{id}/transitions", id)
			.contentType(MediaType.APPLICATION_JSON)
			.body("{ \"to\": \"CANCELLED\", \"note\": \"Không phải của tôi\" }")
			.exchange()
			.expectStatus()
			.isForbidden();
		transition(id, "{ \"to\": \"CANCELLED\", \"note\": \"Trùng với cuộc giám sát của HĐND tỉnh\" }", 200, null);
	}

	@Test
	void belongsToAYearlyPlanOfItsOwnBodyAndYear() {
		String number = "KH-" + System.nanoTime();
		String planId = (String) this.province.post()
			.uri("/api/v1/plans")
			.contentType(MediaType.APPLICATION_JSON)
			.body("""
					{ "year": 2026, "number": "%s", "title": "Kế hoạch giám sát, phản biện xã hội năm 2026",
					  "issuedOn": "2025-12-15" }""".formatted(number))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("id");
		Map<?, ?> planned = record(this.province, activity("2026-04-01", "\"planId\": \"" + planId + "\""));
		assertThat(planned.get("basis")).isEqualTo("ANNUAL_PLAN");
		reject(this.province, activity("2027-01-10", "\"planId\": \"" + planId + "\""), "planId");
		this.province.get()
			.uri("/api/v1/activities?planId={plan}", planId)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.totalElements")
			.isEqualTo(1);
	}

	@Test
	void findsActivitiesOfABodyAndTheBodiesBelowItByTextAndPeriod() {
		String marker = "Nước sạch " + System.nanoTime();
		record(as("ubmttq-xa-muong-phang-thu-nghiem"),
				"""
						{ "kind": "SUPERVISION", "title": "Giám sát công trình %s", "supervisedAgencyIds": ["ubnd-xa-muong-phang-thu-nghiem"],
						  "form": "COMMUNITY_INVESTMENT_BOARD", "startDate": "2026-02-02" }"""
					.formatted(marker));
		this.province.get()
			.uri("/api/v1/activities?supervisingBodyId=ubmttq-tinh-db&includeBelow=true&q={q}&from=2026-01-01&to=2026-12-31",
					marker.toLowerCase())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.totalElements")
			.isEqualTo(1)
			.jsonPath("$.content[0].level")
			.isEqualTo("COMMUNE");
		this.province.get()
			.uri("/api/v1/activities?supervisingBodyId=ubmttq-tinh-db&q={q}", marker)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.totalElements")
			.isEqualTo(0);
	}

	private void transition(String id, String body, int status, String field) {
		var spec = this.province.post()
			.uri("/api/v1/activities/{id}/transitions", id)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange()
			.expectStatus()
			.isEqualTo(status);
		if (field != null) {
			spec.expectBody().jsonPath("$.errors[0].field").isEqualTo(field);
		}
	}

	private static String activity(String startDate, String extra) {
		return """
				{ "kind": "SUPERVISION", "title": "Giám sát hỗ trợ giống cây trồng", "supervisedAgencyIds": ["so-nong-nghiep-db"],
				  "form": "DELEGATION", "startDate": "%s", "content": "Việc hỗ trợ giống cây trồng", "field": "Nông nghiệp"
				  %s }"""
			.formatted(startDate, extra.isBlank() ? "" : ", " + extra);
	}

	private static Map<?, ?> record(RestTestClient client, String body) {
		return client.post()
			.uri("/api/v1/activities")
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
	}

	private static void reject(RestTestClient client, String body, String... fields) {
		client.post()
			.uri("/api/v1/activities")
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange()
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.errors[*].field")
			.<List<String>>value((found) -> assertThat(found).containsExactlyInAnyOrder(fields));
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> warnings(Map<?, ?> activity) {
		return (List<Map<String, Object>>) activity.get("warnings");
	}

	private static List<Object> codes(Map<?, ?> activity) {
		return warnings(activity).stream().map((warning) -> warning.get("code")).toList();
	}

}
