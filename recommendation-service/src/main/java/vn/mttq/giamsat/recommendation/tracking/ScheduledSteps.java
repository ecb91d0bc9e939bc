package vn.mttq.giamsat.recommendation.tracking;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BooleanSupplier;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * The steps nobody takes by hand: reminders, the overdue mark and escalations when their
 * day comes, and new due dates when the calendar changes. Each step is recorded in the
 * recommendation with the point it belongs to, and written under the recommendation's
 * version, so a pass repeated, run late or run by two instances at once takes each step
 * once.
 */
@Service
public class ScheduledSteps {

	private static final int BATCH = 500;

	private final RecommendationStore store;

	private final MongoTemplate mongo;

	private final DueDates dueDates;

	private final SchedulePolicy policy;

	private final EscalationTargets targets;

	private final MeterRegistry meters;

	private final Clock clock;

	ScheduledSteps(RecommendationStore store, MongoTemplate mongo, DueDates dueDates, SchedulePolicy policy,
			EscalationTargets targets, MeterRegistry meters, Clock clock) {
		this.store = store;
		this.mongo = mongo;
		this.dueDates = dueDates;
		this.policy = policy;
		this.targets = targets;
		this.meters = meters;
		this.clock = clock;
	}

	/**
	 * Takes every step due today (Vietnam time), including those missed while the service
	 * was down.
	 * @param stillOwner asked between batches whether this instance still holds the lock
	 * @return how many steps were taken
	 */
	public int runDue(BooleanSupplier stillOwner) {
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.ofInstant(now, TrackedRecommendation.VIETNAM);
		int steps = 0;
		String after = "";
		while (stillOwner.getAsBoolean()) {
			// Paging by id: an item whose step failed keeps its day and is not met again
			// in this pass.
			Query due = Query.query(Criteria.where("open").is(true).and("nextCheckOn").lte(today).and("_id").gt(after))
				.with(Sort.by("_id"))
				.limit(BATCH);
			List<TrackedRecommendation> batch = this.store.find(due);
			if (batch.isEmpty()) {
				break;
			}
			for (TrackedRecommendation recommendation : batch) {
				steps += runFor(recommendation, today, now);
			}
			after = batch.get(batch.size() - 1).id();
		}
		return steps;
	}

	private int runFor(TrackedRecommendation recommendation, LocalDate today, Instant now) {
		int[] taken = { 0 };
		return this.store.change(recommendation, (current) -> {
			taken[0] = current.runSchedule(today, now, this.policy, this.targets);
			return taken[0] > 0;
		}).map((written) -> {
			List<HistoryEntry> history = written.history();
			history.subList(history.size() - taken[0], history.size())
				.forEach(
						(step) -> this.meters.counter("recommendation.scheduler.steps", "transition", step.transition())
							.increment());
			return taken[0];
		}).orElse(0);
	}

	/**
	 * Recomputes the due dates of open, unanswered items computed with another calendar
	 * than the one now loaded; each changed date is recorded as a step with the reason.
	 * @param calendarVersion the version of the calendar now loaded
	 * @return how many due dates changed
	 */
	public int recalculate(String calendarVersion) {
		Instant now = this.clock.instant();
		Query stale = Query.query(Criteria.where("open")
			.is(true)
			.and("status")
			.in(RecommendationStatus.UNANSWERED)
			.and("dueDateExplanation.calendarVersion")
			.ne(calendarVersion));
		int changed = 0;
		String reason = StepNotes.VI.text("calendar-updated", calendarVersion);
		for (TrackedRecommendation recommendation : this.store.find(stale)) {
			TrackedRecommendation[] seen = { recommendation };
			boolean moved = this.store.change(recommendation, (current) -> {
				seen[0] = current;
				return current.recalculate(this.dueDates, now, this.policy, reason);
			}).isPresent();
			if (moved) {
				changed++;
			}
			else {
				// Same date under the new calendar: keep the explanation current quietly.
				this.mongo.updateFirst(Query.query(Criteria.where("_id").is(seen[0].id())),
						new Update().set("dueDateExplanation", seen[0].deadline().dueDateExplanation()),
						TrackedRecommendation.class);
			}
		}
		this.meters.counter("recommendation.due_dates.recalculated").increment(changed);
		return changed;
	}

}
