package vn.mttq.giamsat.recommendation.tracking.web;

import java.util.List;

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
 * Answers the API's questions about tracked recommendations: one item, and the list with
 * its filters (the agency's, the issuing Front body's). An agency officer sees only their
 * agency's items.
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
	 * Lists recommendations newest first, by addressee agency, issuing body, status or
	 * overdue; the agency list's and the issuer list's indexes serve this order. An
	 * agency officer's own agency is always one of the filters.
	 * @throws ForbiddenException an agency officer asks for another agency's list
	 */
	Page<TrackedRecommendation> search(Filters filters, Actor actor, int page, int size) {
		Criteria criteria = criteria(agencyFor(filters.agencyId(), actor), filters);
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

	private static Criteria criteria(String agencyId, Filters filters) {
		Criteria criteria = new Criteria();
		if (agencyId != null) {
			criteria.and("addresseeAgencyId").is(agencyId);
		}
		if (filters.issuingBodyId() != null) {
			criteria.and("issuingBodyId").is(filters.issuingBodyId());
		}
		if (Boolean.TRUE.equals(filters.overdue())) {
			criteria.and("status").in(overdueStatuses(filters.status())).and("answeredAt").is(null);
		}
		else if (filters.status() != null) {
			criteria.and("status").is(filters.status());
		}
		return criteria;
	}

	/** The statuses of an overdue item, narrowed to the one asked for if any. */
	private static List<RecommendationStatus> overdueStatuses(RecommendationStatus status) {
		List<RecommendationStatus> overdue = List.of(RecommendationStatus.OVERDUE, RecommendationStatus.ESCALATED);
		if (status == null) {
			return overdue;
		}
		return overdue.contains(status) ? List.of(status) : List.of();
	}

	/**
	 * The list's filters, each left out when null.
	 *
	 * @param agencyId only the items addressed to this agency
	 * @param issuingBodyId only the items this Front body issued
	 * @param status only the items in this status
	 * @param overdue true: only the overdue items
	 */
	record Filters(String agencyId, String issuingBodyId, RecommendationStatus status, Boolean overdue) {
	}

}
