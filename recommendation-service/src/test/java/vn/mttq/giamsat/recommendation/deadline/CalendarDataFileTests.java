package vn.mttq.giamsat.recommendation.deadline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CalendarDataFileTests {

	@TempDir
	Path directory;

	@Test
	void anImpossibleDateNamesTheFileLineAndField() throws IOException {
		Path file = write("vn-2026.yml", """
				year: 2026
				source: "Thông báo"
				daysOff:
				  - date: 2026-02-16
				    kind: HOLIDAY
				    name: "Tết"
				  - date: 2026-02-30
				    kind: HOLIDAY
				    name: "Tết"
				""");
		assertThatExceptionOfType(DeadlineDataException.class).isThrownBy(() -> new WorkingCalendar(this.directory))
			.withMessage(file + ", line 7, field 'daysOff[1].date': '2026-02-30' is not a date (expected yyyy-MM-dd)");
	}

	@Test
	void aMisspeltFieldIsAnErrorNotIgnored() throws IOException {
		Path file = write("vn-2028.yml", """
				year: 2028
				source: "Thông báo"
				daysOff:
				  - date: 2028-01-24
				    knd: HOLIDAY
				    name: "Tết"
				""");
		assertThatExceptionOfType(DeadlineDataException.class).isThrownBy(() -> new WorkingCalendar(this.directory))
			.withMessageStartingWith(file + ", line 5")
			.withMessageContaining("unknown field 'knd'");
	}

	@Test
	void aFieldGivenTwiceIsAnError() throws IOException {
		write("vn-2028.yml", """
				year: 2028
				source: "Thông báo"
				year: 2029
				""");
		assertThatExceptionOfType(DeadlineDataException.class).isThrownBy(() -> new WorkingCalendar(this.directory))
			.withMessageContaining("line 3")
			.withMessageContaining("field 'year' is given twice");
	}

	@Test
	void anUnknownKindListsTheAcceptedOnes() throws IOException {
		write("vn-2028.yml", """
				year: 2028
				source: "Thông báo"
				daysOff:
				  - date: 2028-01-24
				    kind: BRIDGE
				    name: "Tết"
				""");
		assertThatExceptionOfType(DeadlineDataException.class).isThrownBy(() -> new WorkingCalendar(this.directory))
			.withMessageContaining("line 5, field 'daysOff[0].kind': 'BRIDGE' is not one of [WEEKEND, HOLIDAY");
	}

	@Test
	void brokenYamlGivesTheLine() throws IOException {
		Path file = write("vn-2028.yml", """
				year: 2028
				source: "Thông báo
				daysOff: []
				""");
		assertThatExceptionOfType(DeadlineDataException.class).isThrownBy(() -> new WorkingCalendar(this.directory))
			.withMessageStartingWith(file + ", line ")
			.withMessageContaining("not valid YAML");
	}

	@Test
	void aDateOutsideTheFilesYearIsRejected() throws IOException {
		write("vn-2028.yml", """
				year: 2028
				source: "Thông báo"
				daysOff:
				  - date: 2029-01-24
				    kind: HOLIDAY
				    name: "Tết"
				""");
		assertThatExceptionOfType(DeadlineDataException.class).isThrownBy(() -> new WorkingCalendar(this.directory))
			.withMessageContaining("2029-01-24 is not in 2028");
	}

	@Test
	void onlyAWeekendDayCanBeMadeAWorkingDay() throws IOException {
		write("vn-2028.yml", """
				year: 2028
				source: "Thông báo"
				workingDays:
				  - date: 2028-02-07
				    name: "Làm bù"
				""");
		assertThatExceptionOfType(DeadlineDataException.class).isThrownBy(() -> new WorkingCalendar(this.directory))
			.withMessageContaining("field 'workingDays[0].date': 2028-02-07 is a MONDAY");
	}

	@Test
	void anUnknownOccasionIsRejected() throws IOException {
		write("vn-2028.yml", """
				year: 2028
				source: "Thông báo"
				daysOff:
				  - date: 2028-01-24
				    kind: HOLIDAY
				    occasion: tet-nguyen-dan
				    name: "Tết"
				""");
		assertThatExceptionOfType(DeadlineDataException.class).isThrownBy(() -> new WorkingCalendar(this.directory))
			.withMessageContaining("unknown occasion 'tet-nguyen-dan'");
	}

	@Test
	void twoExternalFilesForOneYearAreRejected() throws IOException {
		String content = """
				year: 2028
				source: "Thông báo"
				""";
		write("a.yml", content);
		write("b.yml", content);
		assertThatExceptionOfType(DeadlineDataException.class).isThrownBy(() -> new WorkingCalendar(this.directory))
			.withMessageContaining("year 2028 is also announced in");
	}

	@Test
	void aMissingDirectoryIsNamed() {
		Path missing = this.directory.resolve("missing");
		assertThatExceptionOfType(DeadlineDataException.class).isThrownBy(() -> new WorkingCalendar(missing))
			.withMessageContaining(missing + ": the calendar directory does not exist");
	}

	@Test
	void aFailedReloadKeepsTheCalendarInUse() throws IOException {
		WorkingCalendar calendar = new WorkingCalendar(this.directory);
		String version = calendar.version();
		write("vn-2028.yml", "year: [");
		assertThatExceptionOfType(DeadlineDataException.class).isThrownBy(calendar::reload);
		assertThat(calendar.version()).isEqualTo(version);
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 17))).isFalse();
	}

	@Test
	void anExternalRecurringHolidayIsAddedFromItsDate() throws IOException {
		write("recurring.yml", """
				recurringHolidays:
				  - occasion: test-day
				    name: "Ngày thử (10/10)"
				    date: "10-10"
				    from: 2028-01-01
				    compensatory: true
				    source: "Văn bản giả định"
				""");
		WorkingCalendar calendar = new WorkingCalendar(this.directory);
		assertThat(calendar.isWorkingDay(LocalDate.of(2027, 10, 11))).isTrue();
		assertThat(calendar.dayOff(LocalDate.of(2028, 10, 10))).map(SkippedDay::name).contains("Ngày thử (10/10)");
		// 10/10/2032 is a Sunday
		assertThat(calendar.dayOff(LocalDate.of(2032, 10, 11))).map(SkippedDay::kind)
			.contains(DayOffKind.COMPENSATORY_DAY_OFF);
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 24))).isFalse();
	}

	private Path write(String name, String content) throws IOException {
		return Files.writeString(this.directory.resolve(name), content);
	}

}
