package vn.mttq.giamsat.supervision.activity;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.bson.Document;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.aggregation.TypedAggregation;
import org.springframework.stereotype.Component;

import vn.mttq.giamsat.supervision.organisation.AdministrativeLevel;
import vn.mttq.giamsat.support.GaugeRefresher;

/**
 * The gauge {@code supervision.activities} by kind, level and form: the activities stored
 * now, counted in the database at start (so it is right right after a restart), every
 * {@code giamsat.monitoring.gauge-refresh-interval}, and soon after an activity is
 * recorded.
 */
@Component
class ActivityGauges implements SmartLifecycle {

	static final String ACTIVITIES = "supervision.activities";

	private static final String UNKNOWN = "UNKNOWN";

	private final MongoTemplate mongo;

	private final MultiGauge activities;

	private final Map<Tags, Long> shown = new HashMap<>();

	private final GaugeRefresher refresher;

	ActivityGauges(MongoTemplate mongo, MeterRegistry meters,
			@Value("${giamsat.monitoring.gauge-refresh-interval:1m}") Duration interval) {
		this.mongo = mongo;
		// Activities are recorded one by one by people: counted again as soon as one is.
		this.refresher = new GaugeRefresher("activity-gauges", this::refresh, interval, Duration.ZERO);
		this.activities = MultiGauge.builder(ACTIVITIES)
			.description("Supervision activities stored now, counted in the database")
			.register(meters);
	}

	/** Counts the activities again and sets the gauge. */
	synchronized void refresh() {
		TypedAggregation<Activity> aggregation = Aggregation.newAggregation(Activity.class,
				Aggregation.group("kind", "level", "form").count().as("count"));
		Map<Tags, Long> counted = new HashMap<>();
		for (Document row : this.mongo.aggregate(aggregation, Document.class).getMappedResults()) {
			Object id = row.get("_id");
			Document key = (id instanceof Document document) ? document : row;
			Tags tags = Tags.of("kind", known(key.getString("kind"), ActivityKind.class), "level",
					known(key.getString("level"), AdministrativeLevel.class), "form",
					known(key.getString("form"), SupervisionForm.class));
			counted.merge(tags, ((Number) row.get("count")).longValue(), Long::sum);
		}
		this.shown.replaceAll((tags, count) -> 0L);
		this.shown.putAll(counted);
		this.activities.register(this.shown.entrySet()
			.stream()
			.map((entry) -> MultiGauge.Row.of(entry.getKey(), entry.getValue()))
			.toList(), true);
	}

	/**
	 * Counts again soon; requests made while one is waiting are served by that one.
	 */
	void refreshSoon() {
		this.refresher.requestSoon();
	}

	private static <E extends Enum<E>> String known(String value, Class<E> type) {
		if (value != null) {
			for (E known : type.getEnumConstants()) {
				if (known.name().equals(value)) {
					return value;
				}
			}
		}
		return UNKNOWN;
	}

	@Override
	public void start() {
		this.refresher.start();
	}

	@Override
	public void stop() {
		this.refresher.stop();
	}

	@Override
	public boolean isRunning() {
		return this.refresher.isRunning();
	}

}
