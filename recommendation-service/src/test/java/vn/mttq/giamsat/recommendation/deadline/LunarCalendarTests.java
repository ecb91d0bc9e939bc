package vn.mttq.giamsat.recommendation.deadline;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LunarCalendarTests {

	@ParameterizedTest(name = "Tết {0} is {1}")
	@CsvSource({ "2024, 2024-02-10", "2025, 2025-01-29", "2026, 2026-02-17", "2027, 2027-02-06", "2028, 2028-01-26" })
	void findsTetOfRecentYears(int lunarYear, LocalDate tet) {
		assertThat(LunarCalendar.toSolar(lunarYear, 1, 1, false)).isEqualTo(tet);
		assertThat(LunarCalendar.toLunar(tet)).isEqualTo(new LunarDate(lunarYear, 1, 1, false));
	}

	@Test
	void reckonsTet1985AtUtcPlus7NotAtChinasUtcPlus8() {
		assertThat(LunarCalendar.toSolar(1985, 1, 1, false)).isEqualTo(LocalDate.of(1985, 1, 21))
			.isNotEqualTo(LocalDate.of(1985, 2, 20));
	}

	@Test
	void reckonsTet2007AtUtcPlus7NotAtChinasUtcPlus8() {
		assertThat(LunarCalendar.toSolar(2007, 1, 1, false)).isEqualTo(LocalDate.of(2007, 2, 17));
		assertThat(LunarCalendar.toLunar(LocalDate.of(2007, 2, 18))).isEqualTo(new LunarDate(2007, 1, 2, false));
	}

	@ParameterizedTest(name = "Hùng Kings' day {0} is {1}")
	@CsvSource({ "2025, 2025-04-07", "2026, 2026-04-26", "2027, 2027-04-16" })
	void findsHungKingsDayOnTheTenthOfTheThirdMonth(int lunarYear, LocalDate day) {
		assertThat(LunarCalendar.toSolar(lunarYear, 3, 10, false)).isEqualTo(day);
	}

	@Test
	void givesTheLastDayOfTheLunarYearItsDayOfTheTwelfthMonth() {
		assertThat(LunarCalendar.toLunar(LocalDate.of(2026, 2, 16))).isEqualTo(new LunarDate(2025, 12, 29, false));
		assertThat(LunarCalendar.toLunar(LocalDate.of(2025, 1, 28))).isEqualTo(new LunarDate(2024, 12, 29, false));
	}

	@Test
	void knowsTheLeapSixthMonthOf2025() {
		LocalDate leap = LunarCalendar.toSolar(2025, 6, 1, true);
		assertThat(leap).isEqualTo(LocalDate.of(2025, 7, 25));
		assertThat(LunarCalendar.toSolar(2025, 6, 1, false)).isEqualTo(LocalDate.of(2025, 6, 25));
		assertThat(LunarCalendar.toLunar(leap)).isEqualTo(new LunarDate(2025, 6, 1, true));
		assertThat(LunarCalendar.toLunar(LocalDate.of(2025, 8, 23))).isEqualTo(new LunarDate(2025, 7, 1, false));
	}

	@Test
	void rejectsALeapMonthTheYearDoesNotHave() {
		assertThatIllegalArgumentException().isThrownBy(() -> LunarCalendar.toSolar(2026, 6, 1, true))
			.withMessageContaining("2026");
		assertThatIllegalArgumentException().isThrownBy(() -> LunarCalendar.toSolar(2025, 5, 1, true))
			.withMessageContaining("not a leap month");
	}

	@Test
	void rejectsADayPastTheEndOfTheMonth() {
		assertThatIllegalArgumentException().isThrownBy(() -> LunarCalendar.toSolar(2025, 12, 30, false))
			.withMessageContaining("has only 29 days");
	}

	@Test
	void convertsEveryDayOfTwoDecadesBackToItself() {
		for (LocalDate day = LocalDate.of(2015, 1, 1); day.isBefore(LocalDate.of(2035, 1, 1)); day = day.plusDays(1)) {
			LunarDate lunar = LunarCalendar.toLunar(day);
			assertThat(LunarCalendar.toSolar(lunar.year(), lunar.month(), lunar.day(), lunar.leapMonth()))
				.as("%s (%s)", day, lunar)
				.isEqualTo(day);
		}
	}

}
