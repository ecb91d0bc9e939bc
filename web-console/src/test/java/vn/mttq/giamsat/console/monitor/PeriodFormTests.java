package vn.mttq.giamsat.console.monitor;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PeriodFormTests {

	private static final YearMonth JULY_2026 = YearMonth.of(2026, 7);

	@Test
	void nothingChosenIsTheLastTwelveMonths() {
		assertThat(PeriodForm.empty().check(JULY_2026).period())
			.isEqualTo(new ReportPeriod(YearMonth.of(2025, 8), JULY_2026));
	}

	@Test
	void aPastYearIsItsTwelveMonthsAndThisYearEndsThisMonth() {
		assertThat(new PeriodForm("2025", "2026-01", null).check(JULY_2026).period())
			.isEqualTo(new ReportPeriod(YearMonth.of(2025, 1), YearMonth.of(2025, 12)));
		assertThat(new PeriodForm("2026", null, null).check(JULY_2026).period())
			.isEqualTo(new ReportPeriod(YearMonth.of(2026, 1), JULY_2026));
	}

	@Test
	void aFirstMonthAloneRunsToThisMonth() {
		assertThat(new PeriodForm("", "2026-03", "").check(JULY_2026).period())
			.isEqualTo(new ReportPeriod(YearMonth.of(2026, 3), JULY_2026));
	}

	@Test
	void whatCannotBeUsedIsRefusedOnItsField() {
		assertThat(new PeriodForm("2027", null, null).check(JULY_2026).field()).isEqualTo("year");
		assertThat(new PeriodForm("năm", null, null).check(JULY_2026).field()).isEqualTo("year");
		assertThat(new PeriodForm(null, "2026-13", null).check(JULY_2026).messageKey())
			.isEqualTo("monitor.period.invalidMonth");
		assertThat(new PeriodForm(null, null, "06/2026").check(JULY_2026).field()).isEqualTo("to");
		assertThat(new PeriodForm(null, "2026-06", "2026-01").check(JULY_2026).messageKey())
			.isEqualTo("monitor.period.fromAfterTo");
		assertThat(new PeriodForm(null, "2024-01", "2026-01").check(JULY_2026).messageKey())
			.isEqualTo("monitor.period.tooLong");
	}

}
