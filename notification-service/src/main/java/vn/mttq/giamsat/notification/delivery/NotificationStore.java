package vn.mttq.giamsat.notification.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.mongodb.ErrorCategory;
import com.mongodb.bulk.BulkWriteError;
import org.bson.Document;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import vn.mttq.giamsat.support.outbox.OutboxEntry;
import vn.mttq.giamsat.support.outbox.OutboxRelay;
import vn.mttq.giamsat.support.security.RecordedActor;

/**
 * Writes notifications: each change of a delivery and the event that tells of it are one
 * document write, so no outcome is recorded without its event or published without being
 * recorded. Attempts are guarded by the dispatcher's lease, so two dispatchers never
 * record the same attempt.
 */
@Component
public class NotificationStore {

	/** The collection of the notifications and their outbox. */
	static final String COLLECTION = "notifications";

	/** The most reminders one digest carries. */
	static final int DIGEST_LIMIT = 200;

	private final MongoTemplate mongo;

	private final DeliveryEvents events;

	private final OutboxRelay relay;

	NotificationStore(MongoTemplate mongo, DeliveryEvents events, OutboxRelay relay) {
		this.mongo = mongo;
		this.events = events;
		this.relay = relay;
	}

	/**
	 * Stores new notifications with one command, those of one event or of a whole batch
	 * of events. Those that exist already (the event was seen before, or applied halfway
	 * before a crash) are left as they are; the others are stored all the same, and the
	 * relay is woken up for all the {@code DeliveryRecorded} events they carry at once.
	 * @param notifications the notifications
	 * @return the ids of those stored now
	 */
	Set<String> insertNew(List<Notification> notifications) {
		Set<String> stored = new HashSet<>();
		notifications.forEach((notification) -> stored.add(notification.id()));
		try {
			this.mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Notification.class).insert(notifications).execute();
		}
		catch (BulkOperationException ex) {
			for (BulkWriteError error : ex.getErrors()) {
				if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) {
					throw ex;
				}
				stored.remove(notifications.get(error.getIndex()).id());
			}
		}
		for (Notification notification : notifications) {
			if (stored.contains(notification.id()) && !notification.outbox().isEmpty()) {
				this.relay.wakeUp(COLLECTION, notification.id());
			}
		}
		return stored;
	}

	/**
	 * The due dates the inboxes were told of some recommendations, read with one query,
	 * so that a receipt leaving the date as it was (a date the official set, or a
	 * provisional date the receipt confirms) tells nothing twice.
	 * @param recommendationIds the recommendations
	 * @return each inbox notification's recommendation, organisation, due date and event
	 */
	List<DueDatesTold.Told> dueDatesTold(Collection<String> recommendationIds) {
		if (recommendationIds.isEmpty()) {
			return List.of();
		}
		Query told = Query.query(Criteria.where("recommendationId")
			.in(recommendationIds)
			.and("channel")
			.is(Channel.INBOX)
			.and("dueDate")
			.ne(null));
		told.fields().include("recommendationId", "recipientOrganisationId", "dueDate", "eventId");
		return this.mongo.find(told, DueDatesTold.Told.class, COLLECTION);
	}

	public Notification find(String id) {
		return this.mongo.findById(id, Notification.class);
	}

	/**
	 * Takes the notifications of a channel due now for a dispatcher, each under a lease.
	 * @param channel the channel
	 * @param now the time
	 * @param leaseFor how long the dispatcher may hold each
	 * @param limit at most this many
	 * @return the notifications taken
	 */
	List<Notification> claimDue(Channel channel, Instant now, Duration leaseFor, int limit) {
		Query due = Query
			.query(Criteria.where("channel")
				.is(channel)
				.and("status")
				.in(DeliveryStatus.PENDING, DeliveryStatus.RETRYING)
				.and("nextAttemptAt")
				.lte(now)
				.orOperator(Criteria.where("leaseUntil").is(null), Criteria.where("leaseUntil").lt(now)))
			.with(Sort.by("nextAttemptAt", "_id"))
			.limit(limit);
		return claim(due, now, leaseFor);
	}

	private List<Notification> claim(Query due, Instant now, Duration leaseFor) {
		due.fields().include("_id");
		List<Notification> claimed = new ArrayList<>();
		for (Document candidate : this.mongo.find(due, Document.class, "notifications")) {
			Query free = Query.query(Criteria.where("_id")
				.is(candidate.get("_id"))
				.and("status")
				.in(DeliveryStatus.PENDING, DeliveryStatus.RETRYING)
				.orOperator(Criteria.where("leaseUntil").is(null), Criteria.where("leaseUntil").lt(now)));
			Update lease = new Update().set("leaseUntil", now.plus(leaseFor))
				.set("leaseToken", UUID.randomUUID().toString());
			Notification taken = this.mongo.findAndModify(free, lease, FindAndModifyOptions.options().returnNew(true),
					Notification.class);
			if (taken != null) {
				claimed.add(taken);
			}
		}
		return claimed;
	}

	/**
	 * Takes the other reminders of an organisation that wait for the same daily digest,
	 * so that one digest carries them all.
	 * @param organisation the recipient
	 * @param now the time
	 * @param leaseFor how long the dispatcher may hold each
	 * @return the reminders taken
	 */
	List<Notification> claimDigest(String organisation, Instant now, Duration leaseFor) {
		Query due = Query
			.query(Criteria.where("recipientOrganisationId")
				.is(organisation)
				.and("channel")
				.is(Channel.EMAIL)
				.and("digest")
				.is(true)
				.and("status")
				.in(DeliveryStatus.PENDING, DeliveryStatus.RETRYING)
				.and("nextAttemptAt")
				.lte(now)
				.orOperator(Criteria.where("leaseUntil").is(null), Criteria.where("leaseUntil").lt(now)))
			.with(Sort.by("createdAt", "_id"))
			.limit(DIGEST_LIMIT);
		return claim(due, now, leaseFor);
	}

	/**
	 * Records the outcome of an attempt made under a lease, with its event.
	 * @param notification the notification as claimed
	 * @param attempt the attempt
	 * @param status the status after it
	 * @param nextAttemptAt when to try again, or {@code null}
	 * @return {@code false} if the lease was lost meanwhile
	 */
	boolean recordAttempt(Notification notification, Attempt attempt, DeliveryStatus status, Instant nextAttemptAt) {
		OutboxEntry entry = this.events.entry(notification, attempt.number(), attempt.outcome(), attempt.error(),
				attempt.at());
		Query held = Query
			.query(Criteria.where("_id").is(notification.id()).and("leaseToken").is(notification.leaseToken()));
		Update update = new Update().push("attempts", attempt)
			.push("outbox", this.events.document(entry))
			.set("status", status)
			.set("nextAttemptAt", nextAttemptAt)
			.unset("leaseUntil")
			.unset("leaseToken");
		boolean recorded = this.mongo.updateFirst(held, update, Notification.class).getMatchedCount() > 0;
		this.relay.wakeUp(COLLECTION, notification.id());
		return recorded;
	}

	/**
	 * Puts a notification back for a later attempt without counting one, as when quiet
	 * hours begin before it goes.
	 */
	void postpone(Notification notification, Instant until) {
		Query held = Query
			.query(Criteria.where("_id").is(notification.id()).and("leaseToken").is(notification.leaseToken()));
		this.mongo.updateFirst(held, new Update().set("nextAttemptAt", until).unset("leaseUntil").unset("leaseToken"),
				Notification.class);
	}

	/**
	 * Records that an organisation read a notification, once.
	 * @return {@code true} if it was unread
	 */
	public boolean markRead(Notification notification, RecordedActor by, Instant at) {
		Query unread = Query.query(Criteria.where("_id").is(notification.id()).and("readAt").is(null));
		OutboxEntry entry = this.events.entry(notification, 0, "READ", null, at);
		Update update = new Update().set("readAt", at).set("readBy", by).push("outbox", this.events.document(entry));
		return changed(unread, update);
	}

	/**
	 * Records that an organisation confirmed it received a notification (and so read it),
	 * once. Its {@code DeliveryRecorded} outcome is {@code ACKNOWLEDGED}, the contract's
	 * name for it.
	 * @return {@code true} if the receipt was not confirmed before
	 */
	public boolean confirmReceipt(Notification notification, RecordedActor by, Instant at) {
		markRead(notification, by, at);
		Query pending = Query.query(Criteria.where("_id").is(notification.id()).and("receiptConfirmedAt").is(null));
		OutboxEntry entry = this.events.entry(notification, 0, "ACKNOWLEDGED", null, at);
		Update update = new Update().set("receiptConfirmedAt", at)
			.set("receiptConfirmedBy", by)
			.push("outbox", this.events.document(entry));
		return changed(pending, update);
	}

	/**
	 * Gives a dead-lettered notification a new round of attempts.
	 * @return {@code true} if it was dead-lettered
	 */
	boolean replay(String id, Instant now) {
		Query dead = Query.query(Criteria.where("_id").is(id).and("status").is(DeliveryStatus.DEAD_LETTERED));
		Update update = new Update().set("status", DeliveryStatus.PENDING)
			.set("nextAttemptAt", now)
			.set("digest", false)
			.inc("replays", 1);
		return changed(dead, update);
	}

	private boolean changed(Query query, Update update) {
		boolean changed = this.mongo.updateFirst(query, update, Notification.class).getModifiedCount() > 0;
		if (changed) {
			this.relay.wakeUp();
		}
		return changed;
	}

}
