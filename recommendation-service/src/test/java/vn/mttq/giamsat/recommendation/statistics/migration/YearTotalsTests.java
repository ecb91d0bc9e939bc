package vn.mttq.giamsat.recommendation.statistics.migration;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;

import vn.mttq.giamsat.events.recommendation.RecommendationLifecycleEvent;
import vn.mttq.giamsat.localstack.WithLocalStack;
import vn.mttq.giamsat.recommendation.statistics.IssuingLevel;
import vn.mttq.giamsat.recommendation.statistics.LifecycleEvents;
import vn.mttq.giamsat.recommendation.statistics.StatisticsTestClock;
import vn.mttq.giamsat.recommendation.statistics.StatisticsYear;
import vn.mttq.giamsat.recommendation.statistics.counting.AgencyStatisticsProjection;
import vn.mttq.giamsat.recommendation.statistics.counting.AgencyStatisticsProjection.Outcome;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each year document's total stays the sum of its months: kept so by every write, and
 * given to the documents of earlier versions once, at start-up, even while the consumer
 * writes to them.
 */
@WithLocalStack
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(StatisticsTestClock.class)
class YearTotalsTests {

	@Autowired
	AgencyStatisticsProjection projection;

	@Autowired
	YearTotals totals;

	@Autowired
	MongoTemplate mongo;

	String agency = "so-" + UUID.randomUUID();

	String successor = "so-" + UUID.randomUUID();

	@Test
	void theTotalIsTheSumOfTheMonthsAfterEveryKindOfChangeAndARedeliveredBatch() {
		List<RecommendationLifecycleEvent> batch = new ArrayList<>();
		List.of(LifecycleEvents.tracked(this.agency, "DISTRICT", "2022-01-10", "2022-02-10")
			.answered("ACCEPTED", "2022-02-01T02:00:00Z")
			.closed("RESOLVED", "2022-03-01T02:00:00Z"),
				LifecycleEvents.tracked(this.agency, "DISTRICT", "2022-02-05", "2022-03-05")
					.dueDateChanged("2022-04-05")
					.escalated("ubnd-tinh"),
				LifecycleEvents.tracked(this.agency, "DISTRICT", "2022-03-15", "2022-04-15")
					.answered("EXPLAINED", "2022-05-01T02:00:00Z")
					.closed("AGREED", "2022-05-10T02:00:00Z"),
				LifecycleEvents.tracked(this.agency, "DISTRICT", "2022-06-20", "2022-07-20")
					.closed("WITHDRAWN", "2022-06-25T02:00:00Z"),
				LifecycleEvents.tracked(this.agency, "DISTRICT", "2022-09-09", "2022-10-09")
					.closed("UNRESOLVED", "2022-11-01T02:00:00Z"),
				LifecycleEvents.tracked(this.agency, "DISTRICT", "2022-12-01", "2022-12-31")
					.readdressed(this.successor))
			.forEach((item) -> batch.addAll(item.events()));

		this.projection.applyAll(batch);
		assertThat(this.projection.applyAll(batch)).containsOnly(Outcome.STALE);
		batch.forEach((event) -> assertThat(this.projection.apply(event)).isEqualTo(Outcome.STALE));

		StoredYear year = StoredYear.read(this.mongo, this.agency, IssuingLevel.DISTRICT, 2022);
		assertThat(year.totalled()).isTrue();
		assertThat(year.agrees()).isTrue();
		assertThat(year.total().issued()).isEqualTo(5);
		assertThat(year.total().withdrawn()).isEqualTo(1);
		assertThat(year.total().answered()).isEqualTo(2);
		StoredYear successors = StoredYear.read(this.mongo, this.successor, IssuingLevel.DISTRICT, 2022);
		assertThat(successors.totalled()).isTrue();
		assertThat(successors.agrees()).isTrue();
		assertThat(successors.total().issued()).isEqualTo(1);
	}

	@Test
	void theStepTotalsADocumentOfAnEarlierVersionOnceWhenTwoInstancesRunIt() throws Exception {
		apply(LifecycleEvents.tracked(this.agency, "DISTRICT", "2021-03-02", "2021-03-20")
			.answered("ACCEPTED", "2021-03-10T02:00:00Z"),
				LifecycleEvents.tracked(this.agency, "DISTRICT", "2021-08-02", "2021-09-01"),
				LifecycleEvents.tracked(this.agency, "COMMUNE", "2021-05-02", "2021-06-01"));
		StoredYear.withoutTotal(this.mongo, this.agency, IssuingLevel.DISTRICT, 2021);
		StoredYear.withoutTotal(this.mongo, this.agency, IssuingLevel.COMMUNE, 2021);
		long untotalled = this.mongo.getCollection(StatisticsYear.COLLECTION)
			.countDocuments(Filters.ne(StatisticsYear.TOTALLED, true));

		ExecutorService instances = Executors.newFixedThreadPool(2);
		try {
			List<Future<Integer>> totalled = instances.invokeAll(List.of(this.totals::run, this.totals::run));
			assertThat(totalled.get(0).get() + totalled.get(1).get()).isEqualTo(untotalled);
		}
		finally {
			instances.shutdown();
		}

		assertThat(this.totals.run()).isZero();
		StoredYear district = StoredYear.read(this.mongo, this.agency, IssuingLevel.DISTRICT, 2021);
		assertThat(district.totalled()).isTrue();
		assertThat(district.agrees()).isTrue();
		assertThat(district.total().issued()).isEqualTo(2);
		assertThat(StoredYear.read(this.mongo, this.agency, IssuingLevel.COMMUNE, 2021).agrees()).isTrue();
	}

	@Test
	void aDocumentTheConsumerChangesBetweenTheStepsReadAndWriteIsTotalledFromItsNewMonths() {
		LifecycleEvents item = LifecycleEvents.tracked(this.agency, "DISTRICT", "2021-04-02", "2021-04-20");
		apply(item, LifecycleEvents.tracked(this.agency, "DISTRICT", "2021-07-02", "2021-07-20"));
		StoredYear.withoutTotal(this.mongo, this.agency, IssuingLevel.DISTRICT, 2021);
		Document read = readAsTheStepDoes();

		// The consumer of another instance counts an answer and an item of a new month.
		apply(item.answered("ACCEPTED", "2021-04-10T02:00:00Z"),
				LifecycleEvents.tracked(this.agency, "DISTRICT", "2021-10-02", "2021-10-20"));
		StoredYear changed = StoredYear.read(this.mongo, this.agency, IssuingLevel.DISTRICT, 2021);
		assertThat(changed.totalled()).isFalse();
		assertThat(changed.total().issued()).as("only what was counted since").isEqualTo(1);

		assertThat(this.totals.total(List.of(read))).isZero();
		assertThat(StoredYear.read(this.mongo, this.agency, IssuingLevel.DISTRICT, 2021).totalled()).isFalse();

		this.totals.run();
		StoredYear year = StoredYear.read(this.mongo, this.agency, IssuingLevel.DISTRICT, 2021);
		assertThat(year.totalled()).isTrue();
		assertThat(year.agrees()).isTrue();
		assertThat(year.total().issued()).isEqualTo(3);
		assertThat(year.total().answered()).isEqualTo(1);
	}

	@Test
	void aDocumentUnchangedSinceTheStepsReadIsTotalledFromTheMonthsRead() {
		apply(LifecycleEvents.tracked(this.agency, "DISTRICT", "2021-04-02", "2021-04-20"),
				LifecycleEvents.tracked(this.agency, "DISTRICT", "2021-05-02", "2021-05-20"));
		StoredYear.withoutTotal(this.mongo, this.agency, IssuingLevel.DISTRICT, 2021);

		assertThat(this.totals.total(List.of(readAsTheStepDoes()))).isOne();

		StoredYear year = StoredYear.read(this.mongo, this.agency, IssuingLevel.DISTRICT, 2021);
		assertThat(year.totalled()).isTrue();
		assertThat(year.agrees()).isTrue();
		assertThat(year.total().issued()).isEqualTo(2);
	}

	private Document readAsTheStepDoes() {
		return this.mongo.getCollection(StatisticsYear.COLLECTION)
			.find(Filters.eq("_id", StoredYear.id(this.agency, IssuingLevel.DISTRICT, 2021)))
			.projection(Projections.include("months", StatisticsYear.TOTAL))
			.first();
	}

	private void apply(LifecycleEvents... items) {
		for (LifecycleEvents item : items) {
			assertThat(this.projection.apply(item.latest())).isEqualTo(Outcome.APPLIED);
		}
	}

}
