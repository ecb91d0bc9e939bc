package vn.mttq.giamsat.recommendation.statistics.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.mttq.giamsat.recommendation.statistics.AgencyFigures;
import vn.mttq.giamsat.recommendation.statistics.IssuingLevel;
import vn.mttq.giamsat.recommendation.statistics.ItemState;
import vn.mttq.giamsat.recommendation.statistics.Items;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.mttq.giamsat.recommendation.statistics.Items.due;
import static vn.mttq.giamsat.recommendation.statistics.Items.issued;

class RankingTests {

	static final LocalDate TODAY = LocalDate.of(2026, 5, 15);

	@Test
	void ranksByMostOverdueWithTiesSharingAPlace() {
		List<AgencyFigures> rows = List.of(row("a", 5, 1), row("b", 5, 3), row("c", 6, 1), row("d", 5, 0));

		List<AgencyFigures> ordered = AgencyStatistics.order(rows, request(SortKey.OVERDUE, false));

		assertThat(ordered).extracting(AgencyFigures::agencyId).containsExactly("b", "a", "c", "d");
		assertThat(ordered).extracting(AgencyFigures::rank).containsExactly(1, 2, 2, 4);
	}

	@Test
	void neverRanksARowBelowTheMinimumAndListsItLast() {
		List<AgencyFigures> rows = List.of(row("a-one-item-overdue", 1, 1), row("b", 5, 0), row("c", 5, 2));

		List<AgencyFigures> ordered = AgencyStatistics.order(rows, request(SortKey.OVERDUE, true));

		assertThat(ordered).extracting(AgencyFigures::agencyId).containsExactly("b", "c", "a-one-item-overdue");
		assertThat(ordered).extracting(AgencyFigures::rank).containsExactly(1, 2, null);
	}

	@Test
	void listsRowsWithoutTheFigureAfterTheRankedOnes() {
		// Nothing answered and nothing late yet: no on-time rate to rank by.
		List<AgencyFigures> rows = List.of(row("a", 5, 0), row("b", 5, 1));

		List<AgencyFigures> ordered = AgencyStatistics.order(rows, request(SortKey.ON_TIME_RATE, false));

		assertThat(ordered).extracting(AgencyFigures::agencyId).containsExactly("b", "a");
		assertThat(ordered).extracting(AgencyFigures::rank).containsExactly(1, null);
	}

	@Test
	void listsByAgencyWithoutRanks() {
		List<AgencyFigures> rows = List.of(row("b", 5, 0), row("a", 5, 1));

		List<AgencyFigures> ordered = AgencyStatistics.order(rows, request(SortKey.AGENCY, true));

		assertThat(ordered).extracting(AgencyFigures::agencyId).containsExactly("a", "b");
		assertThat(ordered).extracting(AgencyFigures::rank).containsOnlyNulls();
	}

	/** An agency with {@code items} items, {@code overdue} of them overdue today. */
	private static AgencyFigures row(String agencyId, int items, int overdue) {
		List<ItemState> states = new ArrayList<>();
		for (int i = 0; i < items; i++) {
			states.add(due(issued("2026-03-01"), (i < overdue) ? "2026-04-01" : "2026-12-01"));
		}
		return AgencyFigures.of(agencyId, IssuingLevel.PROVINCE, Items.tally(states.toArray(ItemState[]::new)), TODAY,
				5);
	}

	private static StatisticsRequest request(SortKey sort, boolean ascending) {
		return new StatisticsRequest(new Period(YearMonth.of(2026, 3), YearMonth.of(2026, 3)), null, List.of(), sort,
				ascending);
	}

}
