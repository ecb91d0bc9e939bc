package vn.mttq.giamsat.supervision.activity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Service;

import vn.mttq.giamsat.supervision.organisation.DirectoryQueries;
import vn.mttq.giamsat.supervision.organisation.Organisation;
import vn.mttq.giamsat.supervision.organisation.search.WrittenText;
import vn.mttq.giamsat.supervision.web.Dates;
import vn.mttq.giamsat.supervision.web.FieldProblem;
import vn.mttq.giamsat.supervision.web.FrontBody;
import vn.mttq.giamsat.supervision.web.RulesViolatedException;
import vn.mttq.giamsat.support.domain.ConflictException;
import vn.mttq.giamsat.support.domain.ForbiddenException;
import vn.mttq.giamsat.support.domain.InvalidStateException;
import vn.mttq.giamsat.support.domain.Phrase;
import vn.mttq.giamsat.support.domain.ResourceNotFoundException;
import vn.mttq.giamsat.support.security.Actor;

/**
 * Records activities after checking the rules the law puts on them (the level and bodies
 * as they were on the day, legal bases in force, the delegation's dates), moves them
 * through their statuses, and finds them again.
 */
@Service
public class ActivityManagement {

	private static final String RECORDED = "supervision.activities.recorded";

	private final ActivityRepository activities;

	private final MongoTemplate mongo;

	private final DirectoryQueries directory;

	private final ActivityChecks checks;

	private final MeterRegistry meters;

	private final ActivityGauges gauges;

	private final Clock clock;

	ActivityManagement(ActivityRepository activities, MongoTemplate mongo, DirectoryQueries directory,
			ActivityChecks checks, MeterRegistry meters, ActivityGauges gauges, Clock clock) {
		this.meters = meters;
		// From 0, so that Prometheus sees the first activity of each kind, level and
		// form.
		ActivityGauges.slices().forEach((tags) -> meters.counter(RECORDED, tags));
		this.gauges = gauges;
		this.activities = activities;
		this.mongo = mongo;
		this.directory = directory;
		this.checks = checks;
		this.clock = clock;
	}

	Activity record(RecordActivity request, Actor actor) {
		String supervisingBodyId = FrontBody.actingFor(actor, request.supervisingBodyId(), "supervisingBodyId");
		Organisation body = this.checks.check(request, supervisingBodyId);
		Activity activity = Activity.record(UUID.randomUUID().toString(), request, supervisingBodyId, body.level(),
				body.administrativeUnitId(), actor, this.clock.instant());
		try {
			Activity saved = this.activities.insert(activity);
			this.meters
				.counter(RECORDED, "kind", saved.kind().name(), "level", saved.level().name(), "form",
						ActivityGauges.formTag(saved.kind().name(), saved.supervisionForm()))
				.increment();
			this.gauges.refreshSoon();
			return saved;
		}
		catch (DuplicateKeyException ex) {
			String existing = this.activities.findByReferenceKey(activity.referenceKey())
				.map(Activity::id)
				.orElse(null);
			throw new ConflictException(Phrase.of("activity.reference-taken",
					"{0} already recorded an activity with the reference {1}", body.name(), request.reference()),
					existing);
		}
	}

	/**
	 * Returns an activity the actor may see.
	 * @param id the activity id
	 * @param actor who asks
	 * @return the activity
	 * @throws ResourceNotFoundException if there is none with that id that the actor may
	 * see, so that another agency's activity does not reveal that it exists
	 */
	public Activity get(String id, Actor actor) {
		return this.activities.findById(id)
			.filter((activity) -> activity.visibleTo(actor))
			.orElseThrow(() -> new ResourceNotFoundException("Activity", id));
	}

	/**
	 * Returns the activities led by some bodies that started in a period, for reports.
	 * @param bodyIds the supervising bodies
	 * @param from the first day
	 * @param to the last day
	 * @return the activities
	 */
	public List<Activity> startedIn(java.util.Collection<String> bodyIds, LocalDate from, LocalDate to) {
		Query query = Query.query(Criteria.where("supervisingBodyId")
			.in(bodyIds)
			.and("startDate")
			.gte(from)
			.lte(to)
			.and("status")
			.ne(ActivityStatus.CANCELLED));
		return this.mongo.find(query, Activity.class);
	}

	Activity changeStatus(String id, ChangeStatus request, Actor actor) {
		Activity activity = ownActivity(id, actor);
		if (!activity.status().next().contains(request.to())) {
			throw new InvalidStateException(
					Phrase.of("activity.transition-not-allowed", "The activity is {0}; it cannot become {1} now",
							ActivityPhrases.status(activity.status()), ActivityPhrases.status(request.to())),
					activity.status().name(), allowedBesides(activity, null));
		}
		if (request.to() == ActivityStatus.CANCELLED && isBlank(request.note())) {
			throw new RulesViolatedException("note",
					Phrase.of("activity.cancel-needs-note", "Say why the activity is cancelled"));
		}
		if (request.to() == ActivityStatus.CONCLUDED && isBlank(request.conclusion())) {
			throw new RulesViolatedException("conclusion", Phrase.of("activity.conclude-needs-conclusion",
					"An activity is concluded with the Front body''s conclusion"));
		}
		if (request.to() == ActivityStatus.REPORTED && activity.supervisionForm() == SupervisionForm.DELEGATION
				&& (activity.delegation() == null || activity.delegation().resultReportDate() == null)) {
			throw new InvalidStateException(
					Phrase.of("activity.report-needs-result-report-date",
							"Record the date of the delegation''s result report first"),
					activity.status().name(), allowedBesides(activity, ActivityStatus.REPORTED));
		}
		activity.move(request.to(), request.note(), request.conclusion(), actor, this.clock.instant());
		return this.activities.save(activity);
	}

	Activity planDelegation(String id, DelegationSteps steps, Actor actor) {
		Activity activity = ownActivity(id, actor);
		if (activity.supervisionForm() != SupervisionForm.DELEGATION) {
			throw new InvalidStateException(
					Phrase.of("activity.steps-without-delegation",
							"Only a supervision by delegation has delegation steps"),
					activity.status().name(), allowedBesides(activity, null));
		}
		if (activity.status().isFinal()) {
			throw new InvalidStateException(Phrase.of("activity.steps-of-final-activity",
					"The activity is {0}; its steps are kept as they are", ActivityPhrases.status(activity.status())),
					activity.status().name(), List.of());
		}
		List<FieldProblem> errors = DelegationChecks.errors(steps, activity.startDate());
		if (!errors.isEmpty()) {
			throw new RulesViolatedException(errors);
		}
		activity.planDelegation(steps);
		return this.activities.save(activity);
	}

	/**
	 * Records on an activity's history that an administrator purged one of its documents,
	 * beside the moves of its status, in one update.
	 * @param activity the activity
	 * @param documentId the purged document
	 * @param reason the administrator's reason
	 * @param actor the administrator
	 */
	public void recordPurge(Activity activity, String documentId, String reason, Actor actor) {
		StatusChange purge = StatusChange.purge(activity.status(), documentId, this.clock.instant(), actor.recorded(),
				reason);
		Update update = new Update().push("history", this.mongo.getConverter().convertToMongoType(purge))
			.inc("version", 1);
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(activity.id())), update, Activity.class);
	}

	/**
	 * The legal checks the activity fails today.
	 * @param activity the activity
	 * @return its warnings, empty when none
	 */
	List<ActivityWarning> warnings(Activity activity) {
		if (activity.delegation() == null || activity.status() == ActivityStatus.CANCELLED) {
			return List.of();
		}
		return DelegationChecks.warnings(activity.delegation(), LocalDate.now(this.clock.withZone(Dates.VIETNAM)));
	}

	Page<Activity> search(ActivitySearch search, Actor actor, int page, int size) {
		Criteria criteria = new Criteria();
		if (actor.limitedToOwnOrganisation()) {
			criteria.and("supervisedAgencyIds").is(actor.organisationId());
		}
		if (search.supervisingBodyIds() != null) {
			criteria.and("supervisingBodyId").in(search.supervisingBodyIds());
		}
		equal(criteria, "administrativeUnitId", search.administrativeUnitId());
		equal(criteria, "kind", search.kind());
		equal(criteria, "form", search.form());
		equal(criteria, "level", search.level());
		equal(criteria, "status", search.status());
		equal(criteria, "planId", search.planId());
		if (search.from() != null || search.to() != null) {
			Criteria start = criteria.and("startDate");
			if (search.from() != null) {
				start.gte(search.from());
			}
			if (search.to() != null) {
				start.lte(search.to());
			}
		}
		if (search.text() != null) {
			String text = WrittenText.pattern(search.text());
			criteria.orOperator(Criteria.where("title").regex(text, "i"), Criteria.where("content").regex(text, "i"),
					Criteria.where("field").regex(text, "i"));
		}
		PageRequest pageable = PageRequest.of(page, size, Sort.by(Sort.Order.desc("startDate"), Sort.Order.asc("_id")));
		Query query = Query.query(criteria).with(pageable);
		return PageableExecutionUtils.getPage(this.mongo.find(query, Activity.class), pageable,
				() -> this.mongo.count(Query.query(criteria), Activity.class));
	}

	/**
	 * Returns an activity the actor may work on: change its status, issue its letters,
	 * keep its documents. That is a Front official of its supervising body.
	 * @param id the activity id
	 * @param actor who asks
	 * @return the activity
	 * @throws ResourceNotFoundException if the actor may not see it
	 * @throws ForbiddenException if the actor sees it but does not act for its
	 * supervising body
	 */
	public Activity ownActivity(String id, Actor actor) {
		Activity activity = get(id, actor);
		FrontBody.requireOfficial(actor);
		if (!activity.supervisingBodyId().equals(actor.organisationId())) {
			throw new ForbiddenException(Phrase.of("activity.not-own",
					"Only the supervising body, {0}, changes this activity; you act for {1}",
					this.directory.nameOf(activity.supervisingBodyId()),
					this.directory.nameOf(actor.organisationId())));
		}
		return activity;
	}

	/**
	 * The statuses the activity may move to now, but one that waits for a prior step.
	 */
	private static List<String> allowedBesides(Activity activity, ActivityStatus waiting) {
		return activity.status().next().stream().filter((to) -> to != waiting).map(Enum::name).sorted().toList();
	}

	private static void equal(Criteria criteria, String field, Object value) {
		if (value != null) {
			criteria.and(field).is(value);
		}
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

}
