package vn.mttq.giamsat.recommendation.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import vn.mttq.giamsat.recommendation.deadline.DeadlineProperties.RuleOverride;

import static org.assertj.core.api.Assertions.assertThat;

class DeadlineEngineTests {

	static final WorkingCalendar CALENDAR = WorkingCalendar.fromClasspath();

	static final DeadlineSubject BOARD = new DeadlineSubject("RECOMMENDATION", "REMEDY_VIOLATION", "SUPERVISION",
			"PEOPLES_INSPECTION_BOARD", "COMMUNE");

	static final DeadlineSubject FRONT = new DeadlineSubject("RECOMMENDATION", "AMEND_POLICY", "SUPERVISION",
			"DELEGATION", "PROVINCE");

	static final String LAW_10_2022 = "Luật Thực hiện dân chủ ở cơ sở 10/2022, Điều 40.1.c và 45.2.c";

	/** The shipped rules: the boards' 15 calendar days, the Front's 30. */
	final DeadlineEngine engine = new DeadlineEngine(CALENDAR, DeadlineRules.shipped());

	/** The Front's default changed by an operator to 10 working days. */
	final DeadlineEngine workingDays = new DeadlineEngine(CALENDAR,
			new DeadlineRules(new ClassPathResource("deadline-rules.yml"),
					new DeadlineProperties(Map.of("front-default", new RuleOverride(10, DayCounting.WORKING_DAYS)))));

	static DeadlineInput delivered(DeadlineSubject subject, LocalDate deliveredOn) {
		return new DeadlineInput(subject, deliveredOn.minusDays(2), deliveredOn, null, null, List.of(), List.of());
	}

	static NamedDay day(int year, int month, int dayOfMonth, DayOffKind kind, String name) {
		return new NamedDay(LocalDate.of(year, month, dayOfMonth), kind, name);
	}

	@Nested
	class Tet2026 {

		@Test
		void dueDateInCalendarDaysMovesOffTheLastTetDayAndTheWeekend() {
			Deadline deadline = DeadlineEngineTests.this.engine.compute(delivered(BOARD, LocalDate.of(2026, 2, 5)));

			assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2026, 2, 23));
			DeadlineExplanation explanation = deadline.explanation();
			assertThat(explanation.ruleId()).isEqualTo("board-answer-15-days");
			assertThat(explanation.counting()).isEqualTo(DayCounting.CALENDAR_DAYS);
			assertThat(explanation.days()).isEqualTo(15);
			assertThat(explanation.startsFrom()).isEqualTo(DeadlineStart.DELIVERY);
			assertThat(explanation.start()).isEqualTo(LocalDate.of(2026, 2, 5));
			assertThat(explanation.provisional()).isFalse();
			assertThat(explanation.skipped()).map(NamedDay::of)
				.containsExactly(day(2026, 2, 20, DayOffKind.HOLIDAY, "Tết Nguyên đán (mùng 4)"),
						day(2026, 2, 21, DayOffKind.WEEKEND, "Thứ Bảy"),
						day(2026, 2, 22, DayOffKind.WEEKEND, "Chủ nhật"));
			assertThat(explanation.calendarVersion()).isEqualTo(CALENDAR.version());
			assertThat(explanation.textVi()).isEqualTo("Hạn trả lời 23/02/2026: 15 ngày kể từ ngày nhận 05/02/2026 ("
					+ LAW_10_2022 + "); bỏ qua 20/02–22/02/2026 (Tết Nguyên đán, nghỉ cuối tuần); ngày cuối 20/02/2026 "
					+ "là ngày nghỉ (Tết Nguyên đán (mùng 4)) nên hạn chuyển sang ngày làm việc tiếp theo 23/02/2026 "
					+ "(Bộ luật Dân sự 2015, Điều 148).");
			assertThat(explanation.textEn()).isEqualTo("Answer due 23 February 2026: 15 calendar days from receipt on "
					+ "5 February 2026 (Law on Grassroots Democracy No. 10/2022, Arts 40.1.c and 45.2.c); skipped "
					+ "20 February 2026 to 22 February 2026 (Lunar New Year, weekend); the last day, 20 February 2026, "
					+ "is a day off (Lunar New Year (day 4)), so the deadline moves to the next working day, "
					+ "23 February 2026 (Civil Code 2015, Art. 148).");
		}

		@Test
		void dueDateInWorkingDaysSkipsTheWholeTetBreak() {
			Deadline deadline = DeadlineEngineTests.this.workingDays
				.compute(delivered(FRONT, LocalDate.of(2026, 2, 12)));

			assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2026, 3, 5));
			DeadlineExplanation explanation = deadline.explanation();
			assertThat(explanation.ruleId()).isEqualTo("front-default");
			assertThat(explanation.counting()).isEqualTo(DayCounting.WORKING_DAYS);
			assertThat(explanation.skipped()).hasSize(11)
				.map(NamedDay::of)
				.contains(day(2026, 2, 16, DayOffKind.HOLIDAY, "Tết Nguyên đán (29 tháng Chạp)"),
						day(2026, 2, 17, DayOffKind.HOLIDAY, "Tết Nguyên đán (mùng 1)"),
						day(2026, 3, 1, DayOffKind.WEEKEND, "Chủ nhật"));
			assertThat(explanation.adjustments()).isEmpty();
			assertThat(explanation.textVi()).isEqualTo("Hạn trả lời 05/03/2026: 10 ngày làm việc kể từ ngày nhận "
					+ "12/02/2026 (Không có thời hạn luật định; mặc định của hệ thống (cấu hình được)); bỏ qua "
					+ "14/02–22/02/2026 (nghỉ cuối tuần, Tết Nguyên đán), 28/02–01/03/2026 (nghỉ cuối tuần).");
			assertThat(explanation.textEn()).startsWith("Answer due 5 March 2026: 10 working days from receipt");
		}

	}

	@Nested
	class Tet2027 {

		@Test
		void dueDateInCalendarDaysMovesOverTheComputedTetAndItsDaysInLieu() {
			Deadline deadline = DeadlineEngineTests.this.engine.compute(delivered(FRONT, LocalDate.of(2027, 1, 8)));

			assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2027, 2, 12));
			assertThat(deadline.explanation().skipped()).map(NamedDay::of)
				.containsExactly(day(2027, 2, 7, DayOffKind.HOLIDAY, "Tết Nguyên đán (mùng 2)"),
						day(2027, 2, 8, DayOffKind.HOLIDAY, "Tết Nguyên đán (mùng 3)"),
						day(2027, 2, 9, DayOffKind.HOLIDAY, "Tết Nguyên đán (mùng 4)"),
						day(2027, 2, 10, DayOffKind.COMPENSATORY_DAY_OFF, "Nghỉ bù Tết Nguyên đán (mùng 1)"),
						day(2027, 2, 11, DayOffKind.COMPENSATORY_DAY_OFF, "Nghỉ bù Tết Nguyên đán (mùng 2)"));
			assertThat(deadline.explanation().textVi()).isEqualTo("Hạn trả lời 12/02/2027: 30 ngày kể từ ngày nhận "
					+ "08/01/2027 (Không có thời hạn luật định; mặc định của hệ thống (cấu hình được)); bỏ qua "
					+ "07/02–11/02/2027 (Tết Nguyên đán, Nghỉ bù Tết Nguyên đán); ngày cuối 07/02/2027 là ngày nghỉ "
					+ "(Tết Nguyên đán (mùng 2)) nên hạn chuyển sang ngày làm việc tiếp theo 12/02/2027 "
					+ "(Bộ luật Dân sự 2015, Điều 148).");
		}

		@Test
		void dueDateInWorkingDaysSkipsTetAndItsDaysInLieu() {
			Deadline deadline = DeadlineEngineTests.this.workingDays
				.compute(delivered(FRONT, LocalDate.of(2027, 2, 1)));

			assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2027, 2, 22));
			assertThat(deadline.explanation().skipped()).extracting(SkippedDay::date)
				.containsExactly(LocalDate.of(2027, 2, 5), LocalDate.of(2027, 2, 6), LocalDate.of(2027, 2, 7),
						LocalDate.of(2027, 2, 8), LocalDate.of(2027, 2, 9), LocalDate.of(2027, 2, 10),
						LocalDate.of(2027, 2, 11), LocalDate.of(2027, 2, 13), LocalDate.of(2027, 2, 14),
						LocalDate.of(2027, 2, 20), LocalDate.of(2027, 2, 21));
			assertThat(deadline.explanation().textVi()).endsWith("bỏ qua 05/02–11/02/2027 (Tết Nguyên đán, "
					+ "Nghỉ bù Tết Nguyên đán), 13/02–14/02/2027 (nghỉ cuối tuần), 20/02–21/02/2027 (nghỉ cuối tuần).");
		}

	}

	@Nested
	class VictoryAndLabourDay {

		@Test
		void dueDateInCalendarDaysMovesOffThirtyAprilToTheMondayAfter() {
			Deadline deadline = DeadlineEngineTests.this.engine.compute(delivered(BOARD, LocalDate.of(2026, 4, 15)));

			assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2026, 5, 4));
			assertThat(deadline.explanation().skipped()).map(NamedDay::of)
				.containsExactly(day(2026, 4, 30, DayOffKind.HOLIDAY, "Ngày Chiến thắng (30/4)"),
						day(2026, 5, 1, DayOffKind.HOLIDAY, "Ngày Quốc tế Lao động (1/5)"),
						day(2026, 5, 2, DayOffKind.WEEKEND, "Thứ Bảy"),
						day(2026, 5, 3, DayOffKind.WEEKEND, "Chủ nhật"));
			assertThat(deadline.explanation().textVi()).contains(
					"bỏ qua 30/04–03/05/2026 (Ngày Chiến thắng, Ngày Quốc tế Lao động, nghỉ cuối tuần)",
					"ngày cuối 30/04/2026 là ngày nghỉ (Ngày Chiến thắng (30/4))");
		}

		@Test
		void dueDateInWorkingDaysSkipsHungKingsDayInLieuAndTheHolidays() {
			Deadline deadline = DeadlineEngineTests.this.workingDays
				.compute(delivered(FRONT, LocalDate.of(2026, 4, 22)));

			assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2026, 5, 11));
			assertThat(deadline.explanation().skipped()).map(NamedDay::of)
				.contains(day(2026, 4, 26, DayOffKind.HOLIDAY, "Giỗ Tổ Hùng Vương (10/3 âm lịch)"),
						day(2026, 4, 27, DayOffKind.COMPENSATORY_DAY_OFF, "Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch)"));
			assertThat(deadline.explanation().textVi()).endsWith("bỏ qua 25/04–27/04/2026 (nghỉ cuối tuần, "
					+ "Giỗ Tổ Hùng Vương, Nghỉ bù Giỗ Tổ Hùng Vương), 30/04–03/05/2026 (Ngày Chiến thắng, "
					+ "Ngày Quốc tế Lao động, nghỉ cuối tuần), 09/05–10/05/2026 (nghỉ cuối tuần).");
		}

	}

	@Nested
	class NationalDay {

		@Test
		void dueDateInCalendarDaysMovesOverTheSwappedMondayAndBothHolidays() {
			Deadline deadline = DeadlineEngineTests.this.engine.compute(delivered(BOARD, LocalDate.of(2026, 8, 16)));

			assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2026, 9, 3));
			assertThat(deadline.explanation().skipped()).map(NamedDay::of)
				.containsExactly(
						day(2026, 8, 31, DayOffKind.SWAPPED_DAY_OFF,
								"Nghỉ hoán đổi dịp Quốc khánh (làm bù thứ Bảy 22/08/2026)"),
						day(2026, 9, 1, DayOffKind.HOLIDAY, "Quốc khánh (ngày liền kề 1/9)"),
						day(2026, 9, 2, DayOffKind.HOLIDAY, "Quốc khánh (2/9)"));
			assertThat(deadline.explanation().textVi())
				.contains("bỏ qua 31/08–02/09/2026 (Nghỉ hoán đổi dịp Quốc khánh, Quốc khánh)");
		}

		@Test
		void dueDateInWorkingDaysCountsTheSaturdayWorkedInExchange() {
			Deadline deadline = DeadlineEngineTests.this.workingDays
				.compute(delivered(FRONT, LocalDate.of(2026, 8, 20)));

			assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2026, 9, 7));
			assertThat(deadline.explanation().skipped()).extracting(SkippedDay::date)
				.doesNotContain(LocalDate.of(2026, 8, 22))
				.containsExactly(LocalDate.of(2026, 8, 23), LocalDate.of(2026, 8, 29), LocalDate.of(2026, 8, 30),
						LocalDate.of(2026, 8, 31), LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 2),
						LocalDate.of(2026, 9, 5), LocalDate.of(2026, 9, 6));
			assertThat(deadline.explanation().textVi()).endsWith("bỏ qua 23/08/2026 (nghỉ cuối tuần), "
					+ "29/08–02/09/2026 (nghỉ cuối tuần, Nghỉ hoán đổi dịp Quốc khánh, Quốc khánh), "
					+ "05/09–06/09/2026 (nghỉ cuối tuần).");
		}

	}

	@Nested
	class SwappedWorkingDay {

		@Test
		void aLastDayOnASaturdayWorkedInExchangeStaysInCalendarDays() {
			Deadline deadline = DeadlineEngineTests.this.engine.compute(delivered(BOARD, LocalDate.of(2026, 8, 7)));

			assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2026, 8, 22));
			assertThat(deadline.explanation().skipped()).isEmpty();
			assertThat(deadline.explanation().adjustments()).isEmpty();
			assertThat(deadline.explanation().textVi())
				.isEqualTo("Hạn trả lời 22/08/2026: 15 ngày kể từ ngày nhận 07/08/2026 (" + LAW_10_2022 + ").");
		}

		@Test
		void theSaturdayWorkedCountsAndTheSwappedFridayDoesNotInWorkingDays() {
			Deadline deadline = DeadlineEngineTests.this.workingDays
				.compute(delivered(FRONT, LocalDate.of(2025, 4, 22)));

			// 23, 24, 25, Saturday 26 (worked), 28, 29 April; 5, 6, 7, 8 May
			assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2025, 5, 8));
			assertThat(deadline.explanation().skipped()).map(NamedDay::of)
				.contains(day(2025, 5, 2, DayOffKind.SWAPPED_DAY_OFF,
						"Nghỉ hoán đổi dịp 30/4–1/5 (làm bù thứ Bảy 26/04/2025)"))
				.extracting(NamedDay::date)
				.doesNotContain(LocalDate.of(2025, 4, 26));
			assertThat(deadline.explanation().textVi()).endsWith("bỏ qua 27/04/2025 (nghỉ cuối tuần), "
					+ "30/04–04/05/2025 (Ngày Chiến thắng, Ngày Quốc tế Lao động, Nghỉ hoán đổi dịp 30/4–1/5, "
					+ "nghỉ cuối tuần).");
		}

	}

	@Nested
	class StartEvents {

		@Test
		void anUnknownDeliveryIsCountedProvisionallyFromTheIssueDate() {
			Deadline deadline = DeadlineEngineTests.this.engine
				.compute(DeadlineInput.issued(BOARD, LocalDate.of(2026, 2, 5)));

			assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2026, 2, 23));
			assertThat(deadline.explanation().provisional()).isTrue();
			assertThat(deadline.explanation().startsFrom()).isEqualTo(DeadlineStart.DELIVERY);
			assertThat(deadline.explanation().start()).isEqualTo(LocalDate.of(2026, 2, 5));
			assertThat(deadline.explanation().textVi()).startsWith("Hạn trả lời tạm tính 23/02/2026: 15 ngày kể từ "
					+ "ngày ban hành 05/02/2026 vì chưa có ngày nhận, sẽ tính lại khi có (");
			assertThat(deadline.explanation().textEn()).startsWith("Provisional answer due date 23 February 2026: "
					+ "15 calendar days from the issue date on 5 February 2026, because receipt has not happened yet");
		}

		@Test
		void theDeliveryRecomputesTheDueDateDefinitively() {
			DeadlineInput input = new DeadlineInput(BOARD, LocalDate.of(2026, 2, 5), LocalDate.of(2026, 2, 9), null,
					null, null, null);

			Deadline deadline = DeadlineEngineTests.this.engine.compute(input);

			assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2026, 2, 24));
			assertThat(deadline.explanation().provisional()).isFalse();
		}

		@Test
		void anUnknownAcknowledgementFallsBackToTheDelivery() {
			DeadlineEngine engine = new DeadlineEngine(CALENDAR, DeadlineRulesFixtures.acknowledgedInTenWorkingDays());
			DeadlineInput input = new DeadlineInput(FRONT, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 4), null,
					null, null, null);

			Deadline deadline = engine.compute(input);

			assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2026, 3, 18));
			assertThat(deadline.explanation().provisional()).isTrue();
			assertThat(deadline.explanation().startsFrom()).isEqualTo(DeadlineStart.ACKNOWLEDGEMENT);
			assertThat(deadline.explanation().textVi()).contains(
					"10 ngày làm việc kể từ ngày nhận 04/03/2026 vì chưa có ngày xác nhận đã nhận, sẽ tính lại khi có");

			Deadline acknowledged = engine.compute(new DeadlineInput(FRONT, LocalDate.of(2026, 3, 2),
					LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 5), null, null, null));
			assertThat(acknowledged.dueDate()).isEqualTo(LocalDate.of(2026, 3, 19));
			assertThat(acknowledged.explanation().provisional()).isFalse();
		}

	}

	@Nested
	class ExtensionsAndPauses {

		@Test
		void anExtensionAddsDaysAfterTheCurrentDueDate() {
			Extension extension = new Extension(10, "Cần xác minh thêm tại hiện trường", "Chủ tịch UBMTTQ xã",
					Instant.parse("2026-02-19T03:00:00Z"));
			DeadlineInput input = new DeadlineInput(BOARD, LocalDate.of(2026, 2, 3), LocalDate.of(2026, 2, 5), null,
					null, List.of(extension), List.of());

			Deadline deadline = DeadlineEngineTests.this.engine.compute(input);

			assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2026, 3, 5));
			assertThat(deadline.explanation().adjustments()).hasSize(2)
				.last()
				.isEqualTo("gia hạn thêm 10 ngày (lý do: Cần xác minh thêm tại hiện trường; do Chủ tịch UBMTTQ xã; "
						+ "ngày 19/02/2026): hạn lùi từ 23/02/2026 sang 05/03/2026");
			assertThat(deadline.explanation().textEn()).contains("extended by 10 calendar days");
		}

		@Test
		void anExtensionInWorkingDaysSkipsDaysOff() {
			DeadlineInput input = new DeadlineInput(FRONT, LocalDate.of(2026, 2, 10), LocalDate.of(2026, 2, 12), null,
					null, List.of(new Extension(2, null, null, null)), List.of());

			Deadline deadline = DeadlineEngineTests.this.workingDays.compute(input);

			assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2026, 3, 9));
			assertThat(deadline.explanation().adjustments())
				.containsExactly("gia hạn thêm 2 ngày làm việc: hạn lùi từ 05/03/2026 sang 09/03/2026");
		}

		@Test
		void aClosedPausePushesTheDueDateByItsDays() {
			DeadlineInput input = new DeadlineInput(BOARD, LocalDate.of(2026, 2, 27), LocalDate.of(2026, 3, 2), null,
					null, List.of(),
					List.of(new Pause(LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 9), "Chờ hội nghị đối thoại")));

			Deadline deadline = DeadlineEngineTests.this.engine.compute(input);

			// 17/03 + 5 paused days = Sunday 22/03, so Monday 23/03
			assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2026, 3, 23));
			assertThat(deadline.explanation().adjustments()).containsExactly("tạm dừng 05/03/2026–09/03/2026 "
					+ "(5 ngày tạm dừng; lý do: Chờ hội nghị đối thoại): hạn lùi từ 17/03/2026 sang 23/03/2026");
			assertThat(deadline.explanation().skipped()).map(NamedDay::of)
				.containsExactly(day(2026, 3, 22, DayOffKind.WEEKEND, "Chủ nhật"));
		}

		@Test
		void aClosedPauseInWorkingDaysCountsOnlyItsWorkingDays() {
			DeadlineInput input = new DeadlineInput(FRONT, LocalDate.of(2026, 4, 20), LocalDate.of(2026, 4, 22), null,
					null, List.of(), List.of(new Pause(LocalDate.of(2026, 4, 24), LocalDate.of(2026, 4, 28), null)));

			Deadline deadline = DeadlineEngineTests.this.workingDays.compute(input);

			// 24/04 and 28/04 are the working days of the pause
			assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2026, 5, 13));
			assertThat(deadline.explanation().adjustments()).containsExactly(
					"tạm dừng 24/04/2026–28/04/2026 (2 ngày làm việc tạm dừng): hạn lùi từ 11/05/2026 sang 13/05/2026");
		}

		@Test
		void anOpenPauseLeavesNoDueDateAndSaysSince() {
			DeadlineInput input = new DeadlineInput(BOARD, LocalDate.of(2026, 2, 27), LocalDate.of(2026, 3, 2), null,
					null, List.of(), List.of(new Pause(LocalDate.of(2026, 3, 5), null, "Chờ hội nghị đối thoại")));

			Deadline deadline = DeadlineEngineTests.this.engine.compute(input);

			assertThat(deadline.dueDate()).isNull();
			assertThat(deadline.explanation().ruleId()).isEqualTo("board-answer-15-days");
			assertThat(deadline.explanation().textVi()).startsWith("Chưa có hạn trả lời: đang tạm dừng từ 05/03/2026 "
					+ "(Chờ hội nghị đối thoại), hạn sẽ được tính lại khi tiếp tục; trước khi tạm dừng: 15 ngày kể từ "
					+ "ngày nhận 02/03/2026");
			assertThat(deadline.explanation().textEn()).startsWith("No due date: paused since 5 March 2026");
		}

	}

	@Nested
	class OfficialDate {

		@Test
		void anOfficialDateWinsOverTheRulesAndIsKeptAsSetEvenOnADayOff() {
			DeadlineInput input = new DeadlineInput(BOARD, LocalDate.of(2026, 2, 3), LocalDate.of(2026, 2, 5), null,
					LocalDate.of(2026, 3, 15), List.of(), List.of());

			Deadline deadline = DeadlineEngineTests.this.engine.compute(input);

			assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2026, 3, 15));
			assertThat(deadline.explanation().ruleId()).isEqualTo("official");
			assertThat(deadline.explanation().days()).isZero();
			assertThat(deadline.explanation().start()).isEqualTo(LocalDate.of(2026, 2, 3));
			assertThat(deadline.explanation().textVi()).isEqualTo("Hạn trả lời 15/03/2026: hạn do người ban hành ấn "
					+ "định 15/03/2026, không áp dụng quy tắc thời hạn; hạn ấn định 15/03/2026 là ngày nghỉ "
					+ "(Chủ nhật), giữ nguyên theo văn bản.");
		}

		@Test
		void extensionsAndPausesStillApplyToAnOfficialDate() {
			DeadlineInput input = new DeadlineInput(FRONT, LocalDate.of(2026, 3, 2), null, null,
					LocalDate.of(2026, 3, 20), List.of(new Extension(5, "Đề nghị của cơ quan", null, null)),
					List.of(new Pause(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 11), null)));

			Deadline deadline = DeadlineEngineTests.this.engine.compute(input);

			// 20/03 + 2 paused days = Sunday 22/03, so 23/03; + 5 days = 28/03
			// (Saturday), so 30/03
			assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2026, 3, 30));
			assertThat(deadline.explanation().counting()).isEqualTo(DayCounting.CALENDAR_DAYS);
			assertThat(deadline.explanation().adjustments()).containsExactly(
					"tạm dừng 10/03/2026–11/03/2026 (2 ngày tạm dừng): hạn lùi từ 20/03/2026 sang 23/03/2026",
					"gia hạn thêm 5 ngày (lý do: Đề nghị của cơ quan): hạn lùi từ 23/03/2026 sang 30/03/2026");
		}

	}

	@Nested
	class NoRule {

		@Test
		void withoutARuleOrAnOfficialDateThereIsNoDueDate() {
			DeadlineEngine engine = new DeadlineEngine(CALENDAR, DeadlineRulesFixtures.boardsOnly());

			Deadline deadline = engine.compute(DeadlineInput.issued(FRONT, LocalDate.of(2026, 3, 2)));

			assertThat(deadline.dueDate()).isNull();
			assertThat(deadline.explanation().ruleId()).isNull();
			assertThat(deadline.explanation().textVi()).isEqualTo(
					"Chưa có hạn trả lời: không quy tắc thời hạn nào áp dụng và người ban hành chưa ấn định hạn.");
		}

		@Test
		void theEngineReportsTheCalendarVersion() {
			assertThat(DeadlineEngineTests.this.engine.calendarVersion()).isEqualTo(CALENDAR.version());
		}

	}

}
