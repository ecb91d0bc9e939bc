package vn.mttq.giamsat.recommendation.statistics.migration;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;

import vn.mttq.giamsat.events.recommendation.RecommendationLifecycleEvent;
import vn.mttq.giamsat.localstack.WithLocalStack;
import vn.mttq.giamsat.recommendation.statistics.AgencyFigures;
import vn.mttq.giamsat.recommendation.statistics.IssuingLevel;
import vn.mttq.giamsat.recommendation.statistics.ItemState;
import vn.mttq.giamsat.recommendation.statistics.LifecycleEvents;
import vn.mttq.giamsat.recommendation.statistics.StatisticsTestClock;
import vn.mttq.giamsat.recommendation.statistics.Tally;
import vn.mttq.giamsat.recommendation.statistics.counting.AgencyStatisticsProjection;
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
 * The monthly buckets of earlier versions, folded into year documents at start-up: the
 * same figures after as before, each year's total the sum of its months, each bucket
 * counted once however often the fold runs or however many instances run it, and the
 * items' states carried over so later events apply to them.
 */
@WithLocalStack
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(StatisticsTestClock.class)
class StatisticsMigrationTests {

	@Autowired
	StatisticsMigration migration;

	@Autowired
	AgencyStatisticsProjection projection;

	@Autowired
	AgencyStatistics statistics;

	@Autowired
	MongoTemplate mongo;

	String agency = "so-" + UUID.randomUUID();

	@Test
	void theFiguresReadFromTheFoldedYearsAreThoseOfTheBuckets() throws Exception {
		List<LifecycleEvents> items = oldItems();
		List<Document> buckets = storeOldBuckets(items);
		Tally expected = new Tally();
		items.forEach((item) -> expected.add(ItemState.of(item.latest())));

		ExecutorService instances = Executors.newFixedThreadPool(2);
		try {
			List<Future<Integer>> folded = instances.invokeAll(List.of(this.migration::run, this.migration::run));
			assertThat(folded.get(0).get() + folded.get(1).get()).isEqualTo(buckets.size());
		}
		finally {
			instances.shutdown();
		}

		assertThat(this.mongo.getCollection(StatisticsMigration.BUCKETS).countDocuments()).isZero();
		assertThat(row())
			.isEqualTo(AgencyFigures.of(this.agency, IssuingLevel.PROVINCE, expected, this.statistics.today(), 5));
		for (int year : List.of(2024, 2025)) {
			StoredYear folded = StoredYear.read(this.mongo, this.agency, IssuingLevel.PROVINCE, year);
			assertThat(folded.totalled()).isTrue();
			assertThat(folded.agrees()).isTrue();
		}
	}

	@Test
	void aBucketFoldedButNotRemovedIsNotCountedTwice() {
		List<LifecycleEvents> items = oldItems();
		List<Document> buckets = storeOldBuckets(items);
		this.migration.run();
		AgencyFigures once = row();

		this.mongo.getCollection(StatisticsMigration.BUCKETS).insertMany(buckets);
		this.migration.run();

		assertThat(row()).isEqualTo(once);
		assertThat(once.issued()).isEqualTo(items.size());
		assertThat(this.migration.run()).isZero();
	}

	@Test
	void laterEventsOfAFoldedItemReplaceItsCarriedOverState() {
		List<LifecycleEvents> items = oldItems();
		storeOldBuckets(items);
		this.migration.run();
		LifecycleEvents open = items.get(2);
		RecommendationLifecycleEvent stale = open.latest();

		RecommendationLifecycleEvent answer = open.answered("ACCEPTED", "2025-02-10T02:00:00Z").latest();

		assertThat(this.projection.apply(stale)).isEqualTo(Outcome.STALE);
		assertThat(this.projection.apply(answer)).isEqualTo(Outcome.APPLIED);
		assertThat(row().issued()).isEqualTo(items.size());
		assertThat(row().answered()).isEqualTo(2);
	}

	/** Items in three months over two years, one answered and resolved, one escalated. */
	private List<LifecycleEvents> oldItems() {
		return List.of(
				LifecycleEvents.tracked(this.agency, "PROVINCE", "2024-12-02", "2024-12-20")
					.answered("ACCEPTED", "2024-12-10T02:00:00Z")
					.closed("RESOLVED", "2025-01-05T02:00:00Z"),
				LifecycleEvents.tracked(this.agency, "PROVINCE", "2024-12-09", "2024-12-30").escalated("ubnd-tinh"),
				LifecycleEvents.tracked(this.agency, "PROVINCE", "2025-01-06", "2025-01-31"),
				LifecycleEvents.tracked(this.agency, "PROVINCE", "2025-01-07", null),
				LifecycleEvents.tracked(this.agency, "PROVINCE", "2025-02-03", "2025-02-28")
					.closed("WITHDRAWN", "2025-02-05T02:00:00Z"),
				LifecycleEvents.tracked(this.agency, "PROVINCE", "2025-02-04", "2025-02-28"));
	}

	/**
	 * Stores the items as the earlier versions did: one bucket per agency, level and
	 * month, with its counters and the states of its items.
	 */
	private List<Document> storeOldBuckets(List<LifecycleEvents> items) {
		List<Document> buckets = new ArrayList<>();
		for (String month : List.of("2024-12", "2025-01", "2025-02")) {
			Tally tally = new Tally();
			List<Object> states = new ArrayList<>();
			for (LifecycleEvents item : items) {
				ItemState state = ItemState.of(item.latest());
				if (YearMonth.from(state.issuedOn()).toString().equals(month)) {
					tally.add(state);
					states.add(this.mongo.getConverter().convertToMongoType(state));
				}
			}
			buckets.add(new Document("_id", month + "/PROVINCE/" + this.agency).append("agencyId", this.agency)
				.append("level", "PROVINCE")
				.append("month", month)
				.append("tally", this.mongo.getConverter().convertToMongoType(tally))
				.append("items", states)
				.append("moved", List.of())
				.append("version", 3L));
		}
		this.mongo.getCollection(StatisticsMigration.BUCKETS).insertMany(buckets);
		return buckets;
	}

	private AgencyFigures row() {
		StatisticsReport report = this.statistics.report(
				new StatisticsRequest(new Period(YearMonth.of(2024, 12), YearMonth.of(2025, 2)), null,
						List.of(this.agency), SortKey.AGENCY, true),
				new Actor("monitor", "ubmttq-giam-sat", Set.of(Role.MONITOR)));
		assertThat(report.rows()).hasSize(1);
		return report.rows().get(0);
	}

}
