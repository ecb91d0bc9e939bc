package vn.mttq.giamsat.recommendation.tracking;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

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
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Service;

import vn.mttq.giamsat.events.notification.DeliveryRecorded;
import vn.mttq.giamsat.events.supervision.RecommendationIssued;
import vn.mttq.giamsat.events.supervision.RecommendationWithdrawn;
import vn.mttq.giamsat.support.messaging.PoisonEventException;
import vn.mttq.giamsat.support.security.Actor;
import vn.mttq.giamsat.support.web.ForbiddenException;
import vn.mttq.giamsat.support.web.ResourceNotFoundException;

/**
 * Starts tracking each issued recommendation exactly once, closes withdrawn ones, and
 * answers questions about them.
 */
@Service
public class RecommendationTracking {

	private static final Logger log = LoggerFactory.getLogger(RecommendationTracking.class);

	private final RecommendationRepository recommendations;

	private final RecommendationStore store;

	private final MongoTemplate mongo;

	private final DueDates dueDates;

	private final SchedulePolicy policy;

	private final MeterRegistry meters;

	private final Clock clock;

	RecommendationTracking(RecommendationRepository recommendations, RecommendationStore store, MongoTemplate mongo,
			DueDates dueDates, SchedulePolicy policy, MeterRegistry meters, Clock clock) {
		this.recommendations = recommendations;
		this.store = store;
		this.mongo = mongo;
		this.dueDates = dueDates;
		this.policy = policy;
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
		boolean started;
		try {
			// Counted as recommendation.tracked by the monitoring, from the step written.
			this.store.insert(TrackedRecommendation.issued(event, this.dueDates, this.policy, this.clock.instant()));
			started = true;
		}
		catch (DuplicateKeyException ex) {
			log.debug("Recommendation {} is already tracked; event {} changes nothing", event.recommendationId(),
					event.eventId());
			this.meters.counter("recommendation.issued.redelivered").increment();
			started = false;
		}
		// Also after a redelivery: a crash may have come between tracking and this.
		applyPendingReceipt(event.recommendationId());
		return started;
	}

	/**
	 * Records the addressee's receipt, from notification-service's delivery outcome. A
	 * receipt for an item not tracked yet is kept and applied when tracking starts; a
	 * later or repeated one changes nothing.
	 * @param delivery the outcome; only the addressee's delivery, reading or
	 * acknowledgement counts
	 * @return {@code true} if the receipt was recorded now
	 */
	public boolean receive(DeliveryRecorded delivery) {
		if (!delivery.provesReceiptByAddressee()) {
			return false;
		}
		LocalDate on = LocalDate.ofInstant(delivery.occurredAt(), TrackedRecommendation.VIETNAM);
		String how = delivery.channel() + " " + delivery.outcome().toLowerCase(java.util.Locale.ROOT);
		if (applyReceipt(delivery.recommendationId(), on, how, delivery.eventId(), delivery.occurredAt())) {
			return true;
		}
		if (this.recommendations.existsById(delivery.recommendationId())) {
			return false;
		}
		keepPending(new PendingReceipt(delivery.recommendationId(), on, how, delivery.eventId()));
		// Tracking may have started between the look and the write: apply it now if so.
		applyPendingReceipt(delivery.recommendationId());
		return true;
	}

	private void keepPending(PendingReceipt receipt) {
		Query earlierOrAbsent = Query.query(Criteria.where("_id").is(receipt.id()))
			.addCriteria(new Criteria().orOperator(Criteria.where("receivedOn").gt(receipt.receivedOn()),
					Criteria.where("receivedOn").exists(false)));
		try {
			this.mongo.upsert(earlierOrAbsent,
					new Update().set("receivedOn", receipt.receivedOn())
						.set("how", receipt.how())
						.set("eventId", receipt.eventId()),
					PendingReceipt.class);
		}
		catch (DuplicateKeyException ex) {
			// An earlier receipt is already kept.
		}
	}

	private void applyPendingReceipt(String recommendationId) {
		PendingReceipt pending = this.mongo.findById(recommendationId, PendingReceipt.class);
		if (pending != null && this.recommendations.existsById(recommendationId)) {
			applyReceipt(recommendationId, pending.receivedOn(), pending.how(), pending.eventId(),
					pending.receivedOn().atStartOfDay(TrackedRecommendation.VIETNAM).toInstant());
			this.mongo.remove(Query.query(Criteria.where("_id").is(recommendationId)), PendingReceipt.class);
		}
	}

	private boolean applyReceipt(String id, LocalDate on, String how, String eventId, Instant at) {
		return this.store
			.change(id, (recommendation) -> recommendation.received(on, how, eventId, at, this.dueDates, this.policy))
			.isPresent();
	}

	/**
	 * Closes a withdrawn item. A repeated event, or one for an item already closed,
	 * changes nothing.
	 * @param event the withdrawal
	 * @return {@code true} if the item was closed now
	 * @throws PoisonEventException for an item that was never tracked, so that the record
	 * waits in the dead-letter list until an operator replays it after its issue
	 */
	public boolean withdraw(RecommendationWithdrawn event) {
		if (!this.recommendations.existsById(event.recommendationId())) {
			throw new PoisonEventException("withdrawal of recommendation '" + event.recommendationId()
					+ "', which is not tracked (its RecommendationIssued never arrived)");
		}
		boolean closed = this.store.change(event.recommendationId(), (recommendation) -> recommendation.withdraw(event))
			.isPresent();
		if (!closed) {
			log.debug("Withdrawal {} of {} changes nothing: already applied or closed", event.eventId(),
					event.recommendationId());
		}
		return closed;
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

	Page<TrackedRecommendation> search(String requestedAgencyId, RecommendationStatus status, Boolean overdue,
			Actor actor, int page, int size) {
		String agencyId = requestedAgencyId;
		if (actor.limitedToOwnOrganisation()) {
			if (agencyId != null && !agencyId.equals(actor.organisationId())) {
				throw new ForbiddenException(
						"You see only the recommendations addressed to '" + actor.organisationId() + "'");
			}
			agencyId = actor.organisationId();
		}
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
		PageRequest pageable = PageRequest.of(page, size, Sort.by(Sort.Order.desc("issuedAt"), Sort.Order.asc("_id")));
		return PageableExecutionUtils.getPage(
				this.mongo.find(Query.query(criteria).with(pageable), TrackedRecommendation.class), pageable,
				() -> this.mongo.count(Query.query(criteria), TrackedRecommendation.class));
	}

}
