package vn.mttq.giamsat.recommendation.statistics.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
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
import vn.mttq.giamsat.recommendation.statistics.StatisticsYear;
import vn.mttq.giamsat.recommendation.statistics.Tally;
import vn.mttq.giamsat.recommendation.statistics.counting.AgencyStatisticsProjection;
import vn.mttq.giamsat.recommendation.statistics.migration.StoredYear;
import vn.mttq.giamsat.support.security.Actor;
import vn.mttq.giamsat.support.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A report of a whole year reads each year document's total, a report of part of a year
 * its months, with the same figures either way. The items are issued in 2023 and 2024,
 * years no other test uses; today is 15 May 2026.
 */
@WithLocalStack
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(StatisticsTestClock.class)
class WholeYearReportTests {

	@Autowired
	AgencyStatisticsProjection projection;

	@Autowired
	AgencyStatistics statistics;

	@Autowired
	YearReads reads;

	@Autowired
	MongoTemplate mongo;

	String agency = "so-" + UUID.randomUUID();

	String commune = "ubnd-xa-" + UUID.randomUUID();

	@BeforeEach
	void items() {
		String former = this.agency + "-former";
		List<LifecycleEvents> items = List.of(
				LifecycleEvents.tracked(this.agency, "PROVINCE", "2024-01-10", "2024-02-10")
					.answered("ACCEPTED", "2024-02-01T02:00:00Z")
					.closed("RESOLVED", "2024-03-01T02:00:00Z"),
				LifecycleEvents.tracked(this.agency, "PROVINCE", "2024-02-05", "2024-03-05"),
				LifecycleEvents.tracked(this.agency, "PROVINCE", "2024-03-15", "2024-04-15")
					.answered("EXPLAINED", "2024-05-01T02:00:00Z"),
				LifecycleEvents.tracked(this.agency, "PROVINCE", "2024-04-08", "2024-05-08")
					.answered("ACCEPTED", "2024-05-02T02:00:00Z"),
				LifecycleEvents.tracked(this.agency, "PROVINCE", "2024-06-20", "2024-07-20")
					.closed("WITHDRAWN", "2024-06-25T02:00:00Z"),
				LifecycleEvents.tracked(this.agency, "PROVINCE", "2024-07-02", "2024-08-02").escalated("ubnd-tinh"),
				LifecycleEvents.tracked(this.agency, "PROVINCE", "2024-08-15", "2024-09-15")
					.answered("ACCEPTED", "2024-09-01T02:00:00Z")
					.closed("RESOLVED", "2024-09-20T02:00:00Z"),
				LifecycleEvents.tracked(this.agency, "PROVINCE", "2024-09-09", "2024-10-09")
					.closed("UNRESOLVED", "2024-11-01T02:00:00Z"),
				LifecycleEvents.tracked(this.agency, "PROVINCE", "2024-11-11", null)
					.answered("ACCEPTED", "2024-11-20T02:00:00Z"),
				LifecycleEvents.tracked(former, "PROVINCE", "2024-12-01", "2024-12-31").readdressed(this.agency),
				LifecycleEvents.tracked(this.agency, "PROVINCE", "2023-08-01", "2023-09-01"),
				LifecycleEvents.tracked(this.commune, "COMMUNE", "2024-04-01", "2024-05-01"),
				LifecycleEvents.tracked(this.commune, "COMMUNE", "2024-10-01", "2024-10-20")
					.answered("ACCEPTED", "2024-10-10T02:00:00Z"));
		List<RecommendationLifecycleEvent> events = new ArrayList<>();
		items.forEach((item) -> events.addAll(item.events()));
		this.projection.applyAll(events);
	}

	@Test
	void aWholeYearHasTheFiguresOfItsMonthsSummed() {
		StatisticsReport year = report("2024-01", "2024-12");

		Tally agencyMonths = StoredYear.read(this.mongo, this.agency, IssuingLevel.PROVINCE, 2024).months();
		Tally communeMonths = StoredYear.read(this.mongo, this.commune, IssuingLevel.COMMUNE, 2024).months();
		Tally all = new Tally();
		all.merge(agencyMonths);
		all.merge(communeMonths);
		assertThat(year.rows()).containsExactly(figures(this.agency, IssuingLevel.PROVINCE, agencyMonths),
				figures(this.commune, IssuingLevel.COMMUNE, communeMonths));
		assertThat(year.total()).isEqualTo(figures(null, null, all));
		assertThat(year.rows().get(0).issued()).isEqualTo(10);
		assertThat(year.rows().get(0).overdue()).isEqualTo(3);
	}

	@Test
	void aWholeYearCountsWhatItsTwoHalvesCount() {
		AgencyFigures year = report("2024-01", "2024-12").rows().get(0);
		AgencyFigures first = report("2024-01", "2024-06").rows().get(0);
		AgencyFigures second = report("2024-07", "2024-12").rows().get(0);

		assertThat(year.issued()).isEqualTo(first.issued() + second.issued());
		assertThat(year.withdrawn()).isEqualTo(first.withdrawn() + second.withdrawn());
		assertThat(year.answered()).isEqualTo(first.answered() + second.answered());
		assertThat(year.answeredOnTime()).isEqualTo(first.answeredOnTime() + second.answeredOnTime());
		assertThat(year.unansweredLate()).isEqualTo(first.unansweredLate() + second.unansweredLate());
		assertThat(year.open()).isEqualTo(first.open() + second.open());
		assertThat(year.overdue()).isEqualTo(first.overdue() + second.overdue());
		assertThat(year.resolved()).isEqualTo(first.resolved() + second.resolved());
		assertThat(year.unresolved()).isEqualTo(first.unresolved() + second.unresolved());
		assertThat(year.escalated()).isEqualTo(first.escalated() + second.escalated());
	}

	@Test
	void aWholeYearReadsOneTotalPerDocumentAndNoMonth() {
		List<Set<String>> fields = this.reads.during(() -> report("2024-01", "2024-12"));

		assertThat(fields).singleElement().satisfies((read) -> {
			assertThat(read).contains(StatisticsYear.TOTAL, StatisticsYear.TOTALLED);
			assertThat(read).noneMatch((field) -> field.startsWith("months"));
		});
	}

	@Test
	void aPartOfAYearReadsItsMonths() {
		List<Set<String>> fields = this.reads.during(() -> report("2024-03", "2024-08"));

		assertThat(fields).singleElement()
			.satisfies((read) -> assertThat(read).containsAll(months(3, 8)).doesNotContain(StatisticsYear.TOTAL));
	}

	@Test
	void aPeriodOverTwoYearsReadsTheTotalOfTheYearItCoversWholeAndTheMonthsOfTheOther() {
		List<Set<String>> fields = this.reads.during(() -> report("2023-07", "2024-12"));

		assertThat(fields).hasSize(2);
		assertThat(fields.get(0)).containsAll(months(7, 12)).doesNotContain(StatisticsYear.TOTAL);
		assertThat(fields.get(1)).contains(StatisticsYear.TOTAL).noneMatch((field) -> field.startsWith("months"));
		assertThat(report("2023-07", "2024-12").rows().get(0).issued()).isEqualTo(11);
	}

	@Test
	void aDocumentNotTotalledYetIsReadFromItsMonths() {
		StatisticsReport before = report("2024-01", "2024-12");
		StoredYear.withoutTotal(this.mongo, this.agency, IssuingLevel.PROVINCE, 2024);

		List<Set<String>> fields = this.reads.during(() -> assertThat(report("2024-01", "2024-12")).isEqualTo(before));

		assertThat(fields).hasSize(2);
		assertThat(fields.get(1)).containsAll(months(1, 12)).doesNotContain(StatisticsYear.TOTAL);
	}

	private StatisticsReport report(String from, String to) {
		return this.statistics.report(
				new StatisticsRequest(new Period(YearMonth.parse(from), YearMonth.parse(to)), null,
						List.of(this.agency, this.commune), SortKey.AGENCY, true),
				new Actor("monitor", "ubmttq-giam-sat", Set.of(Role.MONITOR)));
	}

	private AgencyFigures figures(String agencyId, IssuingLevel level, Tally tally) {
		return AgencyFigures.of(agencyId, level, tally, this.statistics.today(), 5);
	}

	private static List<String> months(int first, int last) {
		return IntStream.rangeClosed(first, last).mapToObj(StatisticsYear::month).toList();
	}

}
