package vn.mttq.giamsat.supervision.activity;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Service;

import vn.mttq.giamsat.supervision.legalbasis.LegalBases;
import vn.mttq.giamsat.supervision.organisation.AdministrativeLevel;
import vn.mttq.giamsat.supervision.organisation.DirectoryQueries;
import vn.mttq.giamsat.supervision.organisation.Organisation;
import vn.mttq.giamsat.supervision.plan.Plans;
import vn.mttq.giamsat.supervision.plan.YearlyPlan;
import vn.mttq.giamsat.supervision.web.FrontBody;
import vn.mttq.giamsat.supervision.web.RulesViolatedException;
import vn.mttq.giamsat.support.domain.ConflictException;
import vn.mttq.giamsat.support.domain.ForbiddenException;
import vn.mttq.giamsat.support.domain.InvalidField;
import vn.mttq.giamsat.support.domain.ResourceNotFoundException;
import vn.mttq.giamsat.support.security.Actor;

/**
 * Records activities after checking the rules the law puts on them (the level and bodies
 * as they were on the day, legal bases in force, the delegation's dates), moves them
 * through their statuses, and finds them again.
 */
@Service
public class ActivityManagement {

	/** Dates in this system are Vietnamese calendar days. */
	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final String RECORDED = "supervision.activities.recorded";

	private final ActivityRepository activities;

	private final MongoTemplate mongo;

	private final DirectoryQueries directory;

	private final LegalBases legalBases;

	private final Plans plans;

	private final MeterRegistry meters;

	private final ActivityGauges gauges;

	private final Clock clock;

	ActivityManagement(ActivityRepository activities, MongoTemplate mongo, DirectoryQueries directory,
			LegalBases legalBases, Plans plans, MeterRegistry meters, ActivityGauges gauges, Clock clock) {
		this.meters = meters;
		// From 0, so that Prometheus sees the first activity of each kind, level and
		// form.
		ActivityGauges.slices().forEach((tags) -> meters.counter(RECORDED, tags));
		this.gauges = gauges;
		this.activities = activities;
		this.mongo = mongo;
		this.directory = directory;
		this.legalBases = legalBases;
		this.plans = plans;
		this.clock = clock;
	}

	Activity record(RecordActivity request, Actor actor) {
		String supervisingBodyId = FrontBody.actingFor(actor, request.supervisingBodyId(), "supervisingBodyId");
		Organisation body = check(request, supervisingBodyId);
		Activity activity = Activity.record(UUID.randomUUID().toString(), request, supervisingBodyId, body.level(),
				body.administrativeUnitId(), actor, this.clock.instant());
		try {
			Activity saved = this.activities.insert(activity);
			this.meters
				.counter(RECORDED, "kind", saved.kind().name(), "level", saved.level().name(), "form",
						saved.form().name())
				.increment();
			this.gauges.refreshSoon();
			return saved;
		}
		catch (DuplicateKeyException ex) {
			String existing = this.activities.findByReferenceKey(activity.referenceKey())
				.map(Activity::id)
				.orElse(null);
			throw new ConflictException("An activity with reference '" + request.reference()
					+ "' is already recorded for body '" + supervisingBodyId + "'", existing);
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
			throw new RulesViolatedException("to", "an activity " + activity.status() + " can move to "
					+ activity.status().next() + ", not " + request.to());
		}
		if (request.to() == ActivityStatus.CANCELLED && isBlank(request.note())) {
			throw new RulesViolatedException("note", "say why the activity is cancelled");
		}
		if (request.to() == ActivityStatus.CONCLUDED && isBlank(request.conclusion())) {
			throw new RulesViolatedException("conclusion", "an activity is concluded with the Front body's conclusion");
		}
		if (request.to() == ActivityStatus.REPORTED && activity.form() == SupervisionForm.DELEGATION
				&& (activity.delegation() == null || activity.delegation().resultReportDate() == null)) {
			throw new RulesViolatedException("delegation.resultReportDate",
					"record the date of the delegation's result report first");
		}
		activity.move(request.to(), request.note(), request.conclusion(), actor, this.clock.instant());
		return this.activities.save(activity);
	}

	Activity planDelegation(String id, DelegationSteps steps, Actor actor) {
		Activity activity = ownActivity(id, actor);
		if (activity.form() != SupervisionForm.DELEGATION) {
			throw new RulesViolatedException("form",
					"only a supervision by delegation has delegation steps; this one is " + activity.form());
		}
		if (activity.status().isFinal()) {
			throw new RulesViolatedException("status", "the activity is " + activity.status() + "; its steps are kept");
		}
		List<InvalidField> errors = DelegationChecks.errors(steps, activity.startDate());
		if (!errors.isEmpty()) {
			throw new RulesViolatedException(errors);
		}
		activity.planDelegation(steps);
		return this.activities.save(activity);
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
		return DelegationChecks.warnings(activity.delegation(), LocalDate.now(this.clock.withZone(VIETNAM)));
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
			String text = Pattern.quote(search.text());
			criteria.orOperator(Criteria.where("title").regex(text, "i"), Criteria.where("content").regex(text, "i"),
					Criteria.where("field").regex(text, "i"));
		}
		PageRequest pageable = PageRequest.of(page, size, Sort.by(Sort.Order.desc("startDate"), Sort.Order.asc("_id")));
		Query query = Query.query(criteria).with(pageable);
		return PageableExecutionUtils.getPage(this.mongo.find(query, Activity.class), pageable,
				() -> this.mongo.count(Query.query(criteria), Activity.class));
	}

	private Activity ownActivity(String id, Actor actor) {
		Activity activity = get(id, actor);
		FrontBody.requireOfficial(actor);
		if (!activity.supervisingBodyId().equals(actor.organisationId())) {
			throw new ForbiddenException("Only the supervising body '" + activity.supervisingBodyId()
					+ "' changes this activity; you act for '" + actor.organisationId() + "'");
		}
		return activity;
	}

	private Organisation check(RecordActivity request, String supervisingBodyId) {
		List<InvalidField> errors = new ArrayList<>();
		LocalDate date = request.startDate();
		checkDates(request, errors);
		Organisation body = checkBodies(request, supervisingBodyId, errors);
		for (int i = 0; i < request.legalBasisIds().size(); i++) {
			this.legalBases.problemIfNotInForce(request.legalBasisIds().get(i), date, "legalBasisIds[" + i + "]")
				.ifPresent(errors::add);
		}
		if (request.planId() != null) {
			checkPlan(request, supervisingBodyId, errors);
		}
		if (request.delegation() != null) {
			if (request.form() != SupervisionForm.DELEGATION) {
				errors.add(new InvalidField("delegation",
						"only a supervision by delegation has delegation steps; this one is " + request.form()));
			}
			errors.addAll(DelegationChecks.errors(request.delegation(), date));
		}
		if (!errors.isEmpty()) {
			throw new RulesViolatedException(errors);
		}
		return body;
	}

	private static void checkDates(RecordActivity request, List<InvalidField> errors) {
		if (request.endDate() != null && request.endDate().isBefore(request.startDate())) {
			errors.add(new InvalidField("endDate", "endDate must not be before startDate"));
		}
		if (request.periodFrom() != null && request.periodTo() != null
				&& request.periodTo().isBefore(request.periodFrom())) {
			errors.add(new InvalidField("periodTo", "periodTo must not be before periodFrom"));
		}
		if (request.level() != null && !request.level().existedOn(request.startDate())) {
			errors.add(new InvalidField("level", "the district level no longer exists on " + request.startDate()
					+ "; since 2025-07-01 the levels are CENTRAL, PROVINCE and COMMUNE"));
		}
	}

	private Organisation checkBodies(RecordActivity request, String supervisingBodyId, List<InvalidField> errors) {
		LocalDate date = request.startDate();
		Organisation body = null;
		var absent = this.directory.problemIfAbsentOn(supervisingBodyId, date, "supervisingBodyId");
		if (absent.isPresent()) {
			errors.add(absent.get());
		}
		else {
			body = this.directory.organisation(supervisingBodyId).orElseThrow();
			if (!body.kind().supervises()) {
				errors.add(new InvalidField("supervisingBodyId", "'" + supervisingBodyId + "' is a " + body.kind()
						+ "; only Front committees, member organisations and the two boards lead"));
			}
			AdministrativeLevel level = request.level();
			if (level != null && body.level() != level && errors.stream().noneMatch((e) -> "level".equals(e.field()))) {
				errors.add(new InvalidField("level", "'" + supervisingBodyId + "' is at the " + body.level()
						+ " level on " + date + ", not " + level));
			}
		}
		if (new HashSet<>(request.supervisedAgencyIds()).size() != request.supervisedAgencyIds().size()) {
			errors.add(new InvalidField("supervisedAgencyIds", "an agency is listed more than once"));
		}
		if (request.supervisedAgencyIds().contains(supervisingBodyId)) {
			errors.add(new InvalidField("supervisedAgencyIds", "a body cannot supervise itself"));
		}
		for (int i = 0; i < request.supervisedAgencyIds().size(); i++) {
			this.directory
				.problemIfAbsentOn(request.supervisedAgencyIds().get(i), date, "supervisedAgencyIds[" + i + "]")
				.ifPresent(errors::add);
		}
		for (int i = 0; i < request.coLeadIds().size(); i++) {
			String coLead = request.coLeadIds().get(i);
			String field = "coLeadIds[" + i + "]";
			var problem = this.directory.problemIfAbsentOn(coLead, date, field);
			if (problem.isPresent()) {
				errors.add(problem.get());
			}
			else if (coLead.equals(supervisingBodyId)
					|| !this.directory.organisation(coLead).orElseThrow().kind().supervises()) {
				errors.add(new InvalidField(field,
						"a co-lead is another Front body, member organisation or board than the supervising body"));
			}
		}
		return body;
	}

	private void checkPlan(RecordActivity request, String supervisingBodyId, List<InvalidField> errors) {
		YearlyPlan plan = this.plans.find(request.planId()).orElse(null);
		if (plan == null) {
			errors.add(new InvalidField("planId", "no plan '" + request.planId() + "'"));
		}
		else if (!plan.ownerBodyId().equals(supervisingBodyId)) {
			errors
				.add(new InvalidField("planId", "plan " + plan.number() + " belongs to '" + plan.ownerBodyId() + "'"));
		}
		else if (plan.year() != request.startDate().getYear()) {
			errors.add(new InvalidField("planId", "plan " + plan.number() + " plans " + plan.year()
					+ "; the activity starts in " + request.startDate().getYear()));
		}
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
