package vn.mttq.giamsat.supervision.activity;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.bson.Document;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.aggregation.TypedAggregation;
import org.springframework.stereotype.Component;

import vn.mttq.giamsat.supervision.organisation.AdministrativeLevel;
import vn.mttq.giamsat.support.RefreshedGauges;

/**
 * The gauge {@code supervision.activities} by kind, level and form: the activities stored
 * now, counted in the database at start (so it is right right after a restart), every
 * {@code giamsat.monitoring.gauge-refresh-interval}, and soon after an activity is
 * recorded. Every kind, level and form shows from the start, 0 until counted, so a
 * dashboard can list them and shows 0 rather than "No data".
 */
@Component
class ActivityGauges extends RefreshedGauges {

	static final String ACTIVITIES = "supervision.activities";

	private static final String UNKNOWN = "UNKNOWN";

	/** The form tag of an activity that is not a supervision. */
	static final String NO_FORM = "NONE";

	private final MongoTemplate mongo;

	private final MultiGauge activities;

	private final Map<Tags, Long> shown = new HashMap<>();

	ActivityGauges(MongoTemplate mongo, MeterRegistry meters,
			@Value("${giamsat.monitoring.gauge-refresh-interval:1m}") Duration interval) {
		// Activities are recorded one by one by people: counted again as soon as one is.
		super("activity-gauges", interval, Duration.ZERO);
		this.mongo = mongo;
		this.activities = MultiGauge.builder(ACTIVITIES)
			.description("Supervision activities stored now, counted in the database")
			.register(meters);
		slices().forEach((tags) -> this.shown.put(tags, 0L));
		show();
	}

	/**
	 * The tags of every activity that can be recorded: each kind, level and form.
	 * @return the kind, level and form tags
	 */
	static List<Tags> slices() {
		List<Tags> slices = new ArrayList<>();
		for (ActivityKind kind : ActivityKind.values()) {
			List<String> forms = (kind == ActivityKind.SUPERVISION)
					? Arrays.stream(SupervisionForm.values()).map(Enum::name).toList() : List.of(NO_FORM);
			for (AdministrativeLevel level : AdministrativeLevel.values()) {
				for (String form : forms) {
					slices.add(Tags.of("kind", kind.name(), "level", level.name(), "form", form));
				}
			}
		}
		return slices;
	}

	/**
	 * The form tag of an activity: its form for a supervision, {@value #NO_FORM} for the
	 * other kinds, whatever form one stored before may carry.
	 * @param kind the activity's kind
	 * @param form its form
	 * @return the tag
	 */
	static String formTag(String kind, SupervisionForm form) {
		return formTag(kind, (form != null) ? form.name() : null);
	}

	private static String formTag(String kind, String form) {
		if (!ActivityKind.SUPERVISION.name().equals(kind)) {
			return NO_FORM;
		}
		return known(form, SupervisionForm.class);
	}

	/** Counts the activities again and sets the gauge. */
	@Override
	protected synchronized void refresh() {
		TypedAggregation<Activity> aggregation = Aggregation.newAggregation(Activity.class,
				Aggregation.group("kind", "level", "form").count().as("count"));
		Map<Tags, Long> counted = new HashMap<>();
		for (Document row : this.mongo.aggregate(aggregation, Document.class).getMappedResults()) {
			Object id = row.get("_id");
			Document key = (id instanceof Document document) ? document : row;
			Tags tags = Tags.of("kind", known(key.getString("kind"), ActivityKind.class), "level",
					known(key.getString("level"), AdministrativeLevel.class), "form",
					formTag(key.getString("kind"), key.getString("form")));
			counted.merge(tags, ((Number) row.get("count")).longValue(), Long::sum);
		}
		this.shown.replaceAll((tags, count) -> 0L);
		this.shown.putAll(counted);
		show();
	}

	private void show() {
		this.activities.register(this.shown.entrySet()
			.stream()
			.map((entry) -> MultiGauge.Row.of(entry.getKey(), entry.getValue()))
			.toList(), true);
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

}
