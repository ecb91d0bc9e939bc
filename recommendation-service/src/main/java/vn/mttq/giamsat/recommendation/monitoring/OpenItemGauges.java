package vn.mttq.giamsat.recommendation.monitoring;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import org.bson.Document;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.aggregation.TypedAggregation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

import vn.mttq.giamsat.recommendation.tracking.RecommendationStatus;
import vn.mttq.giamsat.recommendation.tracking.StepsWritten;
import vn.mttq.giamsat.recommendation.tracking.TrackedRecommendation;
import vn.mttq.giamsat.support.RefreshedGauges;

/**
 * The gauges {@code recommendation.open} and {@code recommendation.overdue} by level and
 * form, counted in the database: at start (so they are right right after a restart),
 * every {@code giamsat.monitoring.gauge-refresh-interval}, and once
 * {@code giamsat.monitoring.gauge-settle-delay} after steps were written (all the steps
 * of that delay share one count: the count reads the whole collection, and counting after
 * every step made a burst of letters count as often as it wrote). Overdue means open,
 * unanswered and past its due date today in Vietnam, as in the agency statistics. Every
 * level and supervision form shows from the start, 0 until counted; any other slice that
 * had items keeps showing 0 once it has none.
 */
@Component
public class OpenItemGauges extends RefreshedGauges {

	static final String OPEN = "recommendation.open";

	static final String OVERDUE = "recommendation.overdue";

	private final MongoTemplate mongo;

	private final Clock clock;

	private final MultiGauge open;

	private final MultiGauge overdue;

	private final Map<Slice, Long> openCounts = new HashMap<>();

	private final Map<Slice, Long> overdueCounts = new HashMap<>();

	OpenItemGauges(MongoTemplate mongo, MeterRegistry meters, Clock clock,
			@Value("${giamsat.monitoring.gauge-refresh-interval:1m}") Duration interval,
			@Value("${giamsat.monitoring.gauge-settle-delay:5s}") Duration settleDelay) {
		super("recommendation-gauges", interval, settleDelay);
		this.mongo = mongo;
		this.clock = clock;
		this.open = MultiGauge.builder(OPEN)
			.description("Open recommendations now, counted in the database")
			.register(meters);
		this.overdue = MultiGauge.builder(OVERDUE)
			.description(
					"Open, unanswered recommendations past their due date today (Vietnam), counted in the database")
			.register(meters);
		Slice.known().forEach((slice) -> {
			this.openCounts.put(slice, 0L);
			this.overdueCounts.put(slice, 0L);
		});
		show(this.open, this.openCounts);
		show(this.overdue, this.overdueCounts);
	}

	/**
	 * Counts the open and overdue items again and sets the gauges.
	 */
	@Override
	public synchronized void refresh() {
		LocalDate today = LocalDate.now(this.clock.withZone(TrackedRecommendation.VIETNAM));
		Criteria openItems = Criteria.where("open").is(true);
		Criteria overdueItems = Criteria.where("open")
			.is(true)
			.and("status")
			.in(RecommendationStatus.UNANSWERED.stream().map(Enum::name).toList())
			.and("dueDate")
			.lt(today);
		Map<Slice, Long> open = count(openItems);
		Map<Slice, Long> overdue = new HashMap<>();
		// Every slice with open items shows its overdue figure, 0 included.
		open.keySet().forEach((slice) -> overdue.put(slice, 0L));
		overdue.putAll(count(overdueItems));
		set(this.open, this.openCounts, open);
		set(this.overdue, this.overdueCounts, overdue);
	}

	private Map<Slice, Long> count(Criteria criteria) {
		TypedAggregation<TrackedRecommendation> aggregation = Aggregation.newAggregation(TrackedRecommendation.class,
				Aggregation.match(criteria),
				Aggregation.group("level", "supervisionForm", "activityKind").count().as("count"));
		Map<Slice, Long> counts = new HashMap<>();
		for (Document row : this.mongo.aggregate(aggregation, Document.class).getMappedResults()) {
			Object id = row.get("_id");
			Document key = (id instanceof Document document) ? document : row;
			Slice slice = Slice.of(key.getString("level"), key.getString("supervisionForm"),
					key.getString("activityKind"));
			counts.merge(slice, ((Number) row.get("count")).longValue(), Long::sum);
		}
		return counts;
	}

	private static void set(MultiGauge gauge, Map<Slice, Long> shown, Map<Slice, Long> counted) {
		shown.replaceAll((slice, count) -> 0L);
		shown.putAll(counted);
		show(gauge, shown);
	}

	private static void show(MultiGauge gauge, Map<Slice, Long> shown) {
		gauge.register(shown.entrySet()
			.stream()
			.map((entry) -> MultiGauge.Row.of(entry.getKey().tags(), entry.getValue()))
			.toList(), true);
	}

	/**
	 * Counts again a settle delay after steps were written; steps written while a count
	 * is waiting are counted by that one.
	 */
	@EventListener
	void written(StepsWritten written) {
		refreshSoon();
	}

}
