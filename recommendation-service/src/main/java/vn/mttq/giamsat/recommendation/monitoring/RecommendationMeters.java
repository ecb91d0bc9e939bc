package vn.mttq.giamsat.recommendation.monitoring;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.mttq.giamsat.events.recommendation.Transition;
import vn.mttq.giamsat.recommendation.tracking.Closure;
import vn.mttq.giamsat.recommendation.tracking.Escalation;
import vn.mttq.giamsat.recommendation.tracking.HistoryEntry;
import vn.mttq.giamsat.recommendation.tracking.LifecycleProperties;
import vn.mttq.giamsat.recommendation.tracking.StepsWritten;
import vn.mttq.giamsat.recommendation.tracking.TrackedRecommendation;

/**
 * Moves the business counters and timers for each step written, once: items tracked,
 * first answers (on time or late) with the time they took, closures with the time from
 * issue, overdue marks and escalations, each by level and form. Every meter is registered
 * at start at 0 for every level, supervision form and other bounded tag, so Prometheus
 * has a sample from before the first step ({@code increase()} sees it) and a panel shows
 * 0 rather than "No data".
 */
@Component
public class RecommendationMeters {

	static final String TRACKED = "recommendation.tracked";

	static final String ANSWERED = "recommendation.answered";

	static final String CLOSED = "recommendation.closed";

	static final String OVERDUE_MARKED = "recommendation.overdue.marked";

	static final String ESCALATED = "recommendation.escalated";

	static final String TIME_TO_ANSWER = "recommendation.time.to.answer";

	static final String TIME_TO_CLOSE = "recommendation.time.to.close";

	/** The service level objectives of an answer, as histogram buckets. */
	static final List<Duration> ANSWER_BUCKETS = days(7, 15, 30, 45, 60, 90);

	/** The service level objectives of a closure, as histogram buckets. */
	static final List<Duration> CLOSE_BUCKETS = days(15, 30, 60, 90, 180, 365);

	/** The steps that answer a recommendation (same meaning as the agency statistics). */
	private static final Set<Transition> ANSWERS = EnumSet.of(Transition.ACCEPTED, Transition.EXPLAINED,
			Transition.REVIEW_REQUESTED);

	/** The steps that prove the addressee had the item: the count to answer starts. */
	private static final Set<Transition> RECEIPTS = EnumSet.of(Transition.RECEIVED, Transition.ACKNOWLEDGED);

	private static final List<String> TIMELINESS = List.of("on_time", "late");

	private static final List<String> OUTCOMES = List.of("resolved", "unresolved", "withdrawn");

	private final MeterRegistry meters;

	RecommendationMeters(MeterRegistry meters, LifecycleProperties lifecycle) {
		this.meters = meters;
		List<Integer> stages = IntStream
			.rangeClosed(0, (int) lifecycle.escalationDaysAfter().stream().distinct().count())
			.boxed()
			.toList();
		for (Slice slice : Slice.known()) {
			tracked(slice);
			overdueMarked(slice);
			TIMELINESS.forEach((timeliness) -> answered(slice, timeliness));
			OUTCOMES.forEach((outcome) -> closed(slice, outcome));
			stages.forEach((stage) -> escalated(slice, stage));
			timeToAnswer(slice);
			timeToClose(slice);
		}
	}

	@EventListener
	void written(StepsWritten written) {
		TrackedRecommendation recommendation = written.recommendation();
		Slice slice = Slice.of(recommendation);
		List<Escalation> escalations = recommendation.escalations();
		int escalationSteps = (int) written.steps().stream().filter((step) -> step.is(Transition.ESCALATED)).count();
		int escalation = escalations.size() - escalationSteps;
		for (HistoryEntry step : written.steps()) {
			Transition transition = step.lifecycle().orElse(null);
			if (transition == null) {
				continue;
			}
			switch (transition) {
				case TRACKED -> tracked(slice).increment();
				case ACCEPTED, EXPLAINED, REVIEW_REQUESTED -> answered(recommendation, step, slice);
				case CLOSED -> closed(recommendation, step, slice);
				case MARKED_OVERDUE -> overdueMarked(slice).increment();
				case ESCALATED -> {
					int stage = (escalation >= 0 && escalation < escalations.size())
							? escalations.get(escalation).step() : 0;
					escalation++;
					escalated(slice, stage).increment();
				}
				default -> {
				}
			}
		}
	}

	/**
	 * Counts the first answer of an item, on time when given on or before the due date
	 * (or when there is none), and times it from the receipt, or from the issue when no
	 * receipt is known.
	 */
	private void answered(TrackedRecommendation recommendation, HistoryEntry answer, Slice slice) {
		List<HistoryEntry> before = recommendation.history()
			.stream()
			.filter((step) -> step.sequence() < answer.sequence())
			.toList();
		if (before.stream().anyMatch((step) -> step.lifecycle().filter(ANSWERS::contains).isPresent())) {
			return;
		}
		LocalDate answeredOn = LocalDate.ofInstant(answer.at(), TrackedRecommendation.VIETNAM);
		LocalDate due = recommendation.dueDate();
		String timeliness = (due == null || !answeredOn.isAfter(due)) ? "on_time" : "late";
		answered(slice, timeliness).increment();
		Instant start = before.stream()
			.filter((step) -> step.lifecycle().filter(RECEIPTS::contains).isPresent())
			.map(HistoryEntry::at)
			.min(Instant::compareTo)
			.orElseGet(() -> issued(recommendation));
		timeToAnswer(slice).record(between(start, answer.at()));
	}

	private void closed(TrackedRecommendation recommendation, HistoryEntry step, Slice slice) {
		closed(slice, outcome(recommendation)).increment();
		timeToClose(slice).record(between(issued(recommendation), step.at()));
	}

	/**
	 * The closing outcome: an agreed explanation counts with the unresolved ones, as in
	 * supervision-service's live status.
	 */
	private static String outcome(TrackedRecommendation recommendation) {
		Closure closure = recommendation.closure();
		if (closure == null) {
			return Slice.UNKNOWN.toLowerCase(Locale.ROOT);
		}
		return switch (closure) {
			case RESOLVED -> "resolved";
			case UNRESOLVED, AGREED -> "unresolved";
			case WITHDRAWN -> "withdrawn";
		};
	}

	private static String stage(int step) {
		return (step > 0) ? String.valueOf(step) : "manual";
	}

	private static Instant issued(TrackedRecommendation recommendation) {
		if (recommendation.issuedAt() != null) {
			return recommendation.issuedAt();
		}
		return (recommendation.trackedAt() != null) ? recommendation.trackedAt() : recommendation.history().get(0).at();
	}

	private static Duration between(Instant from, Instant to) {
		Duration duration = Duration.between(from, to);
		return duration.isNegative() ? Duration.ZERO : duration;
	}

	private Counter tracked(Slice slice) {
		return counter(TRACKED, "Recommendations tracked", slice.tags());
	}

	private Counter overdueMarked(Slice slice) {
		return counter(OVERDUE_MARKED, "Recommendations marked overdue by the scheduler", slice.tags());
	}

	private Counter answered(Slice slice, String timeliness) {
		return counter(ANSWERED, "Recommendations answered for the first time, on time or late",
				slice.tags().and("timeliness", timeliness));
	}

	private Counter closed(Slice slice, String outcome) {
		return counter(CLOSED, "Recommendations closed, by outcome", slice.tags().and("outcome", outcome));
	}

	private Counter escalated(Slice slice, int stage) {
		return counter(ESCALATED, "Recommendations escalated, by stage", slice.tags().and("stage", stage(stage)));
	}

	private Timer timeToAnswer(Slice slice) {
		return timer(TIME_TO_ANSWER, "From receipt (or issue) to the first answer", ANSWER_BUCKETS, slice);
	}

	private Timer timeToClose(Slice slice) {
		return timer(TIME_TO_CLOSE, "From issue to closing", CLOSE_BUCKETS, slice);
	}

	private Counter counter(String name, String description, Tags tags) {
		return Counter.builder(name).description(description).tags(tags).register(this.meters);
	}

	private Timer timer(String name, String description, List<Duration> buckets, Slice slice) {
		return Timer.builder(name)
			.description(description)
			.tags(slice.tags())
			.serviceLevelObjectives(buckets.toArray(Duration[]::new))
			.minimumExpectedValue(buckets.get(0))
			.maximumExpectedValue(buckets.get(buckets.size() - 1))
			.register(this.meters);
	}

	private static List<Duration> days(int... days) {
		return Arrays.stream(days).mapToObj(Duration::ofDays).toList();
	}

}
