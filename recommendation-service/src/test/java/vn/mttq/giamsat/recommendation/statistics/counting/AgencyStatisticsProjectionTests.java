package vn.mttq.giamsat.recommendation.statistics.counting;

import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;

import vn.mttq.giamsat.events.recommendation.RecommendationLifecycleEvent;
import vn.mttq.giamsat.localstack.WithLocalStack;
import vn.mttq.giamsat.recommendation.statistics.AgencyFigures;
import vn.mttq.giamsat.recommendation.statistics.IssuingLevel;
import vn.mttq.giamsat.recommendation.statistics.LifecycleEvents;
import vn.mttq.giamsat.recommendation.statistics.StatisticsTestClock;
import vn.mttq.giamsat.recommendation.statistics.Tally;
import vn.mttq.giamsat.recommendation.statistics.counting.AgencyStatisticsProjection.Outcome;
import vn.mttq.giamsat.recommendation.statistics.report.AgencyStatistics;
import vn.mttq.giamsat.recommendation.statistics.report.Period;
import vn.mttq.giamsat.recommendation.statistics.report.SortKey;
import vn.mttq.giamsat.recommendation.statistics.report.StatisticsReport;
import vn.mttq.giamsat.recommendation.statistics.report.StatisticsRequest;
import vn.mttq.giamsat.support.security.Actor;
import vn.mttq.giamsat.support.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Applying lifecycle events to the stored buckets: once, in sequence order, whatever the
 * order and the number of deliveries.
 */
@WithLocalStack
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(StatisticsTestClock.class)
class AgencyStatisticsProjectionTests {

	@Autowired
	AgencyStatisticsProjection projection;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	MeterRegistry meters;

	@Autowired
	AgencyStatistics statistics;

	String agency = "ubnd-xa-" + UUID.randomUUID();

	@Test
	void aRedeliveredEventChangesNothing() {
		List<RecommendationLifecycleEvent> events = LifecycleEvents
			.tracked(this.agency, "COMMUNE", "2025-03-02", "2025-03-20")
			.answered("ACCEPTED", "2025-03-10T02:00:00Z")
			.events();
		apply(events);
		StoredMonth before = bucket("COMMUNE");
		double staleBefore = this.meters.counter("statistics.events", "outcome", "stale").count();

		assertThat(this.projection.apply(events.get(1))).isEqualTo(Outcome.STALE);
		assertThat(this.projection.apply(events.get(0))).isEqualTo(Outcome.STALE);

		StoredMonth after = bucket("COMMUNE");
		assertThat(after.items()).isEqualTo(before.items());
		assertThat(figures(after)).isEqualTo(figures(before));
		assertThat(figures(after).answered()).isEqualTo(1);
		assertThat(this.meters.counter("statistics.events", "outcome", "stale").count()).isEqualTo(staleBefore + 2);
	}

	@Test
	void anOlderEventAfterANewerOneChangesNothing() {
		List<RecommendationLifecycleEvent> events = LifecycleEvents
			.tracked(this.agency, "COMMUNE", "2025-03-02", "2025-03-20")
			.answered("ACCEPTED", "2025-03-10T02:00:00Z")
			.closed("RESOLVED", "2025-04-01T02:00:00Z")
			.events();

		assertThat(this.projection.apply(events.get(0))).isEqualTo(Outcome.APPLIED);
		assertThat(this.projection.apply(events.get(2))).isEqualTo(Outcome.APPLIED);
		assertThat(this.projection.apply(events.get(1))).isEqualTo(Outcome.STALE);

		AgencyFigures figures = figures(bucket("COMMUNE"));
		assertThat(figures.resolved()).isEqualTo(1);
		assertThat(figures.open()).isZero();
		assertThat(bucket("COMMUNE").items()).singleElement()
			.satisfies((item) -> assertThat(item.sequence()).isEqualTo(3));
	}

	@Test
	void theLatestEventWinsEvenWhenItArrivesFirst() {
		List<RecommendationLifecycleEvent> events = LifecycleEvents
			.tracked(this.agency, "COMMUNE", "2025-03-02", "2025-03-20")
			.answered("EXPLAINED", "2025-03-25T02:00:00Z")
			.events();

		assertThat(this.projection.apply(events.get(1))).isEqualTo(Outcome.APPLIED);
		assertThat(this.projection.apply(events.get(0))).isEqualTo(Outcome.STALE);

		AgencyFigures figures = figures(bucket("COMMUNE"));
		assertThat(figures.answered()).isEqualTo(1);
		assertThat(figures.answeredLate()).isEqualTo(1);
	}

	@Test
	void anItemReaddressedToASuccessorIsCountedOnlyForTheSuccessor() {
		String successor = this.agency + "-successor";
		List<RecommendationLifecycleEvent> events = LifecycleEvents
			.tracked(this.agency, "DISTRICT", "2025-03-02", "2025-03-20")
			.readdressed(successor)
			.events();

		assertThat(this.projection.apply(events.get(0))).isEqualTo(Outcome.APPLIED);
		assertThat(this.projection.apply(events.get(1))).isEqualTo(Outcome.MOVED);
		assertThat(this.projection.apply(events.get(0))).isEqualTo(Outcome.STALE);

		assertThat(bucket("DISTRICT").tally().issued()).isZero();
		assertThat(bucket(successor, "DISTRICT").tally().issued()).isEqualTo(1);
		StatisticsReport report = this.statistics.report(
				new StatisticsRequest(new Period(YearMonth.of(2025, 3), YearMonth.of(2025, 3)), IssuingLevel.DISTRICT,
						List.of(), SortKey.AGENCY, true),
				new Actor("monitor", "ubmttq-giam-sat", Set.of(Role.MONITOR)));
		assertThat(report.rows()).extracting(AgencyFigures::agencyId).contains(successor).doesNotContain(this.agency);
	}

	@Test
	void anOldEventOfTheFormerAddresseeArrivingFirstIsNotCountedTwice() {
		String successor = this.agency + "-successor";
		List<RecommendationLifecycleEvent> events = LifecycleEvents
			.tracked(this.agency, "DISTRICT", "2025-03-02", "2025-03-20")
			.readdressed(successor)
			.events();

		assertThat(this.projection.apply(events.get(1))).isEqualTo(Outcome.APPLIED);
		assertThat(this.projection.apply(events.get(0))).isEqualTo(Outcome.STALE);

		assertThat(StoredMonth.read(this.mongo, this.agency, IssuingLevel.DISTRICT, YearMonth.of(2025, 3))).isNull();
		assertThat(bucket(successor, "DISTRICT").tally().issued()).isEqualTo(1);
	}

	@Test
	void theCountersAdjustedEventByEventAgreeWithTheItemsCountedAfresh() {
		List<LifecycleEvents> items = List.of(
				LifecycleEvents.tracked(this.agency, "COMMUNE", "2025-03-02", "2025-03-20")
					.answered("ACCEPTED", "2025-03-10T02:00:00Z")
					.closed("RESOLVED", "2025-04-01T02:00:00Z"),
				LifecycleEvents.tracked(this.agency, "COMMUNE", "2025-03-03", "2025-03-21")
					.dueDateChanged("2025-04-30")
					.escalated("ubnd-tinh"),
				LifecycleEvents.tracked(this.agency, "COMMUNE", "2025-03-04", "2025-03-22")
					.answered("EXPLAINED", "2025-03-30T02:00:00Z"),
				LifecycleEvents.tracked(this.agency, "COMMUNE", "2025-03-05", "2025-03-23")
					.closed("UNRESOLVED", "2025-05-02T02:00:00Z"),
				LifecycleEvents.tracked(this.agency, "COMMUNE", "2025-03-06", "2025-03-24"));
		items.forEach((item) -> apply(item.events()));

		StoredMonth stored = bucket("COMMUNE");
		Tally recounted = new Tally();
		stored.items().forEach(recounted::add);
		assertThat(stored.items()).hasSize(5);
		assertThat(figures(stored)).isEqualTo(
				AgencyFigures.of(stored.agencyId(), stored.level(), recounted, java.time.LocalDate.of(2026, 5, 15), 1));
		assertThat(figures(stored).escalated()).isEqualTo(1);
		assertThat(figures(stored).resolved()).isEqualTo(1);
	}

	@Test
	void itemsOfOneBucketAppliedConcurrentlyAreAllCounted() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<Outcome>> outcomes = pool.invokeAll(java.util.stream.IntStream.range(0, 150)
				.mapToObj((i) -> LifecycleEvents.tracked(this.agency, "PROVINCE", "2025-03-02", "2025-03-20"))
				.map((item) -> (java.util.concurrent.Callable<Outcome>) () -> this.projection.apply(item.latest()))
				.toList());
			for (Future<Outcome> outcome : outcomes) {
				assertThat(outcome.get()).isEqualTo(Outcome.APPLIED);
			}
		}
		finally {
			pool.shutdown();
		}

		assertThat(bucket("PROVINCE").tally().issued()).isEqualTo(150);
		assertThat(bucket("PROVINCE").items()).hasSize(150);
	}

	private void apply(List<RecommendationLifecycleEvent> events) {
		events.forEach((event) -> assertThat(this.projection.apply(event)).isEqualTo(Outcome.APPLIED));
	}

	private StoredMonth bucket(String level) {
		return bucket(this.agency, level);
	}

	private StoredMonth bucket(String agencyId, String level) {
		return StoredMonth.read(this.mongo, agencyId, IssuingLevel.valueOf(level), YearMonth.of(2025, 3));
	}

	private static AgencyFigures figures(StoredMonth bucket) {
		return AgencyFigures.of(bucket.agencyId(), bucket.level(), bucket.tally(), java.time.LocalDate.of(2026, 5, 15),
				1);
	}

}
