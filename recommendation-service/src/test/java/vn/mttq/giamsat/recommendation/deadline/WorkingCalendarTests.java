package vn.mttq.giamsat.recommendation.deadline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class WorkingCalendarTests {

	private final WorkingCalendar calendar = WorkingCalendar.fromClasspath();

	@Test
	void tet2026IsTheFiveDaysTheAnnouncementFixesBetweenTwoWeekends() {
		assertThat(this.calendar.dayOff(LocalDate.of(2026, 2, 13))).isEmpty();
		assertThat(this.calendar.dayOff(LocalDate.of(2026, 2, 14)).map(NamedDay::of))
			.contains(new NamedDay(LocalDate.of(2026, 2, 14), DayOffKind.WEEKEND, "Thứ Bảy"));
		assertThat(this.calendar.dayOff(LocalDate.of(2026, 2, 16)).map(NamedDay::of))
			.contains(new NamedDay(LocalDate.of(2026, 2, 16), DayOffKind.HOLIDAY, "Tết Nguyên đán (29 tháng Chạp)"));
		assertThat(this.calendar.dayOff(LocalDate.of(2026, 2, 20)).map(NamedDay::of))
			.contains(new NamedDay(LocalDate.of(2026, 2, 20), DayOffKind.HOLIDAY, "Tết Nguyên đán (mùng 4)"));
		assertThat(this.calendar.dayOff(LocalDate.of(2026, 2, 22))).map(SkippedDay::kind).contains(DayOffKind.WEEKEND);
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2026, 2, 23))).isTrue();
	}

	@Test
	void tet2027WithoutAnnouncementGivesDaysInLieuForTheDaysOnTheWeekend() {
		assertThat(this.calendar.dayOff(LocalDate.of(2027, 2, 5))).map(SkippedDay::name)
			.contains("Tết Nguyên đán (29 tháng Chạp)");
		assertThat(this.calendar.dayOff(LocalDate.of(2027, 2, 6))).map(SkippedDay::name)
			.contains("Tết Nguyên đán (mùng 1)");
		assertThat(this.calendar.dayOff(LocalDate.of(2027, 2, 9))).map(SkippedDay::name)
			.contains("Tết Nguyên đán (mùng 4)");
		assertThat(this.calendar.dayOff(LocalDate.of(2027, 2, 10)).map(NamedDay::of)).contains(new NamedDay(
				LocalDate.of(2027, 2, 10), DayOffKind.COMPENSATORY_DAY_OFF, "Nghỉ bù Tết Nguyên đán (mùng 1)"));
		assertThat(this.calendar.dayOff(LocalDate.of(2027, 2, 11)).map(NamedDay::of)).contains(new NamedDay(
				LocalDate.of(2027, 2, 11), DayOffKind.COMPENSATORY_DAY_OFF, "Nghỉ bù Tết Nguyên đán (mùng 2)"));
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2027, 2, 12))).isTrue();
	}

	@Test
	void tet2025FollowsTheAnnouncementNotTheComputedDefault() {
		assertThat(this.calendar.dayOff(LocalDate.of(2025, 1, 27))).map(SkippedDay::name)
			.contains("Tết Nguyên đán (28 tháng Chạp)");
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2025, 2, 3))).isTrue();
	}

	@Test
	void hungKingsDay2026OnSundayGivesMondayOff() {
		assertThat(this.calendar.dayOff(LocalDate.of(2026, 4, 26)).map(NamedDay::of))
			.contains(new NamedDay(LocalDate.of(2026, 4, 26), DayOffKind.HOLIDAY, "Giỗ Tổ Hùng Vương (10/3 âm lịch)"));
		assertThat(this.calendar.dayOff(LocalDate.of(2026, 4, 27)).map(NamedDay::of))
			.contains(new NamedDay(LocalDate.of(2026, 4, 27), DayOffKind.COMPENSATORY_DAY_OFF,
					"Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch)"));
	}

	@Test
	void anAnnouncementCanArrangeOtherwiseThanTheDayInLieu(@TempDir Path directory) throws IOException {
		Files.writeString(directory.resolve("vn-2026.yml"), """
				year: 2026
				source: "Thông báo giả định cho phép thử"
				daysOff:
				  - date: 2026-04-26
				    kind: HOLIDAY
				    occasion: hung-kings
				    name: "Giỗ Tổ Hùng Vương (không nghỉ bù)"
				""");
		WorkingCalendar arranged = new WorkingCalendar(directory);
		assertThat(arranged.isWorkingDay(LocalDate.of(2026, 4, 27))).isTrue();
		assertThat(arranged.version()).isNotEqualTo(this.calendar.version());
	}

	@Test
	void aSwappedSaturdayIsAWorkingDayAndItsWeekdayIsOff() {
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2026, 1, 10))).isTrue();
		assertThat(this.calendar.dayOff(LocalDate.of(2026, 1, 2))).map(SkippedDay::kind)
			.contains(DayOffKind.SWAPPED_DAY_OFF);
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2026, 8, 22))).isTrue();
		assertThat(this.calendar.dayOff(LocalDate.of(2026, 8, 31))).map(SkippedDay::name)
			.contains("Nghỉ hoán đổi dịp Quốc khánh (làm bù thứ Bảy 22/08/2026)");
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2025, 4, 26))).isTrue();
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2025, 5, 2))).isFalse();
	}

	@Test
	void nationalDayDefaultsToTheAdjacentDayThatJoinsAWeekend() {
		// the announcements of 2021 to 2024, none of them in the data files
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2021, 9, 3))).isFalse();
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2022, 9, 1))).isFalse();
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2023, 9, 1))).isFalse();
		assertThat(this.calendar.dayOff(LocalDate.of(2023, 9, 4))).map(SkippedDay::kind)
			.contains(DayOffKind.COMPENSATORY_DAY_OFF);
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2024, 9, 3))).isFalse();
		assertThat(this.calendar.dayOff(LocalDate.of(2027, 9, 3))).map(SkippedDay::name)
			.contains("Quốc khánh (ngày liền kề)");
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2027, 9, 1))).isTrue();
	}

	@Test
	void vietnameseCultureDayIsAHolidayFrom2026() {
		assertThat(this.calendar.dayOff(LocalDate.of(2026, 11, 24)).map(NamedDay::of))
			.contains(new NamedDay(LocalDate.of(2026, 11, 24), DayOffKind.HOLIDAY, "Ngày Văn hóa Việt Nam (24/11)"));
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2025, 11, 24))).isTrue();
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2027, 11, 24))).isFalse();
	}

	@Test
	void listsTheHolidaysOfAYear() {
		assertThat(this.calendar.holidays(2026)).extracting(SkippedDay::date)
			.containsExactly(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 2), LocalDate.of(2026, 2, 16),
					LocalDate.of(2026, 2, 17), LocalDate.of(2026, 2, 18), LocalDate.of(2026, 2, 19),
					LocalDate.of(2026, 2, 20), LocalDate.of(2026, 4, 26), LocalDate.of(2026, 4, 27),
					LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 1), LocalDate.of(2026, 8, 31),
					LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 2), LocalDate.of(2026, 11, 24));
	}

	@Test
	void versionIsAShortStableHash() {
		assertThat(this.calendar.version()).matches("[0-9a-f]{12}")
			.isEqualTo(WorkingCalendar.fromClasspath().version());
		assertThat(this.calendar.reload()).isFalse();
	}

	@Test
	void reloadPicksUpNextYearsAnnouncementAndChangesTheVersion(@TempDir Path directory) throws IOException {
		WorkingCalendar operated = new WorkingCalendar(directory);
		String before = operated.version();
		assertThat(before).isEqualTo(this.calendar.version());
		assertThat(operated.isWorkingDay(LocalDate.of(2028, 1, 24))).isTrue();

		Files.writeString(directory.resolve("vn-2028.yml"), """
				year: 2028
				source: "Thông báo giả định lịch nghỉ Tết 2028"
				daysOff:
				  - date: 2028-01-24
				    kind: SWAPPED_DAY_OFF
				    name: "Nghỉ hoán đổi dịp Tết (làm bù thứ Bảy 05/02/2028)"
				workingDays:
				  - date: 2028-02-05
				    name: "Làm bù cho ngày 24/01/2028"
				""");

		assertThat(operated.reload()).isTrue();
		assertThat(operated.version()).isNotEqualTo(before);
		assertThat(operated.isWorkingDay(LocalDate.of(2028, 1, 24))).isFalse();
		assertThat(operated.isWorkingDay(LocalDate.of(2028, 2, 5))).isTrue();
		assertThat(operated.reload()).isFalse();
	}

}
