package vn.mttq.giamsat.supervision.activity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Service;

import vn.mttq.giamsat.supervision.organisation.DirectoryManagement;
import vn.mttq.giamsat.supervision.organisation.Organisation;
import vn.mttq.giamsat.supervision.web.RulesViolatedException;
import vn.mttq.giamsat.support.security.Actor;
import vn.mttq.giamsat.support.web.BusinessRuleException;
import vn.mttq.giamsat.support.web.ConflictException;
import vn.mttq.giamsat.support.web.InvalidField;
import vn.mttq.giamsat.support.web.ResourceNotFoundException;

/**
 * Records activities after checking the rules the law puts on them, and finds them again.
 */
@Service
public class ActivityManagement {

	private final ActivityRepository activities;

	private final MongoTemplate mongo;

	private final DirectoryManagement directory;

	private final Clock clock;

	ActivityManagement(ActivityRepository activities, MongoTemplate mongo, DirectoryManagement directory, Clock clock) {
		this.activities = activities;
		this.mongo = mongo;
		this.directory = directory;
		this.clock = clock;
	}

	Activity record(RecordActivity request, Actor actor) {
		String supervisingBodyId = FrontBody.actingFor(actor, request.supervisingBodyId(), "supervisingBodyId");
		checkRules(request, supervisingBodyId);
		checkDirectory(request, supervisingBodyId);
		Activity activity = Activity.record(UUID.randomUUID().toString(), request, supervisingBodyId, actor,
				this.clock.instant());
		try {
			return this.activities.insert(activity);
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

	Page<Activity> search(ActivitySearch search, Actor actor, int page, int size) {
		Criteria criteria = new Criteria();
		if (actor.limitedToOwnOrganisation()) {
			criteria.and("supervisedAgencyIds").is(actor.organisationId());
		}
		if (search.supervisingBodyId() != null) {
			criteria.and("supervisingBodyId").is(search.supervisingBodyId());
		}
		if (search.kind() != null) {
			criteria.and("kind").is(search.kind());
		}
		if (search.form() != null) {
			criteria.and("form").is(search.form());
		}
		if (search.level() != null) {
			criteria.and("level").is(search.level());
		}
		PageRequest pageable = PageRequest.of(page, size, Sort.by(Sort.Order.desc("startDate"), Sort.Order.asc("_id")));
		Query query = Query.query(criteria).with(pageable);
		return PageableExecutionUtils.getPage(this.mongo.find(query, Activity.class), pageable,
				() -> this.mongo.count(Query.query(criteria), Activity.class));
	}

	private void checkDirectory(RecordActivity request, String supervisingBodyId) {
		List<InvalidField> errors = new ArrayList<>();
		LocalDate date = request.startDate();
		this.directory.problemIfAbsentOn(supervisingBodyId, date, "supervisingBodyId")
			.ifPresentOrElse(errors::add, () -> {
				Organisation body = this.directory.organisation(supervisingBodyId).orElseThrow();
				if (!body.kind().supervises()) {
					errors.add(new InvalidField("supervisingBodyId", "'" + supervisingBodyId + "' is a " + body.kind()
							+ "; only Front committees, member organisations and the two boards lead"));
				}
				if (body.level() != request.level()) {
					errors.add(new InvalidField("level", "'" + supervisingBodyId + "' is at the " + body.level()
							+ " level on " + date + ", not " + request.level()));
				}
			});
		for (int i = 0; i < request.supervisedAgencyIds().size(); i++) {
			this.directory
				.problemIfAbsentOn(request.supervisedAgencyIds().get(i), date, "supervisedAgencyIds[" + i + "]")
				.ifPresent(errors::add);
		}
		if (!errors.isEmpty()) {
			throw new RulesViolatedException(errors);
		}
	}

	private static void checkRules(RecordActivity request, String supervisingBodyId) {
		if (request.endDate() != null && request.endDate().isBefore(request.startDate())) {
			throw new BusinessRuleException("endDate", "endDate must not be before startDate");
		}
		if (!request.level().existedOn(request.startDate())) {
			throw new BusinessRuleException("level", "the district level no longer exists on " + request.startDate()
					+ "; since 2025-07-01 the levels are CENTRAL, PROVINCE and COMMUNE");
		}
		if (new HashSet<>(request.supervisedAgencyIds()).size() != request.supervisedAgencyIds().size()) {
			throw new BusinessRuleException("supervisedAgencyIds", "an agency is listed more than once");
		}
		if (request.supervisedAgencyIds().contains(supervisingBodyId)) {
			throw new BusinessRuleException("supervisedAgencyIds", "a body cannot supervise itself");
		}
	}

}
