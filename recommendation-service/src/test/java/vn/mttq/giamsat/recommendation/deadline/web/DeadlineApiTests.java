package vn.mttq.giamsat.recommendation.deadline.web;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.client.RestTestClient;

import vn.mttq.giamsat.localstack.LocalIssuer;
import vn.mttq.giamsat.localstack.WithLocalStack;
import vn.mttq.giamsat.support.security.Callers;

import static org.assertj.core.api.Assertions.assertThat;

@WithLocalStack
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DeadlineApiTests {

	static final String BOARD = "letterKind=RECOMMENDATION&itemType=REMEDY_VIOLATION&activityKind=SUPERVISION"
			+ "&supervisionForm=PEOPLES_INSPECTION_BOARD&level=COMMUNE";

	@LocalServerPort
	int port;

	LocalIssuer issuer;

	RestTestClient agency;

	@BeforeEach
	void client(LocalIssuer issuer) {
		this.issuer = issuer;
		this.agency = Callers.as(this.port, issuer, "ubnd-xa-thanh-nua", "AGENCY_OFFICER");
	}

	RestTestClient.BodyContentSpec preview(String query) {
		return this.agency.get()
			.uri("/api/v1/deadlines/preview?" + query)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody();
	}

	@Test
	void previewsTheBoardsFifteenDaysAcrossHungKingsDayAndItsDayInLieu() {
		preview(BOARD + "&issuedOn=2026-04-09&receivedOn=2026-04-11").jsonPath("$.dueDate")
			.isEqualTo("2026-04-28")
			.jsonPath("$.provisional")
			.isEqualTo(false)
			.jsonPath("$.explanation.ruleId")
			.isEqualTo("board-answer-15-days")
			.jsonPath("$.explanation.legalSource")
			.isEqualTo("Luật Thực hiện dân chủ ở cơ sở 10/2022, Điều 40.1.c và 45.2.c")
			.jsonPath("$.explanation.legalSourceEn")
			.isEqualTo("Law on Grassroots Democracy No. 10/2022, Arts 40.1.c and 45.2.c")
			.jsonPath("$.explanation.counting")
			.isEqualTo("CALENDAR_DAYS")
			.jsonPath("$.explanation.startsFrom")
			.isEqualTo("DELIVERY")
			.jsonPath("$.explanation.start")
			.isEqualTo("2026-04-11")
			.jsonPath("$.explanation.skipped[0].date")
			.isEqualTo("2026-04-26")
			.jsonPath("$.explanation.skipped[0].name")
			.isEqualTo("Giỗ Tổ Hùng Vương (10/3 âm lịch)")
			.jsonPath("$.explanation.skipped[1].kind")
			.isEqualTo("COMPENSATORY_DAY_OFF")
			.jsonPath("$.explanation.skipped[1].sourceEn")
			.isEqualTo("Labour Code 2019, Art. 111.3 (Labour Code 2019, Art. 112)")
			.jsonPath("$.explanation.textVi")
			.value(String.class, (text) -> assertThat(text).startsWith("Hạn trả lời 28/04/2026"))
			.jsonPath("$.explanation.textEn")
			.value(String.class, (text) -> assertThat(text).startsWith("Answer due 28 April 2026"));
	}

	@ParameterizedTest(name = "{2} working days from {0}: {1}")
	@CsvSource({ "2026-02-12, 2026-03-05, 10", "2026-04-28, 2026-05-07, 5", "2026-08-20, 2026-09-03, 8" })
	void previewsAPeriodInWorkingDaysAcrossTetThirtyAprilAndNationalDay(String receivedOn, String due, int days) {
		preview("issuedOn=" + receivedOn + "&receivedOn=" + receivedOn + "&days=" + days + "&counting=WORKING_DAYS")
			.jsonPath("$.dueDate")
			.isEqualTo(due)
			.jsonPath("$.explanation.ruleName")
			.isEqualTo("Hạn do người ban hành quy định: " + days + " ngày làm việc");
	}

	@Test
	void theNationalDayCountSkipsTheSwappedMondayAndCountsTheSaturdayWorked() {
		preview("issuedOn=2026-08-20&receivedOn=2026-08-20&days=8&counting=WORKING_DAYS")
			.jsonPath("$.explanation.skipped[*].date")
			.<List<String>>value(
					(dates) -> assertThat(dates).contains("2026-08-23", "2026-08-31", "2026-09-01", "2026-09-02")
						.doesNotContain("2026-08-22"))
			.jsonPath("$.explanation.skipped[?(@.date == '2026-08-31')].kind")
			.<List<String>>value((kinds) -> assertThat(kinds).containsExactly("SWAPPED_DAY_OFF"));
	}

	@Test
	void withoutTheReceiptTheDueDateIsProvisional() {
		preview("issuedOn=2026-03-02").jsonPath("$.provisional")
			.isEqualTo(true)
			.jsonPath("$.explanation.ruleId")
			.isEqualTo("front-default")
			.jsonPath("$.explanation.start")
			.isEqualTo("2026-03-02")
			.jsonPath("$.dueDate")
			.isEqualTo("2026-04-01");
	}

	@Test
	void anExplanationThatSkipsCultureDayMarksItUnconfirmed() {
		preview("issuedOn=2026-11-20&receivedOn=2026-11-20&days=3&counting=WORKING_DAYS")
			.jsonPath("$.explanation.skipped[?(@.date == '2026-11-24')].confirmed")
			.<List<Boolean>>value((confirmed) -> assertThat(confirmed).containsExactly(false))
			.jsonPath("$.explanation.textVi")
			.value(String.class, (text) -> assertThat(text).contains("Ngày Văn hóa Việt Nam – chưa xác nhận"))
			.jsonPath("$.explanation.textEn")
			.value(String.class, (text) -> assertThat(text).contains("Vietnamese Culture Day – unconfirmed"));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "issuedOn=2026-02-30, issuedOn", "letterKind=MEMO&issuedOn=2026-02-02, letterKind",
			"issuedOn=2026-02-02&days=10, periodWithCounting",
			"issuedOn=2026-02-02&counting=WORKING_DAYS, " + "periodWithCounting",
			"issuedOn=2026-02-02&days=366&counting=CALENDAR_DAYS, days",
			"issuedOn=2026-02-02&days=5&counting=HOURS, counting", "issuedOn=1999-02-02, issuedOnInCalendar",
			"issuedOn=2026-02-02&receivedOn=2101-01-01, receivedOnInCalendar", "receivedOn=2026-02-02, issuedOn" })
	void badInputIsRefusedWith400NamingTheField(String query, String field) {
		this.agency.get()
			.uri("/api/v1/deadlines/preview?" + query)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[*].field")
			.<List<String>>value((fields) -> assertThat(fields).contains(field));
	}

	@Test
	void aReceiptBeforeTheLettersDateIsRefusedWith422() {
		this.agency.get()
			.uri("/api/v1/deadlines/preview?issuedOn=2026-02-10&receivedOn=2026-02-09")
			.exchange()
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:giamsat:problem:business-rule")
			.jsonPath("$.errors[0].field")
			.isEqualTo("receivedOn");
	}

	@Test
	void showsTheCalendarOf2026AsAnnouncedWithItsSwapsAndTheUnconfirmedCultureDay() {
		Callers.as(this.port, this.issuer, "ban-giam-sat", "MONITOR")
			.get()
			.uri("/api/v1/calendar/2026")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.announcement")
			.isEqualTo("CONFIRMED")
			.jsonPath("$.calendarVersion")
			.isNotEmpty()
			.jsonPath("$.daysOff[*].date")
			.<List<String>>value((dates) -> assertThat(dates).contains("2026-02-16", "2026-02-17", "2026-02-18",
					"2026-02-19", "2026-02-20", "2026-04-26", "2026-04-27", "2026-04-30", "2026-05-01", "2026-08-31",
					"2026-09-01", "2026-09-02", "2026-11-24"))
			.jsonPath("$.daysOff[?(@.date == '2026-04-27')].kind")
			.<List<String>>value((kinds) -> assertThat(kinds).containsExactly("COMPENSATORY_DAY_OFF"))
			.jsonPath("$.daysOff[?(@.date == '2026-11-24')].confirmed")
			.<List<Boolean>>value((confirmed) -> assertThat(confirmed).containsExactly(false))
			.jsonPath("$.daysOff[?(@.date == '2026-02-16')].source")
			.<List<String>>value((sources) -> assertThat(sources)
				.containsExactly("Thông báo 9441/TB-BNV ngày 16/10/2025 của Bộ Nội vụ"))
			.jsonPath("$.workingDays[*].date")
			.<List<String>>value((dates) -> assertThat(dates).containsExactly("2026-01-10", "2026-08-22"));
	}

	@Test
	void aYearNotAnnouncedYetIsAssumedFromTheLabourCode() {
		this.agency.get()
			.uri("/api/v1/calendar/2027")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.announcement")
			.isEqualTo("ASSUMED")
			.jsonPath("$.daysOff[?(@.date == '2027-02-10')].kind")
			.<List<String>>value((kinds) -> assertThat(kinds).containsExactly("COMPENSATORY_DAY_OFF"));
	}

	@ParameterizedTest
	@CsvSource({ "2020", "2101", "twenty" })
	void aYearOutsideTheCalendarIsRefusedWith400(String year) {
		this.agency.get().uri("/api/v1/calendar/" + year).exchange().expectStatus().isBadRequest();
	}

	@Test
	void nobodyUnsignedSeesThePreview() {
		RestTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.port)
			.build()
			.get()
			.uri("/api/v1/deadlines/preview?issuedOn=2026-02-02")
			.exchange()
			.expectStatus()
			.isUnauthorized();
	}

}
