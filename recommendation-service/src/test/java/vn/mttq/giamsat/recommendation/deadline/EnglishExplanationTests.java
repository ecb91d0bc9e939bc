package vn.mttq.giamsat.recommendation.deadline;

import java.time.LocalDate;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class EnglishExplanationTests {

	/**
	 * Letters only Vietnamese uses (đ, ơ, ư and the tone marks), and its words for Tết
	 * and Article; "Hùng" is a name and stays.
	 */
	static final Pattern VIETNAMESE = Pattern
		.compile("[ăâđêôơưĂÂĐÊÔƠƯạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]|Tết|Điều|ngày");

	/** A document's number, such as 6150/TB-BLĐTBXH, is cited as it is printed. */
	static final Pattern DOCUMENT_NUMBER = Pattern.compile("\\d+/[\\p{Lu}\\d/-]+");

	static boolean vietnamese(String text) {
		return VIETNAMESE.matcher(DOCUMENT_NUMBER.matcher(text).replaceAll("")).find();
	}

	final DeadlineEngine engine = new DeadlineEngine(WorkingCalendar.fromClasspath(),
			UnconfirmedDaysTests.TEN_WORKING_DAYS);

	@ParameterizedTest(name = "received {0}")
	@CsvSource({ "2026-02-12", "2026-04-22", "2026-04-28", "2026-08-20", "2026-11-20", "2027-02-03", "2025-04-24",
			"2025-12-30" })
	void theEnglishTextQuotesNoVietnamese(LocalDate receivedOn) {
		Deadline deadline = this.engine
			.compute(new DeadlineInput(DeadlineEngineTests.FRONT, receivedOn, receivedOn, null, null, null, null));

		assertThat(vietnamese(deadline.explanation().textEn())).as(deadline.explanation().textEn()).isFalse();
		assertThat(deadline.explanation().adjustmentsEn()).noneMatch(EnglishExplanationTests::vietnamese);
		assertThat(deadline.explanation().skipped()).noneMatch((day) -> vietnamese(day.nameEn() + day.sourceEn()));
	}

	@ParameterizedTest(name = "the board''s rule received {0}")
	@CsvSource({ "2026-02-05", "2026-04-11", "2026-08-17" })
	void theBoardsRuleIsQuotedInEnglish(LocalDate receivedOn) {
		Deadline deadline = new DeadlineEngine(WorkingCalendar.fromClasspath(), DeadlineRules.shipped())
			.compute(new DeadlineInput(DeadlineEngineTests.BOARD, receivedOn, receivedOn, null, null, null, null));

		assertThat(vietnamese(deadline.explanation().textEn())).as(deadline.explanation().textEn()).isFalse();
	}

}
