package vn.mttq.giamsat.localstack;

import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import com.mongodb.client.result.UpdateResult;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The in-memory database answers equality reads through the declared indexes and gives
 * the same answers as a full read would.
 */
class PlannedQueriesTests {

	private LocalMongo mongo;

	private MongoClient client;

	private MongoCollection<Document> items;

	@BeforeEach
	void start() {
		this.mongo = LocalMongo.inMemory(0);
		this.client = MongoClients.create(this.mongo.connectionString());
		this.items = this.client.getDatabase("planned").getCollection("items");
		this.items.createIndex(Indexes.compoundIndex(Indexes.ascending("agency"), Indexes.descending("issuedAt")));
		this.items.createIndex(Indexes.ascending("parts.recommendationId"));
		for (int i = 0; i < 30; i++) {
			this.items.insertOne(new Document("_id", "r-" + i).append("agency", "a-" + (i % 3))
				.append("issuedAt", i)
				.append("open", i % 2 == 0)
				.append("version", 0)
				.append("parts", List.of(new Document("recommendationId", "p-" + i),
						new Document("recommendationId", "shared"))));
		}
		this.mongo.queryPlans().reset();
	}

	@AfterEach
	void stop() {
		this.client.close();
		this.mongo.close();
	}

	@Test
	void readsOneAgencysOpenItemsThroughTheLeadingFieldOfACompoundIndex() {
		List<String> ids = ids(this.items.find(Filters.and(Filters.eq("agency", "a-1"), Filters.eq("open", true)))
			.sort(Sorts.descending("issuedAt")));

		assertThat(ids).containsExactly("r-28", "r-22", "r-16", "r-10", "r-4");
		assertThat(this.mongo.queryPlans().scansByShape()).isEmpty();
		assertThat(this.mongo.queryPlans().indexedCount()).isEqualTo(1);
	}

	@Test
	void aVersionGuardedUpdateReadsOnlyItsDocumentAndStillChecksTheVersion() {
		UpdateResult current = this.items.updateOne(Filters.and(Filters.eq("_id", "r-5"), Filters.eq("version", 0)),
				Updates.combine(Updates.set("open", true), Updates.inc("version", 1)));
		UpdateResult stale = this.items.updateOne(Filters.and(Filters.eq("_id", "r-5"), Filters.eq("version", 0)),
				Updates.set("open", false));

		assertThat(current.getModifiedCount()).isEqualTo(1);
		assertThat(stale.getMatchedCount()).isZero();
		assertThat(this.items.find(Filters.eq("_id", "r-5")).first()).containsEntry("open", true)
			.containsEntry("version", 1);
		assertThat(this.mongo.queryPlans().scanCount()).isZero();
	}

	@Test
	void anUpdateThatChangesAnIndexedFieldMovesTheDocumentInTheIndex() {
		this.items.updateOne(Filters.eq("_id", "r-1"), Updates.set("agency", "a-2"));

		assertThat(ids(this.items.find(Filters.eq("agency", "a-1")))).doesNotContain("r-1").hasSize(9);
		assertThat(ids(this.items.find(Filters.eq("agency", "a-2")))).contains("r-1").hasSize(11);
	}

	@Test
	void findsAnItemByAnElementOfAnArrayAndForgetsItWhenTheElementIsPulled() {
		assertThat(ids(this.items.find(Filters.eq("parts.recommendationId", "p-7")))).containsExactly("r-7");
		assertThat(this.items.countDocuments(Filters.eq("parts.recommendationId", "shared"))).isEqualTo(30);

		this.items.updateOne(Filters.eq("_id", "r-7"), Updates.pull("parts", new Document("recommendationId", "p-7")));

		assertThat(ids(this.items.find(Filters.eq("parts.recommendationId", "p-7")))).isEmpty();
		assertThat(this.items.countDocuments(Filters.eq("parts.recommendationId", "shared"))).isEqualTo(30);
		assertThat(this.mongo.queryPlans().scanCount()).isZero();
	}

	@Test
	void deletesThroughTheIndexAndKeepsTheIndexTrue() {
		this.items.updateOne(Filters.eq("_id", "r-3"), Updates.set("parts", List.of()));

		assertThat(this.items.deleteMany(Filters.eq("agency", "a-0")).getDeletedCount()).isEqualTo(10);

		assertThat(ids(this.items.find(Filters.eq("agency", "a-0")))).isEmpty();
		assertThat(this.items.countDocuments(Filters.eq("parts.recommendationId", "shared"))).isEqualTo(20);
		this.items.insertOne(new Document("_id", "r-0").append("agency", "a-0").append("issuedAt", 0));
		assertThat(ids(this.items.find(Filters.eq("agency", "a-0")))).containsExactly("r-0");
	}

	@Test
	void readsTheDocumentsOfAnInListThroughTheIndex() {
		List<String> ids = ids(this.items
			.find(Filters.and(Filters.in("_id", "r-2", "r-3", "r-4", "missing"), Filters.eq("open", true))));
		long inAgencies = this.items.countDocuments(Filters.in("agency", "a-0", "a-2"));

		assertThat(ids).containsExactly("r-2", "r-4");
		assertThat(inAgencies).isEqualTo(20);
		assertThat(this.mongo.queryPlans().scansByShape()).isEmpty();
	}

	@Test
	void aQueryThatBindsACompoundIndexUpToItsIdFieldReadsThroughEitherIndex() {
		this.items.createIndex(Indexes.compoundIndex(Indexes.ascending("agency"), Indexes.ascending("_id")));

		assertThat(ids(this.items.find(Filters.and(Filters.eq("agency", "a-1"), Filters.eq("_id", "r-4")))))
			.containsExactly("r-4");
		assertThat(ids(this.items.find(Filters.and(Filters.eq("agency", "a-1"), Filters.eq("_id", "r-3"))))).isEmpty();
		assertThat(this.items.countDocuments(Filters.eq("agency", "a-1"))).isEqualTo(10);
		assertThat(this.mongo.queryPlans().scansByShape()).isEmpty();
	}

	@Test
	void findsTheDocumentsWithAPendingOutboxEntryThroughTheEntriesIndex() {
		MongoCollection<Document> letters = this.client.getDatabase("planned").getCollection("letters");
		letters.createIndex(Indexes.ascending("outbox.sentAt"));
		letters.insertOne(new Document("_id", "sent").append("outbox",
				List.of(new Document("eventId", "e-1").append("sentAt", new java.util.Date()))));
		letters.insertOne(new Document("_id", "pending").append("outbox",
				List.of(new Document("eventId", "e-2").append("sentAt", new java.util.Date()),
						new Document("eventId", "e-3"))));
		letters.insertOne(new Document("_id", "empty").append("outbox", List.of()));
		letters.insertOne(new Document("_id", "none"));
		this.mongo.queryPlans().reset();

		List<String> pending = ids(letters.find(Filters.elemMatch("outbox", Filters.eq("sentAt", null))));
		letters.updateOne(Filters.and(Filters.eq("_id", "pending"), Filters.eq("outbox.eventId", "e-3")),
				Updates.set("outbox.$.sentAt", new java.util.Date()));
		List<String> afterSending = ids(letters.find(Filters.elemMatch("outbox", Filters.eq("sentAt", null))));

		assertThat(pending).containsExactly("pending");
		assertThat(afterSending).isEmpty();
		assertThat(this.mongo.queryPlans().scansByShape()).isEmpty();
	}

	@Test
	void comparesNumbersByValueWhateverTheirType() {
		this.items.createIndex(Indexes.ascending("issuedAt"));

		assertThat(ids(this.items.find(Filters.eq("issuedAt", 12L)))).containsExactly("r-12");
		assertThat(ids(this.items.find(Filters.eq("issuedAt", 12.0)))).containsExactly("r-12");
	}

	@Test
	void readsInFullWhatNoIndexNarrowsAndNamesItsShape() {
		assertThat(this.items.countDocuments(Filters.and(Filters.eq("open", true), Filters.lt("issuedAt", 10))))
			.isEqualTo(5);
		assertThat(ids(this.items.find(Filters.eq("agency", null)))).isEmpty();

		assertThat(this.mongo.queryPlans().scanCount()).isEqualTo(2);
		assertThat(this.mongo.queryPlans().scansByShape()).containsKey("planned.items {$and[{open}, {issuedAt:$lt}]}")
			.containsKey("planned.items {agency}");
	}

	@Test
	void anIndexDeclaredOnExistingDocumentsHoldsThemAll() {
		this.items.createIndex(Indexes.ascending("open"));

		assertThat(this.items.countDocuments(Filters.eq("open", false))).isEqualTo(15);
		assertThat(this.mongo.queryPlans().scansByShape()).isEmpty();
	}

	private static List<String> ids(Iterable<Document> documents) {
		List<String> ids = new ArrayList<>();
		documents.forEach((document) -> ids.add(document.getString("_id")));
		return ids;
	}

}
