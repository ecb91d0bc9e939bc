package vn.mttq.giamsat.recommendation.tracking.web;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Component;

import vn.mttq.giamsat.recommendation.tracking.RecommendationStatus;
import vn.mttq.giamsat.recommendation.tracking.RecommendationStore;
import vn.mttq.giamsat.recommendation.tracking.TrackedRecommendation;
import vn.mttq.giamsat.support.domain.ForbiddenException;
import vn.mttq.giamsat.support.domain.Phrase;
import vn.mttq.giamsat.support.domain.ResourceNotFoundException;
import vn.mttq.giamsat.support.security.Actor;

/**
 * Answers the API's questions about tracked recommendations: one item, and the agency
 * list with its filters. An agency officer sees only their agency's items.
 */
@Component
class RecommendationQueries {

	private final RecommendationStore store;

	private final MongoTemplate mongo;

	RecommendationQueries(RecommendationStore store, MongoTemplate mongo) {
		this.store = store;
		this.mongo = mongo;
	}

	/**
	 * Returns a recommendation the actor may see; another agency's answers as not found,
	 * so that its existence does not leak.
	 */
	TrackedRecommendation get(String id, Actor actor) {
		return this.store.find(id)
			.filter((recommendation) -> recommendation.visibleTo(actor))
			.orElseThrow(() -> new ResourceNotFoundException("Recommendation", id));
	}

	/**
	 * Lists recommendations newest first, by addressee agency, status or overdue; the
	 * agency list's indexes serve this order.
	 * @throws ForbiddenException an agency officer asks for another agency's list
	 */
	Page<TrackedRecommendation> search(String requestedAgencyId, RecommendationStatus status, Boolean overdue,
			Actor actor, int page, int size) {
		Criteria criteria = filters(agencyFor(requestedAgencyId, actor), status, overdue);
		PageRequest pageable = PageRequest.of(page, size, Sort.by(Sort.Order.desc("issuedAt"), Sort.Order.asc("_id")));
		return PageableExecutionUtils.getPage(
				this.mongo.find(Query.query(criteria).with(pageable), TrackedRecommendation.class), pageable,
				() -> this.mongo.count(Query.query(criteria), TrackedRecommendation.class));
	}

	private static String agencyFor(String requestedAgencyId, Actor actor) {
		if (!actor.limitedToOwnOrganisation()) {
			return requestedAgencyId;
		}
		if (requestedAgencyId != null && !requestedAgencyId.equals(actor.organisationId())) {
			throw new ForbiddenException(Phrase.of("recommendations.own-agency-only",
					"You see only the recommendations addressed to ''{0}''", actor.organisationId()));
		}
		return actor.organisationId();
	}

	private static Criteria filters(String agencyId, RecommendationStatus status, Boolean overdue) {
		Criteria criteria = new Criteria();
		if (agencyId != null) {
			criteria.and("addresseeAgencyId").is(agencyId);
		}
		if (status != null) {
			criteria.and("status").is(status);
		}
		if (Boolean.TRUE.equals(overdue)) {
			criteria.and("status")
				.in(RecommendationStatus.OVERDUE, RecommendationStatus.ESCALATED)
				.and("answeredAt")
				.is(null);
		}
		return criteria;
	}

}
