package vn.mttq.giamsat.recommendation.deadline;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import vn.mttq.giamsat.recommendation.deadline.DeadlineProperties.RuleOverride;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UnconfirmedDaysTests {

	static final DeadlineRules TEN_WORKING_DAYS = new DeadlineRules(new ClassPathResource("deadline-rules.yml"),
			new DeadlineProperties(Map.of("front-default", new RuleOverride(10, DayCounting.WORKING_DAYS))));

	static Deadline receivedOn(WorkingCalendar calendar, LocalDate receivedOn) {
		return new DeadlineEngine(calendar, TEN_WORKING_DAYS)
			.compute(new DeadlineInput(DeadlineEngineTests.FRONT, receivedOn, receivedOn, null, null, null, null));
	}

	@Test
	void cultureDayIsSkippedMarkedUnconfirmedInBothLanguages() {
		Deadline deadline = receivedOn(WorkingCalendar.fromClasspath(), LocalDate.of(2026, 11, 20));

		assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2026, 12, 7));
		SkippedDay cultureDay = deadline.explanation()
			.skipped()
			.stream()
			.filter((day) -> day.date().equals(LocalDate.of(2026, 11, 24)))
			.findFirst()
			.orElseThrow();
		assertThat(cultureDay.confirmed()).isFalse();
		assertThat(cultureDay.nameEn()).isEqualTo("Vietnamese Culture Day (24 November)");
		assertThat(cultureDay.sourceEn()).startsWith("Resolution 28/2026/QH16 of the National Assembly");
		assertThat(deadline.explanation().textVi()).contains("24/11/2026 (Ngày Văn hóa Việt Nam – chưa xác nhận)");
		assertThat(deadline.explanation().textEn()).contains("24 November 2026 (Vietnamese Culture Day – unconfirmed)");
	}

	@Test
	void anOperatorSwitchesTheUnconfirmedDayOffAndTheCalendarVersionChanges() {
		WorkingCalendar shipped = WorkingCalendar.fromClasspath();
		WorkingCalendar withoutCultureDay = new WorkingCalendar(null, Set.of("culture-day"));

		assertThat(withoutCultureDay.isWorkingDay(LocalDate.of(2026, 11, 24))).isTrue();
		assertThat(withoutCultureDay.version()).isNotEqualTo(shipped.version());
		assertThat(receivedOn(withoutCultureDay, LocalDate.of(2026, 11, 20)).dueDate())
			.isEqualTo(LocalDate.of(2026, 12, 4));
		assertThat(withoutCultureDay.year(2026).excludedOccasions()).containsExactly("culture-day");
		assertThat(withoutCultureDay.year(2026).daysOff()).extracting(SkippedDay::date)
			.doesNotContain(LocalDate.of(2026, 11, 24));
	}

	@Test
	void onlyAnUnconfirmedDayCanBeSwitchedOff() {
		assertThatThrownBy(() -> new WorkingCalendar(null, Set.of("tet"))).isInstanceOf(DeadlineDataException.class)
			.hasMessage("giamsat.calendar.excluded-occasions: 'tet' is not an unconfirmed recurring holiday; "
					+ "only these can be switched off: [culture-day]");
	}

	@Test
	void theYearsCalendarSaysWhetherItsAnnouncementIsConfirmed() {
		WorkingCalendar calendar = WorkingCalendar.fromClasspath();

		assertThat(calendar.year(2026).confirmed()).isTrue();
		assertThat(calendar.year(2027).confirmed()).isFalse();
		assertThat(calendar.year(2030).confirmed()).isFalse();
		assertThat(calendar.year(2026).workingDays()).extracting(WorkingDay::date)
			.containsExactly(LocalDate.of(2026, 1, 10), LocalDate.of(2026, 8, 22));
	}

}
