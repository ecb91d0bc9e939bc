package vn.mttq.giamsat.recommendation.tracking.messaging;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Drops, at start-up, the {@code pending_receipts} collection where earlier versions held
 * a receipt that arrived before its item was tracked. The flow now runs one way (an item
 * is notified from its {@code TRACKED} step), so no receipt arrives early and nothing
 * reads the collection any more. Dropping it again changes nothing.
 */
@Component
class PendingReceiptsCleanup implements ApplicationRunner {

	static final String COLLECTION = "pending_receipts";

	private static final Logger log = LoggerFactory.getLogger(PendingReceiptsCleanup.class);

	private final MongoTemplate mongo;

	PendingReceiptsCleanup(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public void run(ApplicationArguments args) {
		try {
			drop();
		}
		catch (DataAccessResourceFailureException ex) {
			log.warn("Could not drop the unused {} collection now; the next start will: {}", COLLECTION, ex.toString());
		}
	}

	/** Drops the collection if it is there. */
	void drop() {
		if (this.mongo.collectionExists(COLLECTION)) {
			this.mongo.dropCollection(COLLECTION);
			log.info("Dropped the unused {} collection", COLLECTION);
		}
	}

}
