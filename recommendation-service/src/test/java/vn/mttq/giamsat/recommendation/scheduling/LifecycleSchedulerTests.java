package vn.mttq.giamsat.recommendation.scheduling;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.mttq.giamsat.events.Topics;
import vn.mttq.giamsat.events.recommendation.RecommendationLifecycleEvent;
import vn.mttq.giamsat.events.supervision.OrganisationChanged;
import vn.mttq.giamsat.events.supervision.RecommendationIssued;
import vn.mttq.giamsat.localstack.LocalStack;
import vn.mttq.giamsat.localstack.TopicReader;
import vn.mttq.giamsat.localstack.WithLocalStack;
import vn.mttq.giamsat.recommendation.deadline.DeadlineEngine;
import vn.mttq.giamsat.recommendation.deadline.WorkingCalendar;
import vn.mttq.giamsat.recommendation.tracking.LifecycleProperties;
import vn.mttq.giamsat.recommendation.tracking.RecommendationTracking;
import vn.mttq.giamsat.recommendation.tracking.ScheduledSteps;
import vn.mttq.giamsat.support.directory.OrganisationDirectory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scheduler against the real database and broker, with a clock the test moves: one
 * recommendation due on 1 April 2026 (set by the official), reminded 7 and 1 days before,
 * escalated when 10 days late.
 */
@WithLocalStack
@SpringBootTest(
		properties = { "giamsat.lifecycle.reminder-days-before=7,1", "giamsat.lifecycle.escalation-days-after=10" })
class LifecycleSchedulerTests {

	private static final LocalDate ISSUED_ON = LocalDate.of(2026, 3, 2);

	private static final LocalDate DUE = LocalDate.of(2026, 4, 1);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Path CALENDAR_DIRECTORY = temporaryDirectory();

	@DynamicPropertySource
	static void calendarDirectory(DynamicPropertyRegistry registry) {
		registry.add("giamsat.calendar.directory", CALENDAR_DIRECTORY::toString);
	}

	private static Path temporaryDirectory() {
		try {
			return Files.createTempDirectory("calendar-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Autowired
	LifecycleScheduler scheduler;

	@Autowired
	RecommendationTracking tracking;

	@Autowired
	OrganisationDirectory directory;

	@Autowired
	MutableClock clock;

	@Autowired
	ScheduledSteps steps;

	@Autowired
	WorkingCalendar calendar;

	@Autowired
	DeadlineEngine engine;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	LifecycleProperties properties;

	String id;

	String agency;

	@BeforeEach
	void recommendation() {
		this.clock.set(morning(ISSUED_ON));
		this.id = UUID.randomUUID().toString();
		this.agency = "so-lich-" + UUID.randomUUID();
		this.directory.apply(new OrganisationChanged(UUID.randomUUID().toString(), Instant.now(), this.agency, 1,
				"Sở thử lịch", "DEPARTMENT", "PROVINCE", "tinh-dien-bien", "ubnd-tinh-dien-bien",
				LocalDate.of(2025, 3, 1), null, List.of()));
		this.tracking.track(new RecommendationIssued(UUID.randomUUID().toString(), morning(ISSUED_ON), this.id,
				"letter-s", "7/KN-MTTQ", "activity-s", "ubmttq-tinh-dien-bien", this.agency, "Báo cáo kết quả hỗ trợ",
				ISSUED_ON, DUE));
	}

	@Test
	void movingTheClockAcrossTheDueDateGivesExactlyOneReminderOneOverdueAndOneEscalation(LocalStack stack) {
		for (LocalDate day = ISSUED_ON; !day.isAfter(DUE.plusDays(20)); day = day.plusDays(1)) {
			this.clock.set(morning(day));
			this.scheduler.runPass();
			this.scheduler.runPass();
		}

		List<RecommendationLifecycleEvent> events = lifecycle(stack, 5);
		assertThat(events).extracting(RecommendationLifecycleEvent::transition)
			.containsExactly("TRACKED", "REMINDED", "REMINDED", "MARKED_OVERDUE", "ESCALATED");
		assertThat(events.get(1).occurredAt()).isEqualTo(morning(DUE.minusDays(7)));
		assertThat(events.get(2).occurredAt()).isEqualTo(morning(DUE.minusDays(1)));
		assertThat(events.get(3).occurredAt()).isEqualTo(morning(DUE.plusDays(1)));
		assertThat(events.get(4).occurredAt()).isEqualTo(morning(DUE.plusDays(10)));
		assertThat(events.get(4).recommendation().escalatedToIds()).as("the agency's superior, from the directory")
			.containsExactly("ubnd-tinh-dien-bien");
	}

	@Test
	void afterDowntimeThePassCatchesUpWithoutTheStaleReminders(LocalStack stack) {
		this.clock.set(morning(DUE.plusDays(15)));

		LifecycleScheduler.Pass pass = this.scheduler.runPass();

		assertThat(pass.ran()).isTrue();
		assertThat(lifecycle(stack, 3)).extracting(RecommendationLifecycleEvent::transition)
			.containsExactly("TRACKED", "MARKED_OVERDUE", "ESCALATED");
	}

	@Test
	void twoInstancesRunningPassesAtOnceTakeEachStepOnce(LocalStack stack) {
		LifecycleScheduler other = new LifecycleScheduler(this.steps, this.calendar, this.engine, this.mongo,
				this.properties, new SimpleMeterRegistry());
		for (LocalDate day : List.of(DUE.minusDays(7), DUE.minusDays(1), DUE.plusDays(1), DUE.plusDays(10))) {
			this.clock.set(morning(day));
			CompletableFuture<?> first = CompletableFuture.runAsync(this.scheduler::runPass);
			CompletableFuture<?> second = CompletableFuture.runAsync(other::runPass);
			CompletableFuture.allOf(first, second).join();
			this.scheduler.runPass();
		}

		assertThat(lifecycle(stack, 5)).extracting(RecommendationLifecycleEvent::transition)
			.containsExactly("TRACKED", "REMINDED", "REMINDED", "MARKED_OVERDUE", "ESCALATED");
	}

	@Test
	void whenTheCalendarDataChangesOpenDueDatesAreRecomputedAndTheChangeRecorded(LocalStack stack) throws IOException {
		LocalDate issued = LocalDate.of(2028, 3, 1);
		this.clock.set(morning(issued));
		String item = UUID.randomUUID().toString();
		this.tracking.track(new RecommendationIssued(UUID.randomUUID().toString(), morning(issued), item, "letter-c",
				"8/KN-MTTQ", "activity-c", "ubmttq-tinh-dien-bien", this.agency, "Báo cáo", issued, null));
		this.scheduler.runPass();
		assertThat(dueDate(item)).as("30 calendar days, provisionally from the issue date").isEqualTo("2028-03-31");

		Files.writeString(CALENDAR_DIRECTORY.resolve("vn-2028.yml"), """
				year: 2028
				source: "Thông báo thử nghiệm"
				daysOff:
				  - date: 2028-03-31
				    kind: SWAPPED_DAY_OFF
				    name: "Nghỉ hoán đổi thử nghiệm"
				    source: "Thông báo thử nghiệm"
				""");
		LifecycleScheduler.Pass pass = this.scheduler.runPass();

		assertThat(pass.recalculated()).isGreaterThanOrEqualTo(1);
		assertThat(dueDate(item)).isEqualTo("2028-04-03");
		List<RecommendationLifecycleEvent> events = lifecycle(stack, item, 2);
		assertThat(events).extracting(RecommendationLifecycleEvent::transition)
			.containsExactly("TRACKED", "DUE_DATE_CHANGED");
		assertThat(events.get(1).note()).contains("Lịch ngày nghỉ được cập nhật").contains("31/03/2028 → 03/04/2028");
		assertThat(this.scheduler.runPass().recalculated()).as("nothing more to recompute").isZero();
	}

	@Test
	void aMalformedCalendarFileDoesNotStopRemindersAndEscalations(LocalStack stack) throws IOException {
		Path broken = CALENDAR_DIRECTORY.resolve("vn-2029.yml");
		Files.writeString(broken, "year: 2029\ndaysOff:\n  - date: 2029-02-30\n");
		try {
			this.clock.set(morning(DUE.plusDays(1)));

			assertThat(this.scheduler.runPass().ran()).isTrue();

			assertThat(lifecycle(stack, 2)).extracting(RecommendationLifecycleEvent::transition)
				.containsExactly("TRACKED", "MARKED_OVERDUE");
		}
		finally {
			Files.delete(broken);
		}
	}

	@Test
	void aPassIsSkippedWhileAnotherInstanceHoldsTheLease() {
		SchedulerLease held = SchedulerLease.in(this.mongo, "lifecycle-scheduler", Duration.ofMinutes(5));
		assertThat(held.tryAcquire()).isTrue();
		try {
			assertThat(this.scheduler.runPass().ran()).isFalse();
		}
		finally {
			held.release();
		}
		assertThat(this.scheduler.runPass().ran()).isTrue();
	}

	private String dueDate(String item) {
		return String.valueOf(this.mongo.findById(item, org.bson.Document.class, "recommendations")
			.get("dueDate", java.util.Date.class)
			.toInstant()
			.atZone(ZoneOffset.UTC)
			.toLocalDate());
	}

	private List<RecommendationLifecycleEvent> lifecycle(LocalStack stack, int expected) {
		return lifecycle(stack, this.id, expected);
	}

	private List<RecommendationLifecycleEvent> lifecycle(LocalStack stack, String key, int expected) {
		try (TopicReader reader = TopicReader.fromBeginning(stack.kafka().bootstrapServers(),
				Topics.RECOMMENDATION_LIFECYCLE)) {
			reader.await((record) -> key.equals(record.key()), expected, Duration.ofSeconds(30));
			// Anything more would be a duplicate: read a little longer to see it.
			List<ConsumerRecord<String, byte[]>> all = reader.readFor(Duration.ofSeconds(1));
			return all.stream()
				.filter((record) -> key.equals(record.key()))
				.map((record) -> JSON.readValue(record.value(), RecommendationLifecycleEvent.class))
				.toList();
		}
	}

	private static Instant morning(LocalDate day) {
		return day.atTime(9, 0).toInstant(ZoneOffset.ofHours(7));
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class ControllableClock {

		@Bean
		@Primary
		MutableClock mutableClock() {
			return new MutableClock(Instant.parse("2026-03-02T02:00:00Z"));
		}

	}

}
