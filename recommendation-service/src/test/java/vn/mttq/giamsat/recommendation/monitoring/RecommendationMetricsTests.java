package vn.mttq.giamsat.recommendation.monitoring;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import vn.mttq.giamsat.events.supervision.RecommendationIssued;
import vn.mttq.giamsat.events.supervision.RecommendationWithdrawn;
import vn.mttq.giamsat.localstack.LocalIssuer;
import vn.mttq.giamsat.localstack.WithLocalStack;
import vn.mttq.giamsat.recommendation.Uploads;
import vn.mttq.giamsat.recommendation.tracking.LifecycleProperties;
import vn.mttq.giamsat.recommendation.tracking.RecommendationTracking;
import vn.mttq.giamsat.recommendation.tracking.ScheduledSteps;
import vn.mttq.giamsat.recommendation.tracking.TrackedRecommendation;
import vn.mttq.giamsat.support.security.Callers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The follow-up's meters against the real service: each step written moves its counter,
 * timer and gauges exactly once. The items are issued by a central Front body with the
 * Community Investment Supervision Board's form, a slice no other test uses, so the
 * gauges can be compared before and after.
 */
@WithLocalStack
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RecommendationMetricsTests {

	static final String LEVEL = "CENTRAL";

	static final String FORM = "COMMUNITY_INVESTMENT_BOARD";

	static final String FRONT = "ubmttq-trung-uong-metrics";

	static final LocalDate TODAY = LocalDate.now(TrackedRecommendation.VIETNAM);

	@LocalServerPort
	int port;

	@LocalManagementPort
	int managementPort;

	@Autowired
	RecommendationTracking tracking;

	@Autowired
	ScheduledSteps scheduledSteps;

	@Autowired
	OpenItemGauges gauges;

	@Autowired
	MeterRegistry meters;

	@Autowired
	MongoTemplate mongo;

	LocalIssuer issuer;

	String agency;

	@BeforeEach
	void agency(LocalIssuer issuer) {
		this.issuer = issuer;
		this.agency = "ban-quan-ly-metrics-" + UUID.randomUUID();
	}

	@Test
	void anItemIssuedAnsweredLateAndClosedMovesExactlyItsCountersTimersAndGauges() {
		Figures before = figures();

		String id = issue(TODAY.minusDays(60), TODAY.minusDays(40));
		Figures tracked = figures();
		assertThat(tracked.minus(before)).isEqualTo(new Figures(1, 0, 0, 0, 0, 0, 1, 1));

		step(id, agency(), "{\"action\": \"ACCEPT\", \"note\": \"Tiếp thu.\"}");
		Figures answered = figures();
		assertThat(answered.minus(tracked)).as("answered after its due date: late, and no longer overdue")
			.isEqualTo(new Figures(0, 0, 1, 1, 0, 0, 0, -1));

		String evidence = Uploads.upload(agency(), id, "bien-ban.pdf", "EVIDENCE");
		step(id, agency(),
				"{\"action\": \"REPORT_RESOLUTION\", \"note\": \"Đã xong.\", \"documents\": [\"" + evidence + "\"]}");
		step(id, front(), "{\"action\": \"CLOSE_RESOLVED\"}");
		Figures closed = figures();
		assertThat(closed.minus(answered)).isEqualTo(new Figures(0, 0, 0, 0, 1, 1, -1, 0));

		assertThat(timer(RecommendationMeters.TIME_TO_ANSWER).max(TimeUnit.DAYS))
			.as("from the issue, as no receipt is known")
			.isBetween(59.0, 61.0);
		assertThat(timer(RecommendationMeters.TIME_TO_CLOSE).totalTime(TimeUnit.DAYS)).isGreaterThan(59.0);
	}

	@Test
	void aRedeliveredIssueAndARepeatedWithdrawalCountOnce() {
		Figures before = figures();
		RecommendationIssued issued = issued(UUID.randomUUID().toString(), TODAY, TODAY.plusDays(30));
		RecommendationWithdrawn withdrawn = new RecommendationWithdrawn(UUID.randomUUID().toString(), Instant.now(),
				issued.recommendationId(), issued.letterId(), FRONT, this.agency, "Rút kiến nghị do trùng lặp.",
				"canbo.mttq");
		double withdrawnBefore = closed("withdrawn");

		assertThat(this.tracking.track(issued)).isTrue();
		assertThat(this.tracking.track(issued)).isFalse();
		assertThat(this.tracking.withdraw(withdrawn)).isTrue();
		assertThat(this.tracking.withdraw(withdrawn)).isFalse();

		assertThat(figures().minus(before)).as("tracked once, closed once (timed from issue), open no more")
			.isEqualTo(new Figures(1, 0, 0, 0, 0, 1, 0, 0));
		assertThat(closed("withdrawn")).isEqualTo(withdrawnBefore + 1);
	}

	@Test
	void theSchedulersOverdueMarkAndBothEscalationStagesAreCountedOnceHoweverManyPasses() {
		// Whatever other tests left due is taken first.
		this.scheduledSteps.runDue(() -> true);
		double marked = count(RecommendationMeters.OVERDUE_MARKED);
		double first = count(RecommendationMeters.ESCALATED, "stage", "1");
		double second = count(RecommendationMeters.ESCALATED, "stage", "2");
		issue(TODAY.minusDays(70), TODAY.minusDays(50));

		this.scheduledSteps.runDue(() -> true);
		this.scheduledSteps.runDue(() -> true);

		assertThat(count(RecommendationMeters.OVERDUE_MARKED)).isEqualTo(marked + 1);
		assertThat(count(RecommendationMeters.ESCALATED, "stage", "1")).isEqualTo(first + 1);
		assertThat(count(RecommendationMeters.ESCALATED, "stage", "2")).isEqualTo(second + 1);
	}

	@Test
	void afterARestartTheGaugesAreCountedFromTheDatabaseBeforeAnyStep() {
		issue(TODAY.minusDays(20), TODAY.minusDays(5));
		issue(TODAY, TODAY.plusDays(30));
		this.gauges.refresh();
		double open = gauge(this.meters, OpenItemGauges.OPEN);
		double overdue = gauge(this.meters, OpenItemGauges.OVERDUE);
		assertThat(open).isGreaterThanOrEqualTo(2);
		assertThat(overdue).isGreaterThanOrEqualTo(1);

		SimpleMeterRegistry restarted = new SimpleMeterRegistry();
		OpenItemGauges fresh = new OpenItemGauges(this.mongo, restarted, Clock.systemUTC(), Duration.ofHours(1),
				Duration.ofSeconds(5));
		fresh.start();
		try {
			await().atMost(Duration.ofSeconds(30))
				.untilAsserted(() -> assertThat(gauge(restarted, OpenItemGauges.OPEN)).isEqualTo(open));
			assertThat(gauge(restarted, OpenItemGauges.OVERDUE)).isEqualTo(overdue);
		}
		finally {
			fresh.stop();
		}
	}

	@Test
	void theOverviewShowsTheHeadlineFiguresAsJsonAndAsAPage() {
		String id = issue(TODAY.minusDays(30), TODAY.minusDays(10));
		step(id, agency(), "{\"action\": \"EXPLAIN\", \"note\": \"Chưa có kinh phí.\"}");
		this.gauges.refresh();
		RestTestClient management = Callers.as(this.managementPort, this.issuer, "ubmttq-trung-uong-ops", "ADMIN");

		management.get()
			.uri("/actuator/overview")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
			.expectBody()
			.jsonPath("$.open")
			.<Number>value((open) -> assertThat(open.doubleValue()).isEqualTo(sumOf(this.meters, OpenItemGauges.OPEN)))
			.jsonPath("$.overdue")
			.<Number>value((overdue) -> assertThat(overdue.doubleValue())
				.isEqualTo(sumOf(this.meters, OpenItemGauges.OVERDUE)))
			.jsonPath("$.slices[?(@.level == 'CENTRAL' && @.form == 'COMMUNITY_INVESTMENT_BOARD')].open")
			.<List<Number>>value((open) -> assertThat(open).singleElement()
				.satisfies(
						(value) -> assertThat(value.doubleValue()).isEqualTo(gauge(this.meters, OpenItemGauges.OPEN))))
			.jsonPath("$.sinceStart.answeredLate")
			.<Number>value((late) -> assertThat(late.longValue()).isGreaterThanOrEqualTo(1))
			.jsonPath("$.timeToAnswer.answers")
			.<Number>value((answers) -> assertThat(answers.longValue()).isGreaterThanOrEqualTo(timerCount()))
			.jsonPath("$.timeToAnswer.median.atMostDays")
			.exists()
			.jsonPath("$.pipeline.outboxPending")
			.isNumber()
			.jsonPath("$.pipeline.deadLettersPending")
			.isNumber();

		String page = management.get()
			.uri("/actuator/overview")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.TEXT_HTML)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(page).startsWith("<!DOCTYPE html>")
			.contains(OverviewPage.ascii("Quá hạn") + " <span class=\"en\">/ Overdue now")
			.contains("<td>" + LEVEL + "</td><td>" + FORM + "</td>")
			.contains("Dead letters pending")
			.doesNotContain("<script")
			.doesNotContain("http://")
			.doesNotContain("https://");
	}

	@Test
	void theOverviewAnswersOnlyAnOperator() {
		RestTestClient anonymous = RestTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.managementPort)
			.build();
		anonymous.get().uri("/actuator/overview").exchange().expectStatus().isUnauthorized();
		anonymous.get()
			.uri("/actuator/overview")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isUnauthorized();
		Callers.as(this.managementPort, this.issuer, FRONT, "FRONT_OFFICIAL")
			.get()
			.uri("/actuator/overview")
			.exchange()
			.expectStatus()
			.isForbidden();
		Callers.as(this.managementPort, this.issuer, "ubmttq-trung-uong-ops", "MONITOR")
			.get()
			.uri("/actuator/overview")
			.exchange()
			.expectStatus()
			.isOk();
	}

	@Test
	void everyLevelAndFormShowsFromTheStartAtZero() {
		SimpleMeterRegistry fresh = new SimpleMeterRegistry();
		new RecommendationMeters(fresh, new LifecycleProperties(null, List.of(10, 30), null, null, null));

		assertThat(fresh.find(RecommendationMeters.ESCALATED).tags("level", "COMMUNE", "form", "DELEGATION").counters())
			.extracting((counter) -> counter.getId().getTag("stage"))
			.containsExactlyInAnyOrder("manual", "1", "2");
		assertThat(fresh.find(RecommendationMeters.CLOSED).counters()).hasSize(4 * 5 * 3)
			.allSatisfy((counter) -> assertThat(counter.count()).isZero());
		assertThat(fresh.find(RecommendationMeters.TIME_TO_ANSWER).timers()).hasSize(4 * 5);
	}

	@Test
	void prometheusShowsTheTimersWithTheirServiceLevelBuckets() {
		String id = issue(TODAY.minusDays(3), TODAY.plusDays(27));
		step(id, agency(), "{\"action\": \"ACCEPT\", \"note\": \"Tiếp thu.\"}");

		String scrape = RestTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.managementPort)
			.build()
			.get()
			.uri("/actuator/prometheus")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();

		for (long days : List.of(7L, 15L, 30L, 45L, 60L, 90L)) {
			assertThat(scrape).containsPattern("recommendation_time_to_answer_seconds_bucket\\{[^}]*form=\"" + FORM
					+ "\"[^}]*le=\"" + (double) Duration.ofDays(days).toSeconds() + "\"");
		}
		assertThat(scrape).contains("recommendation_answered_total{").contains("timeliness=\"on_time\"");
	}

	private String issue(LocalDate issuedOn, LocalDate dueDate) {
		String id = UUID.randomUUID().toString();
		this.tracking.track(issued(id, issuedOn, dueDate));
		return id;
	}

	private RecommendationIssued issued(String id, LocalDate issuedOn, LocalDate dueDate) {
		return new RecommendationIssued(UUID.randomUUID().toString(),
				issuedOn.atTime(9, 0).toInstant(ZoneOffset.ofHours(7)), id, "letter-" + id, "9/KN-MTTQ", "activity-m",
				FRONT, this.agency, "Công khai dự toán công trình", issuedOn, dueDate, "RECOMMENDATION", "OTHER",
				"SUPERVISION", FORM, LEVEL, List.of());
	}

	private void step(String id, RestTestClient client, String body) {
		client.post()
			.uri("/api/v1/recommendations/{id}/steps", id)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body.getBytes(StandardCharsets.UTF_8))
			.exchange()
			.expectStatus()
			.isCreated();
	}

	private RestTestClient agency() {
		return Callers.as(this.port, this.issuer, this.agency, "AGENCY_OFFICER");
	}

	private RestTestClient front() {
		return Callers.as(this.port, this.issuer, FRONT, "FRONT_OFFICIAL");
	}

	/**
	 * The figures of the test's slice; the gauges counted again first.
	 */
	private Figures figures() {
		this.gauges.refresh();
		return new Figures(count(RecommendationMeters.TRACKED),
				count(RecommendationMeters.ANSWERED, "timeliness", "on_time"),
				count(RecommendationMeters.ANSWERED, "timeliness", "late"), timerCount(),
				count(RecommendationMeters.CLOSED, "outcome", "resolved"),
				timer(RecommendationMeters.TIME_TO_CLOSE).count(), gauge(this.meters, OpenItemGauges.OPEN),
				gauge(this.meters, OpenItemGauges.OVERDUE));
	}

	private double closed(String outcome) {
		return count(RecommendationMeters.CLOSED, "outcome", outcome);
	}

	private long timerCount() {
		return timer(RecommendationMeters.TIME_TO_ANSWER).count();
	}

	private Timer timer(String name) {
		return Timer.builder(name)
			.tags("level", LEVEL, "form", FORM)
			.serviceLevelObjectives(
					(name.equals(RecommendationMeters.TIME_TO_ANSWER) ? RecommendationMeters.ANSWER_BUCKETS
							: RecommendationMeters.CLOSE_BUCKETS)
						.toArray(Duration[]::new))
			.register(this.meters);
	}

	private double count(String name) {
		return this.meters.counter(name, "level", LEVEL, "form", FORM).count();
	}

	private double count(String name, String tag, String value) {
		return this.meters.counter(name, "level", LEVEL, "form", FORM, tag, value).count();
	}

	private static double gauge(MeterRegistry meters, String name) {
		Gauge gauge = meters.find(name).tags("level", LEVEL, "form", FORM).gauge();
		return (gauge != null) ? gauge.value() : 0;
	}

	private static double sumOf(MeterRegistry meters, String name) {
		return meters.find(name).gauges().stream().mapToDouble(Gauge::value).sum();
	}

	/**
	 * The test slice's figures: counters, timer counts and gauges.
	 */
	record Figures(double tracked, double answeredOnTime, double answeredLate, double answerTimes, double resolved,
			double closeTimes, double open, double overdue) {

		Figures minus(Figures other) {
			return new Figures(this.tracked - other.tracked, this.answeredOnTime - other.answeredOnTime,
					this.answeredLate - other.answeredLate, this.answerTimes - other.answerTimes,
					this.resolved - other.resolved, this.closeTimes - other.closeTimes, this.open - other.open,
					this.overdue - other.overdue);
		}

	}

}
