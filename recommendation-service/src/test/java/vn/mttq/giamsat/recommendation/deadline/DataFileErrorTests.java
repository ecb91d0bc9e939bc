package vn.mttq.giamsat.recommendation.deadline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.core.io.ByteArrayResource;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Every problem in a data file, found by the YAML reader or by a check after it, is
 * reported with the file, the line and the field, in words an operator can act on.
 */
class DataFileErrorTests {

	/** The first two lines of each year's file below. */
	private static final String YEAR_2028 = """
			year: 2028
			source: "Thông báo"
			""";

	/** The first four lines of each rules file below. */
	private static final String RULE_BOARD = """
			rules:
			  - id: board
			    name: "Ban"
			    legalSource: "—"
			""";

	@TempDir
	Path directory;

	@Test
	void anUnknownFieldIsNamedWithItsLine() throws IOException {
		assertCalendarProblem(YEAR_2028 + """
				daysOff:
				  - date: 2028-01-24
				    knd: HOLIDAY
				    name: "Tết"
				""",
				"line 5, field 'daysOff[0]': unknown field 'knd'; expected one of [date, kind, occasion, name, nameEn, source, sourceEn]");
	}

	@Test
	void anUnknownFieldBesideCompleteOnesIsNamedWithItsLine() throws IOException {
		assertCalendarProblem(YEAR_2028 + """
				workingDays:
				  - date: 2028-02-05
				    name: "Làm bù"
				    note: "thứ Bảy"
				""",
				"line 6, field 'workingDays[0]': unknown field 'note'; expected one of [date, name, nameEn, source, sourceEn]");
	}

	@Test
	void aKeyGivenTwiceInAnEntryIsNamedWithItsLine() throws IOException {
		assertCalendarProblem(YEAR_2028 + """
				daysOff:
				  - date: 2028-01-24
				    kind: HOLIDAY
				    kind: SWAPPED_DAY_OFF
				    name: "Tết"
				""", "line 6, field 'daysOff[0]': field 'kind' is given twice");
	}

	@Test
	void aMissingFieldNamesTheEntryAndItsLine() throws IOException {
		assertCalendarProblem(YEAR_2028 + """
				daysOff:
				  - date: 2028-01-24
				    kind: HOLIDAY
				    name: "Tết"

				  - date: 2028-01-25
				    kind: HOLIDAY
				""", "line 8, field 'daysOff[1]': field 'name' is missing or empty");
	}

	@Test
	void aMissingRuleFieldNamesTheRuleAndItsLine() {
		assertRulesProblem(RULE_BOARD + """
				    days: 15
				    startsFrom: DELIVERY
				""", "line 2, field 'rules[0]': field 'counting' is missing or empty");
	}

	@Test
	void aDateInAnotherFormIsNotADate() throws IOException {
		assertCalendarProblem(YEAR_2028 + """
				workingDays:
				  - date: 05/02/2028
				    name: "Làm bù"
				""", "line 4, field 'workingDays[0].date': '05/02/2028' is not a date (expected yyyy-MM-dd)");
	}

	@Test
	void aNumberIsNotADate() throws IOException {
		assertCalendarProblem(YEAR_2028 + """
				workingDays:
				  - date: 20280205
				    name: "Làm bù"
				""", "line 4, field 'workingDays[0].date': a number is not a date (expected yyyy-MM-dd)");
	}

	@Test
	void aRecurringHolidayNeedsItsDayAsMonthAndDay() throws IOException {
		assertCalendarProblem("""
				recurringHolidays:
				  - occasion: test-day
				    name: "Ngày thử"
				    date: "10-32"
				    from: 2028-01-01
				    source: "Văn bản giả định"
				""", "line 4, field 'recurringHolidays[0].date': '10-32' is not a day of the year (expected MM-dd)");
	}

	@Test
	void theUnconfirmedMarkIsTrueOrFalseWithItsLine() throws IOException {
		assertCalendarProblem("""
				recurringHolidays:
				  - occasion: test-day
				    name: "Ngày thử"
				    date: "10-30"
				    from: 2028-01-01
				    confirmed: perhaps
				    source: "Văn bản giả định"
				""", "line 6, field 'recurringHolidays[0].confirmed': 'perhaps' is not true or false");
	}

	@Test
	void anUnknownEnumValueListsTheAcceptedOnes() {
		assertRulesProblem(RULE_BOARD + """
				    days: 15
				    counting: CALENDAR_DAYS
				    startsFrom: RECEIPT
				""", "line 7, field 'rules[0].startsFrom': 'RECEIPT' is not one of [ISSUE, DELIVERY, ACKNOWLEDGEMENT]");
	}

	@Test
	void anEnumIsGivenByNameNotByNumber() throws IOException {
		assertCalendarProblem(YEAR_2028 + """
				daysOff:
				  - date: 2028-01-24
				    kind: 1
				    name: "Tết"
				""",
				"line 5, field 'daysOff[0].kind': '1' is not one of [WEEKEND, HOLIDAY, COMPENSATORY_DAY_OFF, SWAPPED_DAY_OFF]");
	}

	@Test
	void anEmptyEntryIsNamed() throws IOException {
		assertCalendarProblem(YEAR_2028 + """
				daysOff:
				  -
				""", "line 4, field 'daysOff[0]': an empty entry; expected a value");
	}

	@Test
	void aListWhereOneValueIsExpectedIsNamed() throws IOException {
		assertCalendarProblem("""
				year: 2028
				source: [ "Thông báo", "Công văn" ]
				""", "line 2, field 'source': a list is not a single value");
	}

	@Test
	void aDateListedTwiceIsNamedAtItsSecondLine() throws IOException {
		assertCalendarProblem(YEAR_2028 + """
				daysOff:
				  - date: 2028-01-24
				    kind: HOLIDAY
				    name: "Tết"
				  - name: "Tết"
				    kind: HOLIDAY
				    date: 2028-01-24
				""", "line 9, field 'daysOff[1].date': 2028-01-24 is listed twice");
	}

	@Test
	void anUnknownOccasionIsNamedWithItsLine() throws IOException {
		assertCalendarProblem(YEAR_2028 + """
				daysOff:
				  - date: 2028-01-24
				    kind: HOLIDAY
				    occasion: tet-nguyen-dan
				    name: "Tết"
				""", "line 6, field 'daysOff[0].occasion': unknown occasion 'tet-nguyen-dan'; expected one of "
				+ "[culture-day, hung-kings, labour-day, national-day, new-year, tet, victory-day]");
	}

	@Test
	void aFileHoldsEitherAYearOrRecurringHolidays() throws IOException {
		assertCalendarProblem("""
				year: 2028
				recurringHolidays: []
				""", "line 1: a file lists either one year's days or recurringHolidays, not both; split it in two");
	}

	@Test
	void aSecondDocumentIsNotIgnored() throws IOException {
		assertCalendarProblem(YEAR_2028 + """
				---
				year: 2029
				""", "line 4: a second document follows; a data file holds one");
	}

	@Test
	void anEmptyFileIsNamed() throws IOException {
		assertCalendarProblem("# nothing yet\n", "line 1: the file is empty");
	}

	private void assertCalendarProblem(String content, String problem) throws IOException {
		Path file = Files.writeString(this.directory.resolve("vn-2028.yml"), content);
		assertThatExceptionOfType(DeadlineDataException.class).isThrownBy(() -> new WorkingCalendar(this.directory))
			.withMessage(file + ", " + problem);
	}

	private static void assertRulesProblem(String content, String problem) {
		assertThatExceptionOfType(DeadlineDataException.class)
			.isThrownBy(() -> new DeadlineRules(
					new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8), "test rules"),
					DeadlineProperties.none()))
			.withMessage("Byte array resource [test rules], " + problem);
	}

}
