package vn.mttq.giamsat.support.outbox;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.util.Assert;

/**
 * Writes what a pass did to one collection with one bulk command: each document's
 * acknowledged entries are marked sent (by event id, so entries added meanwhile stay
 * pending), then its sent entries beyond the last {@code keepSent} are removed. The
 * removal names the entries and asks for {@code sentAt} to be set, so an entry that is
 * not sent is never removed, whatever the relay read.
 */
class OutboxMarks {

	private final MongoTemplate mongo;

	private final Clock clock;

	private final int keepSent;

	/**
	 * @param mongo the database
	 * @param clock the time entries are marked sent
	 * @param keepSent how many sent entries a document keeps, the latest ones
	 */
	OutboxMarks(MongoTemplate mongo, Clock clock, int keepSent) {
		this.mongo = mongo;
		this.clock = clock;
		Assert.isTrue(keepSent >= 0, "giamsat.outbox.keep-sent must not be negative");
		this.keepSent = keepSent;
	}

	void write(String collection, List<Relayed> pass) {
		Date now = Date.from(this.clock.instant());
		List<UpdateOneModel<Document>> writes = new ArrayList<>();
		for (Relayed relayed : pass) {
			if (!relayed.acknowledged().isEmpty()) {
				writes.add(new UpdateOneModel<>(Filters.eq("_id", relayed.documentId()),
						Updates.set("outbox.$[sent].sentAt", now),
						new UpdateOptions().arrayFilters(List.of(Filters.in("sent.eventId", relayed.acknowledged())))));
			}
			List<String> old = prunable(relayed);
			if (!old.isEmpty()) {
				Document sentAmong = new Document("eventId", new Document("$in", old)).append("sentAt",
						new Document("$ne", null));
				writes.add(new UpdateOneModel<>(Filters.eq("_id", relayed.documentId()),
						new Document("$pull", new Document("outbox", sentAmong))));
			}
		}
		if (!writes.isEmpty()) {
			// Ordered: a document's entries are marked before its old ones are pulled.
			this.mongo.execute(collection,
					(documents) -> documents.bulkWrite(writes, new BulkWriteOptions().ordered(true)));
		}
	}

	/**
	 * The sent entries of a document, once this pass is marked, beyond the latest
	 * {@code keepSent}, in the order it recorded them.
	 */
	private List<String> prunable(Relayed relayed) {
		List<String> sent = new ArrayList<>();
		for (Document entry : relayed.entries()) {
			String eventId = entry.getString("eventId");
			if (entry.get("sentAt") != null || relayed.acknowledged().contains(eventId)) {
				sent.add(eventId);
			}
		}
		return sent.subList(0, Math.max(0, sent.size() - this.keepSent));
	}

	/**
	 * One document of a pass.
	 *
	 * @param documentId its id
	 * @param entries its outbox as the pass read it
	 * @param acknowledged the event ids the broker acknowledged in this pass
	 */
	record Relayed(Object documentId, List<Document> entries, List<String> acknowledged) {
	}

}
