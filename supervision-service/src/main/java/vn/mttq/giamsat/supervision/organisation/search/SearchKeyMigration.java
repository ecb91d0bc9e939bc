package vn.mttq.giamsat.supervision.organisation.search;

import java.util.List;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Gives the organisations and administrative units stored before the search key existed
 * their key, so that a search finds them too. It touches only documents without a key,
 * reading their ids and names a batch at a time, so it does nothing once done; each write
 * also requires the name it read, so a change made meanwhile (which writes its own key)
 * is never overwritten. Writes go by collection name: they are not a change of the
 * document and leave its version alone.
 */
@Component
public class SearchKeyMigration implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SearchKeyMigration.class);

	static final List<String> COLLECTIONS = List.of("organisations", "administrativeUnits");

	static final int BATCH = 500;

	private final MongoTemplate mongo;

	SearchKeyMigration(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public void run(ApplicationArguments args) {
		for (String collection : COLLECTIONS) {
			long filled = fill(collection);
			if (filled > 0) {
				log.info("Gave {} stored documents of {} their search key", filled, collection);
			}
		}
	}

	/**
	 * Fills the key of the documents of a collection that have none.
	 * @param collection the collection
	 * @return how many documents got their key
	 */
	long fill(String collection) {
		long filled = 0;
		while (true) {
			Query withoutKey = Query.query(Criteria.where(SearchKey.FIELD).exists(false)).limit(BATCH);
			withoutKey.fields().include("_id", "name");
			List<Document> batch = this.mongo.find(withoutKey, Document.class, collection);
			if (batch.isEmpty()) {
				return filled;
			}
			BulkOperations writes = this.mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, collection);
			for (Document document : batch) {
				String name = document.getString("name");
				writes.updateOne(Query.query(Criteria.where("_id")
					.is(document.get("_id"))
					.and("name")
					.is(name)
					.and(SearchKey.FIELD)
					.exists(false)), new Update().set(SearchKey.FIELD, SearchKey.of(name)));
			}
			int modified = writes.execute().getModifiedCount();
			filled += modified;
			if (modified == 0) {
				// Every one was changed meanwhile, and has its key from that change.
				return filled;
			}
		}
	}

}
