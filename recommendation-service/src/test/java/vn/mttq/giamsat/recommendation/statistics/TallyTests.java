package vn.mttq.giamsat.recommendation.statistics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.mttq.giamsat.recommendation.statistics.Items.answered;
import static vn.mttq.giamsat.recommendation.statistics.Items.closed;
import static vn.mttq.giamsat.recommendation.statistics.Items.due;
import static vn.mttq.giamsat.recommendation.statistics.Items.escalated;
import static vn.mttq.giamsat.recommendation.statistics.Items.issued;
import static vn.mttq.giamsat.recommendation.statistics.Items.tally;

class TallyTests {

	static final LocalDate TODAY = LocalDate.of(2026, 5, 15);

	@Test
	void anAnswerByTheDueDateIsOnTimeAndCountsItsCalendarDays() {
		Tally tally = tally(answered(due(issued("2026-03-02"), "2026-03-20"), "2026-03-20"));

		assertThat(tally.answered()).isEqualTo(1);
		assertThat(tally.answeredOnTime()).isEqualTo(1);
		assertThat(tally.median().days()).isEqualByComparingTo("18");
	}

	@Test
	void anAnswerTheDayAfterTheDueDateIsLate() {
		Tally tally = tally(answered(due(issued("2026-03-02"), "2026-03-20"), "2026-03-21"));

		assertThat(tally.answeredOnTime()).isZero();
		assertThat(figures(tally).answeredLate()).isEqualTo(1);
		assertThat(figures(tally).onTimeRate()).isEqualByComparingTo("0.0");
	}

	@Test
	void anItemWithoutDueDateIsOnTimeWhenAnsweredAndNeverOverdue() {
		ItemState waiting = issued("2020-01-01");
		Tally tally = tally(waiting, answered(issued("2026-01-01"), "2026-12-31"));

		assertThat(tally.answeredOnTime()).isEqualTo(1);
		assertThat(tally.overdue(LocalDate.of(2030, 1, 1))).isZero();
		assertThat(tally.unansweredLate(LocalDate.of(2030, 1, 1))).isZero();
	}

	@Test
	void anOpenUnansweredItemIsOverdueFromTheDayAfterItsDueDate() {
		Tally tally = tally(due(issued("2026-04-01"), "2026-05-14"));

		assertThat(tally.overdue(LocalDate.of(2026, 5, 14))).isZero();
		assertThat(tally.overdue(LocalDate.of(2026, 5, 15))).isEqualTo(1);
		assertThat(tally.unansweredLate(LocalDate.of(2026, 5, 15))).isEqualTo(1);
	}

	@Test
	void anAnsweredItemStillOpenIsNotOverdue() {
		Tally tally = tally(answered(due(issued("2026-03-01"), "2026-03-20"), "2026-03-10"));

		assertThat(tally.open()).isEqualTo(1);
		assertThat(tally.overdue(TODAY)).isZero();
	}

	@Test
	void stillOpenItemsPastTheirDueDateLowerTheOnTimeRate() {
		Tally tally = tally(answered(due(issued("2026-03-01"), "2026-03-20"), "2026-03-10"),
				due(issued("2026-03-01"), "2026-03-20"), due(issued("2026-05-01"), "2026-06-01"));

		// One on time, one still unanswered past its due date, one not due yet.
		assertThat(figures(tally).onTimeRate()).isEqualByComparingTo("50.0");
	}

	@Test
	void anItemClosedWithoutAnswerAfterItsDueDateStaysLate() {
		ItemState late = closed(due(issued("2026-03-01"), "2026-03-20"), "UNRESOLVED", "2026-04-01");
		ItemState early = closed(due(issued("2026-03-01"), "2026-03-20"), "RESOLVED", "2026-03-15");

		Tally tally = tally(late, early);

		assertThat(tally.unansweredLate(TODAY)).isEqualTo(1);
		assertThat(tally.overdue(TODAY)).isZero();
		assertThat(tally.open()).isZero();
		assertThat(tally.resolved()).isEqualTo(1);
		assertThat(tally.unresolved()).isEqualTo(1);
	}

	@Test
	void aWithdrawnItemCountsOnlyAsIssuedAndWithdrawn() {
		ItemState withdrawn = closed(escalated(answered(due(issued("2026-03-01"), "2026-03-05"), "2026-03-02")),
				"WITHDRAWN", "2026-04-01");

		AgencyFigures figures = figures(tally(withdrawn));

		assertThat(figures.issued()).isEqualTo(1);
		assertThat(figures.withdrawn()).isEqualTo(1);
		assertThat(figures.inForce()).isZero();
		assertThat(List.of(figures.answered(), figures.answeredOnTime(), figures.open(), figures.overdue(),
				figures.escalated(), figures.unansweredLate()))
			.containsOnly(0L);
		assertThat(figures.answerRate()).isNull();
		assertThat(figures.onTimeRate()).isNull();
		assertThat(figures.medianNote()).isEqualTo("NO_ITEMS");
	}

	@Test
	void replacingAnItemsStateTakesBackItsOldContribution() {
		ItemState before = due(issued("2026-03-01"), "2026-03-20");
		ItemState after = closed(answered(before, "2026-03-25"), "RESOLVED", "2026-04-02");
		Tally tally = tally(before);

		tally.remove(before);
		tally.add(after);

		assertThat(figures(tally)).isEqualTo(figures(tally(after)));
	}

	@Test
	void countersKeptChangeByChangeEqualCountersCountedFromScratch() {
		Random random = new Random(42);
		Map<String, ItemState> current = new HashMap<>();
		Tally incremental = new Tally();
		List<String> ids = new ArrayList<>();
		for (int step = 0; step < 2_000; step++) {
			if (ids.isEmpty() || random.nextInt(4) == 0) {
				ItemState item = issued("2026-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10));
				ids.add(item.recommendationId());
				current.put(item.recommendationId(), item);
				incremental.add(item);
				continue;
			}
			ItemState old = current.get(ids.get(random.nextInt(ids.size())));
			ItemState changed = randomStep(old, random);
			incremental.remove(old);
			incremental.add(changed);
			current.put(changed.recommendationId(), changed);
		}

		Tally fromScratch = tally(current.values().toArray(ItemState[]::new));
		for (LocalDate day = LocalDate.of(2026, 1, 1); day.isBefore(LocalDate.of(2027, 1, 1)); day = day.plusDays(7)) {
			assertThat(AgencyFigures.of("a", IssuingLevel.COMMUNE, incremental, day, 1))
				.isEqualTo(AgencyFigures.of("a", IssuingLevel.COMMUNE, fromScratch, day, 1));
		}
	}

	private static ItemState randomStep(ItemState item, Random random) {
		String day = "2026-" + String.format("%02d", 1 + random.nextInt(12)) + "-0" + (1 + random.nextInt(9));
		return switch (random.nextInt(6)) {
			case 0 -> due(item, random.nextBoolean() ? day : null);
			case 1 -> answered(item, day);
			case 2 ->
				closed(item, List.of("RESOLVED", "UNRESOLVED", "AGREED", "WITHDRAWN").get(random.nextInt(4)), day);
			case 3 -> escalated(item);
			case 4 -> new ItemState(item.recommendationId(), item.sequence() + 1, item.issuedOn(), item.dueDate(),
					item.answeredOn(), null, null, item.escalated());
			default -> new ItemState(item.recommendationId(), item.sequence() + 1, item.issuedOn(), item.dueDate(),
					null, item.closure(), item.closedOn(), item.escalated());
		};
	}

	@Test
	void mergingTalliesAddsTheirItems() {
		ItemState a = due(issued("2026-03-01"), "2026-03-20");
		ItemState b = answered(issued("2026-03-01"), "2026-03-04");
		Tally merged = tally(a);

		merged.merge(tally(b));

		assertThat(figures(merged)).isEqualTo(figures(tally(a, b)));
	}

	@Test
	void aTallyStoredReadsBackWithTheSameCountersAndNoEmptyEntry() {
		ItemState late = due(issued("2026-03-01"), "2026-03-20");
		Tally tally = tally(late, answered(issued("2026-03-01"), "2026-03-04"), escalated(issued("2026-04-01")));
		tally.remove(late);

		Document stored = tally.stored();

		assertThat(Tally.of(stored).increments()).isEqualTo(tally.increments()).containsEntry("issued", 2L);
		assertThat(stored.get("openUnansweredByDueDate")).as("the due date taken back again").isNull();
	}

	@Test
	void addingAStoredTallyAddsItsItems() {
		ItemState a = due(issued("2026-03-01"), "2026-03-20");
		ItemState b = answered(issued("2026-03-01"), "2026-03-04");
		Tally added = tally(a);

		added.addStored(tally(b).stored());
		added.addStored(null);

		assertThat(added.increments()).isEqualTo(tally(a, b).increments());
	}

	@Test
	void theMedianOfAnOddNumberOfItemsIsTheMiddleOne() {
		Tally tally = tally(answered(issued("2026-03-01"), "2026-03-03"), answered(issued("2026-03-01"), "2026-03-11"),
				answered(issued("2026-03-01"), "2026-04-30"));

		assertThat(tally.median()).isEqualTo(Tally.Median.of(new BigDecimal("10.0")));
	}

	@Test
	void theMedianOfAnEvenNumberOfItemsIsTheMeanOfTheTwoMiddleOnes() {
		Tally tally = tally(answered(issued("2026-03-01"), "2026-03-03"), answered(issued("2026-03-01"), "2026-03-11"),
				answered(issued("2026-03-01"), "2026-03-12"), answered(issued("2026-03-01"), "2026-04-30"));

		assertThat(tally.median().days()).isEqualByComparingTo("10.5");
	}

	@Test
	void theMedianCountsUnansweredItemsAsLaterThanEveryAnswer() {
		// 2, 10, 60 days answered; two not yet: the middle of five is the third, 60 days.
		Tally tally = tally(answered(issued("2026-03-01"), "2026-03-03"), answered(issued("2026-03-01"), "2026-03-11"),
				answered(issued("2026-03-01"), "2026-04-30"), issued("2026-03-01"), issued("2026-03-01"));

		assertThat(tally.median().days()).isEqualByComparingTo("60");
	}

	@Test
	void theMedianIsNotReachedWhileHalfTheItemsOrMoreAreUnanswered() {
		Tally half = tally(answered(issued("2026-03-01"), "2026-03-03"), issued("2026-03-01"));
		Tally most = tally(answered(issued("2026-03-01"), "2026-03-03"), issued("2026-03-01"), issued("2026-03-01"));

		assertThat(half.median()).isEqualTo(Tally.Median.NOT_REACHED);
		assertThat(most.median()).isEqualTo(Tally.Median.NOT_REACHED);
	}

	@Test
	void anAnswerDatedBeforeTheLetterCountsAsZeroDays() {
		assertThat(tally(answered(issued("2026-03-10"), "2026-03-09")).median().days()).isEqualByComparingTo("0");
	}

	@Test
	void percentagesHaveOneDecimalRoundedHalfUpAndNoneWithoutABase() {
		assertThat(Tally.percent(2, 3)).isEqualTo(new BigDecimal("66.7"));
		assertThat(Tally.percent(1, 8)).isEqualTo(new BigDecimal("12.5"));
		assertThat(Tally.percent(1, 16)).isEqualTo(new BigDecimal("6.3"));
		assertThat(Tally.percent(0, 0)).isNull();
	}

	@Test
	void aRowWithFewerItemsThanTheMinimumShowsOnlyItsIssuedCount() {
		AgencyFigures figures = AgencyFigures.of("a", IssuingLevel.PROVINCE,
				tally(answered(issued("2026-03-01"), "2026-03-02"), issued("2026-03-01")), TODAY, 3);

		assertThat(figures.suppressed()).isTrue();
		assertThat(figures.issued()).isEqualTo(2);
		assertThat(figures).hasAllNullFieldsOrPropertiesExcept("agencyId", "level", "suppressed", "issued");
	}

	private static AgencyFigures figures(Tally tally) {
		return AgencyFigures.of("a", IssuingLevel.PROVINCE, tally, TODAY, 1);
	}

}
