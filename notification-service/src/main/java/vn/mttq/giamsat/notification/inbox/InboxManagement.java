package vn.mttq.giamsat.notification.inbox;

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
import vn.mttq.giamsat.support.security.Actor;
import vn.mttq.giamsat.support.security.Role;
import vn.mttq.giamsat.support.web.ResourceNotFoundException;

/**
 * Puts notifications into inboxes, once per event and recipient, and lists them.
 */
@Service
public class InboxManagement {

	private static final Logger log = LoggerFactory.getLogger(InboxManagement.class);

	private final NotificationRepository notifications;

	private final MongoTemplate mongo;

	private final MeterRegistry meters;

	private final Clock clock;

	InboxManagement(NotificationRepository notifications, MongoTemplate mongo, MeterRegistry meters, Clock clock) {
		this.notifications = notifications;
		this.mongo = mongo;
		this.meters = meters;
		this.clock = clock;
	}

	/**
	 * Tells the addressee agency of a new recommendation.
	 * @param event the issued item
	 * @return {@code true} if the notification was created now, {@code false} if it
	 * existed
	 */
	public boolean recommendationIssued(RecommendationIssued event) {
		Notification notification = Notification.inInbox(event.eventId(), RecommendationIssued.TYPE,
				event.addresseeAgencyId(), event.recommendationId(), NewRecommendationMessage.of(event),
				event.dueDate(), this.clock.instant());
		try {
			this.notifications.insert(notification);
			this.meters.counter("notification.created", "channel", Notification.INBOX).increment();
			return true;
		}
		catch (DuplicateKeyException ex) {
			log.debug("Event {} already notified to {}", event.eventId(), event.addresseeAgencyId());
			this.meters.counter("notification.redelivered").increment();
			return false;
		}
	}

	/**
	 * Lists an inbox for its own organisation's people (or an administrator); anyone else
	 * is told it does not exist.
	 */
	Page<Notification> inbox(String organisationId, Boolean unread, Actor actor, int page, int size) {
		if (!organisationId.equals(actor.organisationId()) && !actor.has(Role.ADMIN)) {
			throw new ResourceNotFoundException("Inbox", organisationId);
		}
		Criteria criteria = Criteria.where("recipientOrganisationId").is(organisationId);
		if (Boolean.TRUE.equals(unread)) {
			criteria.and("readAt").is(null);
		}
		else if (Boolean.FALSE.equals(unread)) {
			criteria.and("readAt").ne(null);
		}
		PageRequest pageable = PageRequest.of(page, size, Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("_id")));
		return PageableExecutionUtils.getPage(this.mongo.find(Query.query(criteria).with(pageable), Notification.class),
				pageable, () -> this.mongo.count(Query.query(criteria), Notification.class));
	}

}
