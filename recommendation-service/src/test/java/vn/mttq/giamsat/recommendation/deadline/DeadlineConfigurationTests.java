package vn.mttq.giamsat.recommendation.deadline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class DeadlineConfigurationTests {

	private final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(
			DeadlineConfiguration.class, WorkingCalendar.class, DeadlineRules.class, DeadlineEngine.class);

	@Test
	void runsOnTheShippedDataWithoutAnyProperty() {
		this.context.run((context) -> {
			assertThat(context).hasNotFailed();
			DeadlineEngine engine = context.getBean(DeadlineEngine.class);
			assertThat(engine.compute(DeadlineInput.issued(DeadlineSubject.unknown(), LocalDate.of(2026, 3, 2)))
				.explanation()
				.days()).isEqualTo(30);
		});
	}

	@Test
	void bindsTheOperatorsDefaultAndCalendarDirectory(@TempDir Path directory) throws IOException {
		Files.writeString(directory.resolve("vn-2028.yml"), """
				year: 2028
				source: "Thông báo giả định"
				workingDays:
				  - date: 2028-02-05
				    name: "Làm bù"
				""");
		this.context.withPropertyValues("giamsat.deadline.rules.front-default.days=20",
				"giamsat.deadline.rules.front-default.counting=WORKING_DAYS", "giamsat.calendar.directory=" + directory)
			.run((context) -> {
				DeadlineRule rule = context.getBean(DeadlineRules.class).ruleFor(DeadlineSubject.unknown());
				assertThat(rule.days()).isEqualTo(20);
				assertThat(rule.counting()).isEqualTo(DayCounting.WORKING_DAYS);
				assertThat(context.getBean(WorkingCalendar.class).isWorkingDay(LocalDate.of(2028, 2, 5))).isTrue();
			});
	}

	@Test
	void bindsTheOperatorsSwitchOfAnUnconfirmedDayOff() {
		this.context.withPropertyValues("giamsat.calendar.excluded-occasions=culture-day").run((context) -> {
			WorkingCalendar calendar = context.getBean(WorkingCalendar.class);
			assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 24))).isTrue();
			assertThat(calendar.version()).isNotEqualTo(WorkingCalendar.fromClasspath().version());
		});
	}

	@Test
	void failsToStartWhenTheSwitchNamesADayThatIsNotUnconfirmed() {
		this.context.withPropertyValues("giamsat.calendar.excluded-occasions=national-day").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOf(DeadlineDataException.class)
				.hasMessageContaining("'national-day' is not an unconfirmed recurring holiday");
		});
	}

	@Test
	void failsToStartOnAnOverrideOfAnUnknownRule() {
		this.context.withPropertyValues("giamsat.deadline.rules.front-defualt.days=20").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOf(DeadlineDataException.class)
				.hasMessageContaining("there is no rule 'front-defualt'");
		});
	}

}
