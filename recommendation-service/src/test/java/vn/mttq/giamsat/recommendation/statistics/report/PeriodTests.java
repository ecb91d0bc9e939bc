package vn.mttq.giamsat.recommendation.statistics.report;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import vn.mttq.giamsat.support.domain.BusinessRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PeriodTests {

	static final LocalDate TODAY = LocalDate.of(2026, 5, 15);

	@Test
	void withoutBoundsCoversTheTwelveMonthsUpToTheCurrentOne() {
		assertThat(Period.parse(null, null, TODAY, 60))
			.isEqualTo(new Period(YearMonth.of(2025, 6), YearMonth.of(2026, 5)));
	}

	@Test
	void aDateStandsForItsMonth() {
		assertThat(Period.parse("2026-03-15", "2026-04-01", TODAY, 60))
			.isEqualTo(new Period(YearMonth.of(2026, 3), YearMonth.of(2026, 4)));
	}

	@Test
	void oneMonthIsAPeriod() {
		assertThat(Period.parse("2026-03", "2026-03", TODAY, 1))
			.isEqualTo(new Period(YearMonth.of(2026, 3), YearMonth.of(2026, 3)));
	}

	@Test
	void refusesFromAfterToNamingFrom() {
		assertThatExceptionOfType(BusinessRuleException.class)
			.isThrownBy(() -> Period.parse("2026-05", "2026-04", TODAY, 60))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("from"));
	}

	@Test
	void refusesAPeriodLongerThanAllowedNamingTo() {
		assertThatExceptionOfType(BusinessRuleException.class)
			.isThrownBy(() -> Period.parse("2021-01", "2026-01", TODAY, 60))
			.withMessageContaining("61 months")
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("to"));
	}

	@Test
	void refusesAMonthThatIsNotInTheCalendarNamingIt() {
		assertThatExceptionOfType(BusinessRuleException.class)
			.isThrownBy(() -> Period.parse("2026-13", null, TODAY, 60))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("from"));
		assertThatExceptionOfType(BusinessRuleException.class)
			.isThrownBy(() -> Period.parse(null, "2026-02-30", TODAY, 60))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("to"));
	}

}
