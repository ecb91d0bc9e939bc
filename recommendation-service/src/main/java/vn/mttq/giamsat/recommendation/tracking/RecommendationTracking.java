package vn.mttq.giamsat.recommendation.tracking;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Service;

import vn.mttq.giamsat.events.supervision.RecommendationIssued;
import vn.mttq.giamsat.support.web.ResourceNotFoundException;

/**
 * Starts tracking each issued recommendation exactly once and answers questions about
 * them.
 */
@Service
public class RecommendationTracking {

	private static final Logger log = LoggerFactory.getLogger(RecommendationTracking.class);

	private final RecommendationRepository recommendations;

	private final MongoTemplate mongo;

	private final MeterRegistry meters;

	private final Clock clock;

	RecommendationTracking(RecommendationRepository recommendations, MongoTemplate mongo, MeterRegistry meters,
			Clock clock) {
		this.recommendations = recommendations;
		this.mongo = mongo;
		this.meters = meters;
		this.clock = clock;
	}

	/**
	 * Tracks an issued item. The recommendation id is the document id, so a redelivered
	 * or republished event finds the item already there and changes nothing.
	 * @param event the issued item
	 * @return {@code true} if tracking started now, {@code false} if it was already
	 * tracked
	 */
	public boolean track(RecommendationIssued event) {
		try {
			this.recommendations.insert(TrackedRecommendation.issued(event, this.clock.instant()));
			this.meters.counter("recommendation.tracked").increment();
			return true;
		}
		catch (DuplicateKeyException ex) {
			log.debug("Recommendation {} is already tracked; event {} changes nothing", event.recommendationId(),
					event.eventId());
			this.meters.counter("recommendation.issued.redelivered").increment();
			return false;
		}
	}

	TrackedRecommendation get(String id) {
		return this.recommendations.findById(id).orElseThrow(() -> new ResourceNotFoundException("Recommendation", id));
	}

	Page<TrackedRecommendation> search(String agencyId, RecommendationStatus status, int page, int size) {
		Criteria criteria = new Criteria();
		if (agencyId != null) {
			criteria.and("addresseeAgencyId").is(agencyId);
		}
		if (status != null) {
			criteria.and("status").is(status);
		}
		PageRequest pageable = PageRequest.of(page, size, Sort.by(Sort.Order.desc("issuedAt"), Sort.Order.asc("_id")));
		return PageableExecutionUtils.getPage(
				this.mongo.find(Query.query(criteria).with(pageable), TrackedRecommendation.class), pageable,
				() -> this.mongo.count(Query.query(criteria), TrackedRecommendation.class));
	}

}
