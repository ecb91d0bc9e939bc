package vn.mttq.giamsat.localstack;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The in-memory database keeps its documents with shared field names and short values,
 * and reads them back exactly as they were written and updated, one document's change
 * never showing in another.
 */
class StoredDocumentsTests {

	private static final String LONG_NOTE = "Cơ quan đã nhận ngày 06/12/2026 (INBOX delivered). Hạn trả lời 05/01/2027: "
			+ "30 ngày kể từ ngày nhận 06/12/2026.";

	private LocalMongo mongo;

	private MongoClient client;

	private MongoCollection<Document> items;

	@BeforeEach
	void start() {
		this.mongo = LocalMongo.inMemory(0);
		this.client = MongoClients.create(this.mongo.connectionString());
		this.items = this.client.getDatabase("stored").getCollection("items");
		this.items.createIndex(Indexes.ascending("addresseeAgencyId", "status"));
	}

	@AfterEach
	void stop() {
		this.client.close();
		this.mongo.close();
	}

	@Test
	void readsBackEveryTypeTheServicesWriteInTheOrderWritten() {
		Document item = item("r-1");
		this.items.insertOne(item);

		Document stored = this.items.find(Filters.eq("_id", "r-1")).first();

		assertThat(stored).isEqualTo(item);
		assertThat(new ArrayList<>(stored.keySet())).containsExactlyElementsOf(item.keySet());
		Document explanation = stored.get("dueDateExplanation", Document.class);
		assertThat(new ArrayList<>(explanation.keySet()))
			.containsExactlyElementsOf(item.get("dueDateExplanation", Document.class).keySet());
	}

	@Test
	void readsBackAnUpdatedDocumentWithItsNewAndChangedFields() {
		this.items.insertOne(item("r-1"));

		this.items.updateOne(Filters.eq("_id", "r-1"),
				Updates.combine(Updates.set("status", "ANSWERED"), Updates.set("answer", "ACCEPTED"),
						Updates.push("history", step(3, "ANSWERED")), Updates.inc("sequence", 1L),
						Updates.unset("nextCheckOn")));

		Document expected = item("r-1");
		expected.put("status", "ANSWERED");
		expected.put("sequence", 3L);
		expected.remove("nextCheckOn");
		expected.getList("history", Document.class).add(step(3, "ANSWERED"));
		expected.put("answer", "ACCEPTED");
		Document stored = this.items.find(Filters.eq("_id", "r-1")).first();
		assertThat(stored).isEqualTo(expected);
		assertThat(new ArrayList<>(stored.keySet())).containsExactlyElementsOf(expected.keySet());
	}

	@Test
	void anUpdateOfOneDocumentLeavesTheOthersThatHeldTheSameValues() {
		this.items.insertOne(item("r-1"));
		this.items.insertOne(item("r-2"));

		this.items.updateOne(Filters.eq("_id", "r-1"),
				Updates.combine(Updates.set("status", "CLOSED"), Updates.set("dueDateExplanation.days", 45),
						Updates.set("history.0.actor.kind", "PERSON"), Updates.push("copyRecipientIds", "bo-tai-chinh"),
						Updates.set("level", "DISTRICT")));
		this.items.findOneAndUpdate(Filters.eq("_id", "r-1"), Updates.set("open", false),
				new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));

		assertThat(this.items.find(Filters.eq("_id", "r-2")).first()).isEqualTo(item("r-2"));
		Document changed = this.items.find(Filters.eq("_id", "r-1")).first();
		assertThat(changed.getString("status")).isEqualTo("CLOSED");
		assertThat(changed.getList("copyRecipientIds", String.class)).containsExactly("chinh-phu", "ubmttq-trung-uong",
				"bo-tai-chinh");
		assertThat(changed.getList("history", Document.class).get(0).get("actor", Document.class).getString("kind"))
			.isEqualTo("PERSON");
	}

	@Test
	void findsByASharedValueThroughTheIndexAfterInsertsUpdatesAndUpserts() {
		this.items.insertOne(item("r-1"));
		this.items.insertOne(item("r-2"));
		this.items.updateOne(Filters.eq("_id", "r-2"), Updates.set("status", "ANSWERED"));
		this.items.updateOne(Filters.eq("_id", "r-3"),
				Updates.combine(Updates.set("addresseeAgencyId", "ubnd-tinh-dien-bien"),
						Updates.set("status", "AWAITING_RESPONSE")),
				new UpdateOptions().upsert(true));

		List<Object> awaiting = this.items
			.find(Filters.and(Filters.eq("addresseeAgencyId", "ubnd-tinh-dien-bien"),
					Filters.eq("status", "AWAITING_RESPONSE")))
			.map((found) -> found.get("_id"))
			.into(new ArrayList<>());

		assertThat(awaiting).containsExactlyInAnyOrder("r-1", "r-3");
	}

	private static Document item(String id) {
		return new Document("_id", id).append("letterNumber", "38/PB-MTTQ-BTT")
			.append("addresseeAgencyId", "ubnd-tinh-dien-bien")
			.append("copyRecipientIds", new ArrayList<>(List.of("chinh-phu", "ubmttq-trung-uong")))
			.append("level", "PROVINCE")
			.append("content", LONG_NOTE)
			.append("issuedOn", new Date(1_782_345_600_000L))
			.append("dueDateExplanation",
					new Document("ruleId", "front-default").append("days", 30)
						.append("provisional", false)
						.append("skipped", new ArrayList<>())
						.append("textVi", LONG_NOTE)
						.append("_class", "vn.mttq.giamsat.recommendation.deadline.DeadlineExplanation"))
			.append("extensions", new ArrayList<>())
			.append("status", "AWAITING_RESPONSE")
			.append("nextCheckOn", new Date(1_798_502_400_000L))
			.append("open", true)
			.append("sequence", 2L)
			.append("history", new ArrayList<>(List.of(step(1, "AWAITING_RESPONSE"), step(2, "AWAITING_RESPONSE"))))
			.append("closure", null)
			.append("ratio", 0.75)
			.append("amount", new Decimal128(new BigDecimal("12.50")))
			.append("letterObjectId", new ObjectId("665f0dbc3fe4a1b2c3d4e5f6"))
			.append("fingerprint", new Binary(new byte[] { 1, 2, 3 }))
			.append("traceId", UUID.fromString("43b659df-8a77-4ae5-a3ab-d4bcf7522622").toString())
			.append("_class", "vn.mttq.giamsat.recommendation.tracking.TrackedRecommendation")
			.append("version", 2L);
	}

	private static Document step(int sequence, String status) {
		return new Document("sequence", sequence).append("at", new Date(1_765_013_756_827L + sequence))
			.append("status", status)
			.append("actor", new Document("kind", "SYSTEM").append("organisationId", "ubmttq-tinh-dien-bien"))
			.append("note", LONG_NOTE)
			.append("attachments", new ArrayList<>());
	}

}
