package vn.mttq.giamsat.notification.inbox;

import java.time.Clock;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Service;

import vn.mttq.giamsat.notification.delivery.Channel;
import vn.mttq.giamsat.notification.delivery.Notification;
import vn.mttq.giamsat.notification.delivery.NotificationStore;
import vn.mttq.giamsat.support.domain.ForbiddenException;
import vn.mttq.giamsat.support.domain.Phrase;
import vn.mttq.giamsat.support.domain.ResourceNotFoundException;
import vn.mttq.giamsat.support.security.Actor;
import vn.mttq.giamsat.support.security.Role;

/**
 * An organisation's inbox: its own people (or an administrator) list it; only its own
 * people mark a notification read or confirm its receipt (xác nhận đã nhận), since that
 * is the organisation's receipt. Anyone else is told the inbox does not exist.
 */
@Service
public class InboxManagement {

	private final MongoTemplate mongo;

	private final NotificationStore store;

	private final Clock clock;

	InboxManagement(MongoTemplate mongo, NotificationStore store, Clock clock) {
		this.mongo = mongo;
		this.store = store;
		this.clock = clock;
	}

	Page<Notification> inbox(String organisationId, Boolean unread, String kind, String recommendationId, Actor actor,
			int page, int size) {
		checkVisible(organisationId, actor);
		Criteria criteria = inboxOf(organisationId);
		if (Boolean.TRUE.equals(unread)) {
			criteria.and("readAt").is(null);
		}
		else if (Boolean.FALSE.equals(unread)) {
			criteria.and("readAt").ne(null);
		}
		if (kind != null) {
			criteria.and("kind").is(kind);
		}
		if (recommendationId != null) {
			criteria.and("recommendationId").is(recommendationId);
		}
		PageRequest pageable = PageRequest.of(page, size, Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("_id")));
		return PageableExecutionUtils.getPage(this.mongo.find(Query.query(criteria).with(pageable), Notification.class),
				pageable, () -> this.mongo.count(Query.query(criteria), Notification.class));
	}

	long unreadCount(String organisationId, Actor actor) {
		checkVisible(organisationId, actor);
		return this.mongo.count(Query.query(inboxOf(organisationId).and("readAt").is(null)), Notification.class);
	}

	Notification markRead(String organisationId, String id, Actor actor) {
		Notification notification = ownNotification(organisationId, id, actor);
		this.store.markRead(notification, actor.recorded(), this.clock.instant());
		return this.store.find(id);
	}

	Notification confirmReceipt(String organisationId, String id, Actor actor) {
		Notification notification = ownNotification(organisationId, id, actor);
		this.store.confirmReceipt(notification, actor.recorded(), this.clock.instant());
		return this.store.find(id);
	}

	private Notification ownNotification(String organisationId, String id, Actor actor) {
		checkVisible(organisationId, actor);
		Notification notification = this.store.find(id);
		if (notification == null || notification.channel() != Channel.INBOX
				|| !notification.recipientOrganisationId().equals(organisationId)) {
			throw new ResourceNotFoundException("Notification", id);
		}
		if (!organisationId.equals(actor.organisationId())
				|| !(actor.has(Role.AGENCY_OFFICER) || actor.has(Role.FRONT_OFFICIAL))) {
			throw new ForbiddenException(Phrase.of("inbox.receipt.own-officers",
					"Only the organisation''s own officers read its notifications or confirm their receipt: "
							+ "that is its receipt"));
		}
		return notification;
	}

	private static void checkVisible(String organisationId, Actor actor) {
		if (!organisationId.equals(actor.organisationId()) && !actor.has(Role.ADMIN)) {
			throw new ResourceNotFoundException("Inbox", organisationId);
		}
	}

	private static Criteria inboxOf(String organisationId) {
		return Criteria.where("recipientOrganisationId").is(organisationId).and("channel").is(Channel.INBOX);
	}

}
