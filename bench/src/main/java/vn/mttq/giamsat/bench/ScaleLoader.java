package vn.mttq.giamsat.bench;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Projections;
import org.bson.Document;

/**
 * Loads open tracked recommendations straight into recommendation-service's database, in
 * bulk, in the documents' real shape: each is a copy of an item the pipeline tracked
 * (history, due date and its explanation, schedule), given its own id, addressee and
 * issue date; and the agency statistics buckets that count them, copies of a real bucket
 * with their counters and item states set to match.
 */
final class ScaleLoader {

	private static final int BATCH = 1000;

	private static final AtomicLong NEXT = new AtomicLong();

	private ScaleLoader() {
	}

	/**
	 * Loads {@code count} open items round {@code agencyCount} agencies of their own (a
	 * new prefix for each load, since each has its own statistics buckets), issued over
	 * the months of this year so far.
	 * @return the agencies' ids
	 */
	static List<String> load(String mongoUri, String agencyPrefix, int count, int agencyCount) {
		List<String> agencies = Letters.agencies(agencyPrefix, agencyCount);
		try (MongoClient client = MongoClients.create(mongoUri)) {
			MongoDatabase database = client.getDatabase(SchedulerLease.DATABASE);
			MongoCollection<Document> items = database.getCollection("recommendations");
			Document template = items.find(Filters.eq("status", "AWAITING_RESPONSE"))
				.projection(Projections.exclude("outbox"))
				.first();
			if (template == null) {
				template = openCopy(items.find().projection(Projections.exclude("outbox")).first());
			}
			Document bucketTemplate = database.getCollection("agencyStatistics")
				.find(Filters.exists("items.0"))
				.first();
			if (template == null || bucketTemplate == null) {
				throw new IllegalStateException("No tracked item (" + items.countDocuments()
						+ " in recommendations) or statistics bucket to copy: run the pipeline first");
			}
			Document itemStateTemplate = bucketTemplate.getList("items", Document.class).get(0);
			LocalDate today = LocalDate.now(ZoneOffset.ofHours(7));
			int months = today.getMonthValue();
			Map<String, List<Document>> buckets = new LinkedHashMap<>();
			List<Document> batch = new ArrayList<>(BATCH);
			for (int i = 0; i < count; i++) {
				long n = NEXT.incrementAndGet();
				String id = String.format("scale-%08d-0000-4000-8000-000000000000", n);
				String agency = agencies.get((int) (n % agencyCount));
				LocalDate issuedOn = YearMonth.of(today.getYear(), 1 + (int) ((n / agencyCount) % months))
					.atDay(1 + (int) (n % 28));
				if (issuedOn.isAfter(today)) {
					issuedOn = today;
				}
				batch.add(item(template, id, agency, issuedOn));
				String bucketId = YearMonth.from(issuedOn) + "/" + bucketTemplate.get("level") + "/" + agency;
				buckets.computeIfAbsent(bucketId, (key) -> new ArrayList<>())
					.add(itemState(itemStateTemplate, id, issuedOn, template));
				if (batch.size() == BATCH) {
					items.insertMany(batch, new InsertManyOptions().ordered(false));
					batch.clear();
				}
			}
			if (!batch.isEmpty()) {
				items.insertMany(batch, new InsertManyOptions().ordered(false));
			}
			List<Document> bucketBatch = new ArrayList<>();
			for (Map.Entry<String, List<Document>> bucket : buckets.entrySet()) {
				bucketBatch.add(bucket(bucketTemplate, bucket.getKey(), bucket.getValue(), template));
				if (bucketBatch.size() == 100) {
					database.getCollection("agencyStatistics").insertMany(bucketBatch);
					bucketBatch.clear();
				}
			}
			if (!bucketBatch.isEmpty()) {
				database.getCollection("agencyStatistics").insertMany(bucketBatch);
			}
		}
		return agencies;
	}

	/** An item as it stood when tracked: open, unanswered, not escalated. */
	private static Document openCopy(Document tracked) {
		if (tracked == null) {
			return null;
		}
		Document open = new Document(tracked);
		open.put("status", "AWAITING_RESPONSE");
		open.put("open", true);
		for (String field : List.of("answer", "answeredAt", "acknowledgedAt", "closure", "closedAt", "overdueSince")) {
			open.remove(field);
		}
		open.put("escalations", List.of());
		return open;
	}

	private static Document item(Document template, String id, String agency, LocalDate issuedOn) {
		Document item = new Document(template);
		Date issuedAt = Date.from(issuedOn.atTime(9, 0).toInstant(ZoneOffset.ofHours(7)));
		item.put("_id", id);
		item.put("addresseeAgencyId", agency);
		item.put("issuedOn", Date.from(issuedOn.atStartOfDay().toInstant(ZoneOffset.UTC)));
		item.put("issuedAt", issuedAt);
		item.put("trackedAt", issuedAt);
		item.put("sourceEventId", "scale-event-" + id);
		item.put("outbox", List.of());
		return item;
	}

	private static Document itemState(Document template, String id, LocalDate issuedOn, Document item) {
		Document state = new Document(template);
		state.put("recommendationId", id);
		state.put("issuedOn", Date.from(issuedOn.atStartOfDay().toInstant(ZoneOffset.UTC)));
		state.put("dueDate", item.get("dueDate"));
		return state;
	}

	private static Document bucket(Document template, String id, List<Document> states, Document item) {
		String[] key = id.split("/");
		Document bucket = new Document(template);
		bucket.put("_id", id);
		bucket.put("month", key[0]);
		bucket.put("agencyId", key[2]);
		bucket.put("items", states);
		bucket.put("moved", List.of());
		bucket.put("version", 0L);
		Document tally = new Document(template.get("tally", Document.class));
		for (String counter : List.of("withdrawn", "answered", "answeredOnTime", "closedUnansweredLate", "resolved",
				"unresolved", "agreed", "escalated")) {
			tally.put(counter, 0L);
		}
		tally.put("issued", (long) states.size());
		tally.put("open", (long) states.size());
		Object due = item.get("dueDate");
		String dueKey = (due instanceof Date date) ? date.toInstant().atZone(ZoneOffset.UTC).toLocalDate().toString()
				: String.valueOf(due);
		tally.put("openUnansweredByDueDate", new Document(dueKey, (long) states.size()));
		tally.put("answeredByDays", new Document());
		bucket.put("tally", tally);
		return bucket;
	}

}
