package vn.mttq.giamsat.notification.delivery;

import java.time.Clock;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Service;

import vn.mttq.giamsat.support.domain.InvalidStateException;
import vn.mttq.giamsat.support.domain.Phrase;
import vn.mttq.giamsat.support.domain.ResourceNotFoundException;
import vn.mttq.giamsat.support.security.Actor;
import vn.mttq.giamsat.support.security.Role;

/**
 * The delivery records an organisation and the operators read, and the operators' replay
 * of dead-lettered deliveries.
 */
@Service
class DeliveryRecords {

	private final MongoTemplate mongo;

	private final NotificationStore store;

	private final Clock clock;

	private final DeliveryMetrics metrics;

	DeliveryRecords(MongoTemplate mongo, NotificationStore store, Clock clock, DeliveryMetrics metrics) {
		this.metrics = metrics;
		this.mongo = mongo;
		this.store = store;
		this.clock = clock;
	}

	Page<Notification> ofOrganisation(String organisationId, Channel channel, DeliveryStatus status, Actor actor,
			int page, int size) {
		if (!organisationId.equals(actor.organisationId()) && !actor.has(Role.ADMIN)) {
			throw new ResourceNotFoundException("Organisation", organisationId);
		}
		Criteria criteria = Criteria.where("recipientOrganisationId").is(organisationId);
		return page(filtered(criteria, channel, status), page, size);
	}

	Page<Notification> deadLetters(Channel channel, int page, int size) {
		return page(filtered(new Criteria(), channel, DeliveryStatus.DEAD_LETTERED), page, size);
	}

	Notification replay(String id) {
		Notification notification = this.store.find(id);
		if (notification == null) {
			throw new ResourceNotFoundException("Delivery", id);
		}
		if (!this.store.replay(id, this.clock.instant())) {
			throw new InvalidStateException(
					Phrase.of("delivery.replay.not-dead", "Only a dead-lettered delivery can be replayed"),
					notification.status().name(), java.util.List.of());
		}
		this.metrics.replayed();
		return this.store.find(id);
	}

	private static Criteria filtered(Criteria criteria, Channel channel, DeliveryStatus status) {
		if (channel != null) {
			criteria.and("channel").is(channel);
		}
		if (status != null) {
			criteria.and("status").is(status);
		}
		return criteria;
	}

	private Page<Notification> page(Criteria criteria, int page, int size) {
		PageRequest pageable = PageRequest.of(page, size, Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("_id")));
		return PageableExecutionUtils.getPage(this.mongo.find(Query.query(criteria).with(pageable), Notification.class),
				pageable, () -> this.mongo.count(Query.query(criteria), Notification.class));
	}

}
