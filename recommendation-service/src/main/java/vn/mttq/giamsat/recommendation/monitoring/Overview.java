package vn.mttq.giamsat.recommendation.monitoring;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.CountAtBucket;

import vn.mttq.giamsat.support.messaging.ConsumedEvents;

/**
 * The headline figures of the follow-up, read from the meters: what is open and overdue
 * now (the gauges counted in the database), what happened since this instance started
 * (the counters and timers), and how the event pipeline is doing.
 *
 * @param generatedAt when it was read
 * @param open open items now
 * @param overdue open, unanswered items past their due date today
 * @param slices open and overdue by level and form, largest first
 * @param openByLevel open items by the issuing body's level
 * @param overdueByLevel overdue items by level
 * @param openByForm open items by supervision form (or activity kind)
 * @param overdueByForm overdue items by form
 * @param sinceStart what happened since this instance started
 * @param timeToAnswer how long first answers took since this instance started
 * @param pipeline the event pipeline now
 */
public record Overview(Instant generatedAt, long open, long overdue, List<SliceFigures> slices,
		Map<String, Long> openByLevel, Map<String, Long> overdueByLevel, Map<String, Long> openByForm,
		Map<String, Long> overdueByForm, SinceStart sinceStart, TimeToAnswer timeToAnswer, Pipeline pipeline) {

	/**
	 * Open and overdue items of one level and form.
	 *
	 * @param level the issuing body's level
	 * @param form the supervision form, or the activity kind
	 * @param open open items
	 * @param overdue overdue items
	 */
	public record SliceFigures(String level, String form, long open, long overdue) {
	}

	/**
	 * Counted since this instance started.
	 *
	 * @param tracked items tracked
	 * @param answered first answers
	 * @param answeredOnTime first answers on or before the due date
	 * @param answeredLate first answers after it
	 * @param onTimePercent answeredOnTime ÷ answered in percent, one decimal;
	 * {@code null} before the first answer
	 * @param closed items closed, by outcome
	 * @param overdueMarked overdue marks by the scheduler
	 * @param escalated escalations
	 */
	public record SinceStart(long tracked, long answered, long answeredOnTime, long answeredLate, Double onTimePercent,
			Map<String, Long> closed, long overdueMarked, long escalated) {
	}

	/**
	 * Time from receipt (or issue) to the first answer, since this instance started. The
	 * median and the 90th percentile are known only to the histogram's bucket: "at most N
	 * days", or "more than" its last bound.
	 *
	 * @param answers how many first answers were timed
	 * @param meanDays the mean in days, one decimal; {@code null} without answers
	 * @param median the median's bucket; {@code null} without answers
	 * @param p90 the 90th percentile's bucket; {@code null} without answers
	 */
	public record TimeToAnswer(long answers, Double meanDays, Bound median, Bound p90) {
	}

	/**
	 * Where a percentile falls among the histogram's buckets: exactly one is set.
	 *
	 * @param atMostDays the bucket's upper bound in days
	 * @param moreThanDays the last bound, when the percentile lies beyond it
	 */
	public record Bound(Long atMostDays, Long moreThanDays) {
	}

	/**
	 * The event pipeline now.
	 *
	 * @param outboxPending lifecycle events written but not yet acknowledged by the
	 * broker; {@code null} when unknown
	 * @param outboxOldestAgeSeconds how long the oldest of them has waited; {@code null}
	 * when unknown
	 * @param deadLettersPending records rejected by this service and not replayed;
	 * {@code null} when unknown
	 * @param eventsConsumed records consumed since this instance started, by outcome
	 */
	public record Pipeline(Double outboxPending, Double outboxOldestAgeSeconds, Double deadLettersPending,
			Map<String, Long> eventsConsumed) {
	}

	static Overview read(MeterRegistry meters, Instant now) {
		Map<Slice, Long> open = gaugeValues(meters, OpenItemGauges.OPEN);
		Map<Slice, Long> overdue = gaugeValues(meters, OpenItemGauges.OVERDUE);
		List<SliceFigures> slices = open.keySet()
			.stream()
			.map((slice) -> new SliceFigures(slice.level(), slice.form(), open.getOrDefault(slice, 0L),
					overdue.getOrDefault(slice, 0L)))
			.filter((figures) -> figures.open() > 0 || figures.overdue() > 0)
			.sorted(Comparator.comparingLong(SliceFigures::open)
				.reversed()
				.thenComparing(SliceFigures::level)
				.thenComparing(SliceFigures::form))
			.toList();
		return new Overview(now, sum(open.values()), sum(overdue.values()), slices, by(open, Slice::level),
				by(overdue, Slice::level), by(open, Slice::form), by(overdue, Slice::form), sinceStart(meters),
				timeToAnswer(meters), pipeline(meters));
	}

	private static SinceStart sinceStart(MeterRegistry meters) {
		long onTime = count(meters, RecommendationMeters.ANSWERED, "timeliness", "on_time");
		long late = count(meters, RecommendationMeters.ANSWERED, "timeliness", "late");
		long answered = onTime + late;
		Double percent = (answered == 0) ? null : Math.round(onTime * 1000.0 / answered) / 10.0;
		return new SinceStart(count(meters, RecommendationMeters.TRACKED, null, null), answered, onTime, late, percent,
				countsBy(meters, RecommendationMeters.CLOSED, "outcome"),
				count(meters, RecommendationMeters.OVERDUE_MARKED, null, null),
				count(meters, RecommendationMeters.ESCALATED, null, null));
	}

	private static TimeToAnswer timeToAnswer(MeterRegistry meters) {
		Collection<Timer> timers = meters.find(RecommendationMeters.TIME_TO_ANSWER).timers();
		long answers = timers.stream().mapToLong(Timer::count).sum();
		if (answers == 0) {
			return new TimeToAnswer(0, null, null, null);
		}
		double seconds = timers.stream().mapToDouble((timer) -> timer.totalTime(TimeUnit.SECONDS)).sum();
		double meanDays = Math.round(seconds / answers / Duration.ofDays(1).toSeconds() * 10) / 10.0;
		Map<Double, Double> cumulative = new TreeMap<>();
		for (Timer timer : timers) {
			for (CountAtBucket bucket : timer.takeSnapshot().histogramCounts()) {
				cumulative.merge(bucket.bucket(TimeUnit.SECONDS), bucket.count(), Double::sum);
			}
		}
		return new TimeToAnswer(answers, meanDays, bound(cumulative, answers, 0.5), bound(cumulative, answers, 0.9));
	}

	/**
	 * The first bucket holding the percentile; the histogram's counts are cumulative.
	 */
	private static Bound bound(Map<Double, Double> cumulative, long total, double percentile) {
		double last = 0;
		for (Map.Entry<Double, Double> bucket : cumulative.entrySet()) {
			last = bucket.getKey();
			if (bucket.getValue() >= percentile * total) {
				return new Bound(days(bucket.getKey()), null);
			}
		}
		return new Bound(null, days(last));
	}

	private static long days(double seconds) {
		return Math.round(seconds / Duration.ofDays(1).toSeconds());
	}

	private static Pipeline pipeline(MeterRegistry meters) {
		return new Pipeline(gauge(meters, "outbox.pending"), gauge(meters, "outbox.oldest.age"),
				gauge(meters, "deadletters.pending"), countsBy(meters, ConsumedEvents.METER, "outcome"));
	}

	private static Double gauge(MeterRegistry meters, String name) {
		Gauge gauge = meters.find(name).gauge();
		if (gauge == null) {
			return null;
		}
		double value = gauge.value();
		return Double.isNaN(value) ? null : value;
	}

	private static Map<Slice, Long> gaugeValues(MeterRegistry meters, String name) {
		Map<Slice, Long> values = new TreeMap<>(Comparator.comparing(Slice::level).thenComparing(Slice::form));
		for (Gauge gauge : meters.find(name).gauges()) {
			double value = gauge.value();
			if (!Double.isNaN(value)) {
				values.merge(new Slice(tag(gauge, "level"), tag(gauge, "form")), Math.round(value), Long::sum);
			}
		}
		return values;
	}

	private static long count(MeterRegistry meters, String name, String tag, String value) {
		return Math.round(meters.find(name)
			.counters()
			.stream()
			.filter((counter) -> tag == null || value.equals(counter.getId().getTag(tag)))
			.mapToDouble(Counter::count)
			.sum());
	}

	/**
	 * Only what happened: the counters are registered at 0 for every tag value.
	 */
	private static Map<String, Long> countsBy(MeterRegistry meters, String name, String tag) {
		return meters.find(name)
			.counters()
			.stream()
			.filter((counter) -> counter.count() > 0)
			.collect(Collectors.groupingBy((counter) -> tag(counter, tag), TreeMap::new,
					Collectors.summingLong((counter) -> Math.round(counter.count()))));
	}

	private static String tag(Meter meter, String tag) {
		String value = meter.getId().getTag(tag);
		return (value != null) ? value : Slice.UNKNOWN;
	}

	private static Map<String, Long> by(Map<Slice, Long> counts, Function<Slice, String> key) {
		return counts.entrySet()
			.stream()
			.filter((entry) -> entry.getValue() > 0)
			.collect(Collectors.groupingBy((entry) -> key.apply(entry.getKey()), TreeMap::new,
					Collectors.summingLong(Map.Entry::getValue)));
	}

	private static long sum(Collection<Long> values) {
		return values.stream().mapToLong(Long::longValue).sum();
	}

}
