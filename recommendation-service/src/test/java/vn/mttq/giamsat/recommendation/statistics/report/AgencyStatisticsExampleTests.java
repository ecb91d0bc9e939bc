package vn.mttq.giamsat.recommendation.statistics.report;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.client.RestTestClient;

import vn.mttq.giamsat.localstack.LocalIssuer;
import vn.mttq.giamsat.localstack.LocalStack;
import vn.mttq.giamsat.localstack.WithLocalStack;
import vn.mttq.giamsat.recommendation.statistics.LifecycleEvents;
import vn.mttq.giamsat.recommendation.statistics.StatisticsTestClock;
import vn.mttq.giamsat.support.security.Callers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The statistics of a small, hand-computed set of items, fed as lifecycle events through
 * the broker. Today is 15 May 2026 in Vietnam ({@link StatisticsTestClock}).
 * <p>
 * The Department of Finance (issuing level PROVINCE) got seven items in March and April:
 * <ol>
 * <li>issued 2 Mar, due 20 Mar, answered 12 Mar (Vietnam time; 11 Mar in UTC): on time,
 * 10 days, still open;</li>
 * <li>issued 5 Mar, due 25 Mar, answered 4 Apr: late, 30 days, still open;</li>
 * <li>issued 1 Apr, due 1 May, extended to 1 Jun, no answer: open, not due yet;</li>
 * <li>issued 10 Mar, due 10 Apr, no answer, escalated: open and overdue;</li>
 * <li>issued 16 Mar, due 15 Apr, answered 8 Apr (7 Apr in UTC), closed resolved: on time,
 * 23 days;</li>
 * <li>issued 6 Apr, withdrawn 20 Apr: counted only as issued and withdrawn;</li>
 * <li>issued 10 Apr, no due date, answered 17 Apr: on time, 7 days, still open.</li>
 * </ol>
 * In force (issued − withdrawn): 6. Answered 4 (3 on time, 1 late); unanswered late 1
 * (item 4). Answer rate 4/6 = 66.7 %, on-time rate 3/(4+1) = 60.0 %, resolution rate 1/6
 * = 16.7 %. Days to answer, unanswered last: 7, 10, 23, 30, not yet, not yet: median
 * (23+30)/2 = 26.5.
 * <p>
 * Thanh Nưa commune's People's Committee (level COMMUNE) got two items in April, one
 * overdue (due 10 May), one not due (25 May): fewer than five, so only the count shows.
 * <p>
 * Total: 9 issued, 8 counted, 4 answered: the fifth value of eight is "not yet", so the
 * median is not reached; unanswered late 2; answer rate 4/8 = 50.0 %, on-time rate
 * 3/(4+2) = 50.0 %, resolution rate 1/8 = 12.5 %.
 */
@WithLocalStack
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(StatisticsTestClock.class)
class AgencyStatisticsExampleTests {

	static final String FINANCE = "so-tai-chinh-dien-bien";

	static final String COMMUNE = "ubnd-xã-thanh-nưa";

	static final String EXPECTED_JSON = """
			{
			  "from": "2026-03", "to": "2026-04", "asOf": "2026-05-15", "minimumItems": 5,
			  "sort": "agency", "direction": "asc",
			  "rows": [
			    { "agencyId": "so-tai-chinh-dien-bien", "level": "PROVINCE", "rank": null, "suppressed": false,
			      "issued": 7, "withdrawn": 1, "inForce": 6, "answered": 4, "answeredOnTime": 3, "answeredLate": 1,
			      "unansweredLate": 1, "medianDaysToAnswer": 26.5, "medianNote": null, "open": 5, "overdue": 1,
			      "resolved": 1, "unresolved": 0, "agreed": 0, "escalated": 1,
			      "answerRate": 66.7, "onTimeRate": 60.0, "resolutionRate": 16.7 },
			    { "agencyId": "ubnd-xã-thanh-nưa", "level": "COMMUNE", "rank": null, "suppressed": true,
			      "issued": 2, "withdrawn": null, "inForce": null, "answered": null, "answeredOnTime": null, "answeredLate": null,
			      "unansweredLate": null, "medianDaysToAnswer": null, "medianNote": null, "open": null,
			      "overdue": null, "resolved": null, "unresolved": null, "agreed": null, "escalated": null,
			      "answerRate": null, "onTimeRate": null, "resolutionRate": null }
			  ],
			  "total": { "agencyId": null, "level": null, "rank": null, "suppressed": false,
			      "issued": 9, "withdrawn": 1, "inForce": 8, "answered": 4, "answeredOnTime": 3, "answeredLate": 1,
			      "unansweredLate": 2, "medianDaysToAnswer": null, "medianNote": "NOT_REACHED", "open": 7,
			      "overdue": 2, "resolved": 1, "unresolved": 0, "agreed": 0, "escalated": 1,
			      "answerRate": 50.0, "onTimeRate": 50.0, "resolutionRate": 12.5 },
			  "page": 0, "size": 50, "totalElements": 2, "totalPages": 1
			}
			""";

	static final String EXPECTED_CSV = "\uFEFF"
			+ "row,agencyId,level,rank,suppressed,issued,withdrawn,inForce,answered,answeredOnTime,answeredLate,"
			+ "unansweredLate,medianDaysToAnswer,medianNote,open,overdue,resolved,unresolved,agreed,escalated,"
			+ "answerRate,onTimeRate,resolutionRate\r\n"
			+ "AGENCY,so-tai-chinh-dien-bien,PROVINCE,,false,7,1,6,4,3,1,1,26.5,,5,1,1,0,0,1,66.7,60.0,16.7\r\n"
			+ "AGENCY,ubnd-xã-thanh-nưa,COMMUNE,,true,2,,,,,,,,,,,,,,,,,\r\n"
			+ "TOTAL,,,,false,9,1,8,4,3,1,2,,NOT_REACHED,7,2,1,0,0,1,50.0,50.0,12.5\r\n";

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	RestTestClient monitor;

	@BeforeEach
	void monitor(LocalIssuer issuer) {
		this.monitor = Callers.as(this.port, issuer, "ubmttq-giam-sat", "MONITOR");
	}

	@Test
	void theFiguresMatchTheHandComputedExample(LocalStack stack) {
		example().forEach((item) -> item.send(stack, this.json));

		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> this.monitor.get()
				.uri("/api/v1/statistics/agencies?from=2026-03&to=2026-04&agencyId={a}&agencyId={b}", FINANCE, COMMUNE)
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.json(EXPECTED_JSON, JsonCompareMode.STRICT));

		byte[] csv = this.monitor.get()
			.uri("/api/v1/statistics/agencies.csv?from=2026-03-01&to=2026-04-30&agencyId={a}&agencyId={b}", FINANCE,
					COMMUNE)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType("text/csv;charset=UTF-8")
			.expectHeader()
			.valueEquals("Content-Disposition",
					"attachment; filename=\"agency-statistics_2026-03_2026-04_as-of_2026-05-15.csv\"")
			.expectBody()
			.returnResult()
			.getResponseBody();
		assertThat(new String(csv, StandardCharsets.UTF_8)).isEqualTo(EXPECTED_CSV);
	}

	private static List<LifecycleEvents> example() {
		return List.of(
				LifecycleEvents.tracked(FINANCE, "PROVINCE", "2026-03-02", "2026-03-20")
					.answered("ACCEPTED", "2026-03-11T18:30:00Z"),
				LifecycleEvents.tracked(FINANCE, "PROVINCE", "2026-03-05", "2026-03-25")
					.answered("ACCEPTED", "2026-04-03T17:00:00Z"),
				LifecycleEvents.tracked(FINANCE, "PROVINCE", "2026-04-01", "2026-05-01").dueDateChanged("2026-06-01"),
				LifecycleEvents.tracked(FINANCE, "PROVINCE", "2026-03-10", "2026-04-10")
					.escalated("ubnd-tinh-dien-bien"),
				LifecycleEvents.tracked(FINANCE, "PROVINCE", "2026-03-16", "2026-04-15")
					.answered("ACCEPTED", "2026-04-07T20:00:00Z")
					.closed("RESOLVED", "2026-05-05T02:00:00Z"),
				LifecycleEvents.tracked(FINANCE, "PROVINCE", "2026-04-06", "2026-05-06")
					.closed("WITHDRAWN", "2026-04-20T02:00:00Z"),
				LifecycleEvents.tracked(FINANCE, "PROVINCE", "2026-04-10", null)
					.answered("EXPLAINED", "2026-04-17T02:00:00Z"),
				LifecycleEvents.tracked(COMMUNE, "COMMUNE", "2026-04-20", "2026-05-10"),
				LifecycleEvents.tracked(COMMUNE, "COMMUNE", "2026-04-25", "2026-05-25"));
	}

}
