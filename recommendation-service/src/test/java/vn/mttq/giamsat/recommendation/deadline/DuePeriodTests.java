package vn.mttq.giamsat.recommendation.deadline;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DuePeriodTests {

	final DeadlineEngine engine = new DeadlineEngine(WorkingCalendar.fromClasspath(), DeadlineRules.shipped());

	static DeadlineInput withPeriod(DeadlineSubject subject, LocalDate issuedOn, LocalDate receivedOn,
			List<Extension> extensions, DuePeriod period) {
		return new DeadlineInput(subject, issuedOn, receivedOn, null, null, extensions, List.of(), period);
	}

	@Test
	void aPeriodGivenByTheOfficialIsCountedInWorkingDaysFromTheRulesStartEventAcrossTet() {
		Deadline deadline = this.engine.compute(withPeriod(DeadlineEngineTests.BOARD, LocalDate.of(2026, 2, 3),
				LocalDate.of(2026, 2, 5), List.of(), new DuePeriod(30, DayCounting.WORKING_DAYS)));

		assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2026, 3, 26));
		DeadlineExplanation explanation = deadline.explanation();
		assertThat(explanation.ruleId()).isEqualTo("official-period");
		assertThat(explanation.ruleName()).isEqualTo("Hạn do người ban hành quy định: 30 ngày làm việc");
		assertThat(explanation.ruleNameEn()).isEqualTo("Period given by the issuing official: 30 working days");
		assertThat(explanation.legalSource()).contains("tính từ ngày nhận như quy tắc board-answer-15-days");
		assertThat(explanation.startsFrom()).isEqualTo(DeadlineStart.DELIVERY);
		assertThat(explanation.start()).isEqualTo(LocalDate.of(2026, 2, 5));
		assertThat(explanation.skipped()).extracting(SkippedDay::date)
			.contains(LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 20));
		assertThat(explanation.textVi())
			.startsWith("Hạn trả lời 26/03/2026: Hạn do người ban hành quy định: 30 ngày làm việc: 30 ngày làm việc "
					+ "kể từ ngày nhận 05/02/2026");
	}

	@Test
	void aPeriodIsProvisionalUntilTheReceiptIsKnown() {
		Deadline deadline = this.engine.compute(withPeriod(DeadlineEngineTests.FRONT, LocalDate.of(2026, 4, 20), null,
				List.of(), new DuePeriod(5, DayCounting.WORKING_DAYS)));

		// 21, 22, 23, 24 April; 27 is the day in lieu of Hùng Kings' day; 28 April
		assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2026, 4, 28));
		assertThat(deadline.explanation().provisional()).isTrue();
		assertThat(deadline.explanation().start()).isEqualTo(LocalDate.of(2026, 4, 20));
	}

	@Test
	void anExtensionOfAPeriodIsCountedInItsCounting() {
		Deadline deadline = this.engine.compute(withPeriod(DeadlineEngineTests.FRONT, LocalDate.of(2026, 4, 24),
				LocalDate.of(2026, 4, 24), List.of(new Extension(2, "chờ số liệu", "can-bo-1", null)),
				new DuePeriod(1, DayCounting.WORKING_DAYS)));

		// 1 working day: 28 April (27 in lieu); then 29 April, and 4 May after 30/4–1/5
		// and the weekend
		assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2026, 5, 4));
		assertThat(deadline.explanation().adjustmentsEn()).singleElement()
			.asString()
			.startsWith("extended by 2 working days");
	}

}
