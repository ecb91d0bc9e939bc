package vn.mttq.giamsat.recommendation.statistics.counting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexField;

import vn.mttq.giamsat.events.recommendation.RecommendationLifecycleEvent;
import vn.mttq.giamsat.localstack.WithLocalStack;
import vn.mttq.giamsat.recommendation.statistics.AgencyFigures;
import vn.mttq.giamsat.recommendation.statistics.BucketKey;
import vn.mttq.giamsat.recommendation.statistics.IssuingLevel;
import vn.mttq.giamsat.recommendation.statistics.ItemState;
import vn.mttq.giamsat.recommendation.statistics.LifecycleEvents;
import vn.mttq.giamsat.recommendation.statistics.StatisticsItem;
import vn.mttq.giamsat.recommendation.statistics.StatisticsTestClock;
import vn.mttq.giamsat.recommendation.statistics.StatisticsYear;
import vn.mttq.giamsat.recommendation.statistics.Tally;
import vn.mttq.giamsat.recommendation.statistics.counting.AgencyStatisticsProjection.Outcome;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Applying a batch of lifecycle events at once: each item counted once at its latest
 * state, a redelivered batch changing nothing, and a change interrupted between its two
 * documents' writes completed once.
 */
@WithLocalStack
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(StatisticsTestClock.class)
class StatisticsBatchTests {

	static final LocalDate TODAY = LocalDate.of(2026, 5, 15);

	@Autowired
	AgencyStatisticsProjection projection;

	@Autowired
	StatisticsWrites writes;

	@Autowired
	MongoTemplate mongo;

	String agency = "ubnd-xa-" + UUID.randomUUID();

	@Test
	void aBatchCountsEachItemOnceAtItsLatestState() {
		List<RecommendationLifecycleEvent> resolved = LifecycleEvents
			.tracked(this.agency, "COMMUNE", "2025-03-02", "2025-03-20")
			.answered("ACCEPTED", "2025-03-10T02:00:00Z")
			.closed("RESOLVED", "2025-04-01T02:00:00Z")
			.events();
		RecommendationLifecycleEvent open = LifecycleEvents.tracked(this.agency, "COMMUNE", "2025-03-05", "2025-03-25")
			.latest();
		List<RecommendationLifecycleEvent> batch = List.of(resolved.get(0), open, resolved.get(1), resolved.get(0),
				resolved.get(2), resolved.get(1));

		assertThat(this.projection.applyAll(batch)).containsExactly(Outcome.APPLIED, Outcome.APPLIED, Outcome.APPLIED,
				Outcome.STALE, Outcome.APPLIED, Outcome.STALE);

		StoredMonth march = march();
		assertThat(march.tally().issued()).isEqualTo(2);
		assertThat(march.tally().resolved()).isEqualTo(1);
		assertThat(march.tally().open()).isEqualTo(1);
		assertThat(march.items()).extracting(ItemState::sequence).containsExactlyInAnyOrder(3L, 1L);
		assertThat(figures(march)).isEqualTo(figures(recounted(march)));
	}

	@Test
	void aRedeliveredBatchChangesNothing() {
		List<RecommendationLifecycleEvent> batch = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			batch.addAll(LifecycleEvents.tracked(this.agency, "COMMUNE", "2025-03-0" + (1 + i % 9), "2025-03-20")
				.answered("ACCEPTED", "2025-03-1" + (i % 10) + "T02:00:00Z")
				.events());
		}
		this.projection.applyAll(batch);
		AgencyFigures before = figures(march());

		assertThat(this.projection.applyAll(batch)).containsOnly(Outcome.STALE);

		assertThat(figures(march())).isEqualTo(before);
		assertThat(before.issued()).isEqualTo(20);
		assertThat(before.answered()).isEqualTo(20);
	}

	@Test
	void aChangeInterruptedBeforeItWasCountedIsCountedWhenItsItemIsNextRead() {
		List<RecommendationLifecycleEvent> events = LifecycleEvents
			.tracked(this.agency, "COMMUNE", "2025-03-02", "2025-03-20")
			.answered("ACCEPTED", "2025-03-10T02:00:00Z")
			.events();
		this.projection.apply(events.get(0));
		// The item's new state is written, then the process stops before the counters.
		StatisticsItem stored = this.mongo.findById(events.get(0).recommendationId(), StatisticsItem.class);
		ItemChange change = ItemChange.of(stored, BucketKey.of(events.get(1).recommendation()),
				ItemState.of(events.get(1)));
		assertThat(this.writes.writeItems(List.of(change), Map.of(stored.id(), stored))).isEmpty();

		assertThat(this.projection.apply(events.get(1))).isEqualTo(Outcome.STALE);

		assertThat(march().tally().answered()).isEqualTo(1);
		assertThat(march().tally().issued()).isEqualTo(1);
		assertThat(this.mongo.findById(stored.id(), StatisticsItem.class).pending()).isNull();
	}

	@Test
	void aChangeInterruptedAfterItWasCountedIsNotCountedAgain() {
		List<RecommendationLifecycleEvent> events = LifecycleEvents
			.tracked(this.agency, "COMMUNE", "2025-03-02", "2025-03-20")
			.answered("ACCEPTED", "2025-03-10T02:00:00Z")
			.events();
		this.projection.apply(events.get(0));
		// Item and counters are written, then the process stops before the marks are
		// cleared.
		StatisticsItem stored = this.mongo.findById(events.get(0).recommendationId(), StatisticsItem.class);
		ItemChange change = ItemChange.of(stored, BucketKey.of(events.get(1).recommendation()),
				ItemState.of(events.get(1)));
		this.writes.writeItems(List.of(change), Map.of(stored.id(), stored));
		this.writes.count(ItemChange.byYear(List.of(change)).values());

		assertThat(this.projection.applyAll(events)).containsOnly(Outcome.STALE);

		assertThat(march().tally().answered()).isEqualTo(1);
		assertThat(march().tally().issued()).isEqualTo(1);
		org.bson.Document year = this.mongo.findById(change.after().at().yearId(), org.bson.Document.class,
				StatisticsYear.COLLECTION);
		assertThat(year.get("applied", org.bson.Document.class)).as("no mark left behind").isNullOrEmpty();
	}

	@Test
	void aBatchThatMovesAnItemToASuccessorCountsItOnlyThere() {
		String successor = this.agency + "-successor";
		List<RecommendationLifecycleEvent> events = LifecycleEvents
			.tracked(this.agency, "COMMUNE", "2025-03-02", "2025-03-20")
			.readdressed(successor)
			.events();
		this.projection.apply(events.get(0));

		assertThat(this.projection.applyAll(List.of(events.get(1), events.get(0)))).containsExactly(Outcome.MOVED,
				Outcome.STALE);

		assertThat(march().tally().issued()).isZero();
		assertThat(
				StoredMonth.read(this.mongo, successor, IssuingLevel.COMMUNE, YearMonth.of(2025, 3)).tally().issued())
			.isEqualTo(1);
	}

	@Test
	void theYearDocumentsAreIndexedForTheReportsQuery() {
		assertThat(this.mongo.indexOps(StatisticsYear.COLLECTION).getIndexInfo())
			.anySatisfy((index) -> assertThat(index.getIndexFields()).extracting(IndexField::getKey)
				.containsExactly("year", "agencyId", "level"));
	}

	private StoredMonth march() {
		return StoredMonth.read(this.mongo, this.agency, IssuingLevel.COMMUNE, YearMonth.of(2025, 3));
	}

	private static StoredMonth recounted(StoredMonth month) {
		Tally tally = new Tally();
		month.items().forEach(tally::add);
		return new StoredMonth(month.agencyId(), month.level(), tally, month.items());
	}

	private static AgencyFigures figures(StoredMonth month) {
		return AgencyFigures.of(month.agencyId(), month.level(), month.tally(), TODAY, 1);
	}

}
