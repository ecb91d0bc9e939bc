package vn.mttq.giamsat.bench;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
 * issue date; with the agency statistics that count them: each item's own statistics
 * document (a copy of a real one, its state set to match) and one year document per
 * agency with the months' counters set to match.
 */
final class ScaleLoader {

	private static final int BATCH = 1000;

	private static final AtomicLong NEXT = new AtomicLong();

	private ScaleLoader() {
	}

	/**
	 * Loads {@code count} open items round {@code agencyCount} agencies of their own (a
	 * new prefix for each load, since each has its own statistics year documents), issued
	 * over the months of this year so far.
	 * @return the agencies' ids
	 */
	static List<String> load(String mongoUri, String agencyPrefix, int count, int agencyCount) {
		List<String> agencies = Letters.agencies(agencyPrefix, agencyCount);
		try (MongoClient client = MongoClients.create(mongoUri)) {
			MongoDatabase database = client.getDatabase(SchedulerLease.DATABASE);
			MongoCollection<Document> items = database.getCollection("recommendations");
			MongoCollection<Document> statisticsItems = database.getCollection("statisticsItems");
			Document template = items.find(Filters.eq("status", "AWAITING_RESPONSE"))
				.projection(Projections.exclude("outbox"))
				.first();
			if (template == null) {
				template = openCopy(items.find().projection(Projections.exclude("outbox")).first());
			}
			Document statisticsTemplate = statisticsItems.find(Filters.exists("state")).first();
			if (template == null || statisticsTemplate == null) {
				throw new IllegalStateException("No tracked item (" + items.countDocuments()
						+ " in recommendations) or statistics item to copy: run the pipeline first");
			}
			String level = statisticsTemplate.get("counted", Document.class).getString("level");
			LocalDate today = LocalDate.now(ZoneOffset.ofHours(7));
			int months = today.getMonthValue();
			Map<String, Map<Integer, Long>> years = new LinkedHashMap<>();
			List<Document> batch = new ArrayList<>(BATCH);
			List<Document> statisticsBatch = new ArrayList<>(BATCH);
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
				statisticsBatch.add(statisticsItem(statisticsTemplate, id, agency, level, issuedOn, template));
				years.computeIfAbsent(issuedOn.getYear() + "/" + level + "/" + agency, (key) -> new TreeMap<>())
					.merge(issuedOn.getMonthValue(), 1L, Long::sum);
				if (batch.size() == BATCH) {
					items.insertMany(batch, new InsertManyOptions().ordered(false));
					statisticsItems.insertMany(statisticsBatch, new InsertManyOptions().ordered(false));
					batch.clear();
					statisticsBatch.clear();
				}
			}
			if (!batch.isEmpty()) {
				items.insertMany(batch, new InsertManyOptions().ordered(false));
				statisticsItems.insertMany(statisticsBatch, new InsertManyOptions().ordered(false));
			}
			List<Document> yearBatch = new ArrayList<>();
			for (Map.Entry<String, Map<Integer, Long>> year : years.entrySet()) {
				yearBatch.add(year(year.getKey(), year.getValue(), template));
				if (yearBatch.size() == 100) {
					database.getCollection("agencyStatisticsYears").insertMany(yearBatch);
					yearBatch.clear();
				}
			}
			if (!yearBatch.isEmpty()) {
				database.getCollection("agencyStatisticsYears").insertMany(yearBatch);
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

	/** The item's own statistics document: where it is counted and its state. */
	private static Document statisticsItem(Document template, String id, String agency, String level,
			LocalDate issuedOn, Document item) {
		Document state = new Document(template.get("state", Document.class));
		state.put("recommendationId", id);
		state.put("issuedOn", Date.from(issuedOn.atStartOfDay().toInstant(ZoneOffset.UTC)));
		state.put("dueDate", item.get("dueDate"));
		Document counted = new Document("agencyId", agency).append("level", level)
			.append("year", issuedOn.getYear())
			.append("month", issuedOn.getMonthValue());
		Document statistics = new Document(template);
		statistics.put("_id", id);
		statistics.put("counted", counted);
		statistics.put("state", state);
		statistics.remove("pending");
		return statistics;
	}

	/**
	 * An agency's year document: per month, the counters of that many open, unanswered
	 * items due on the template's due date, and their total for the year.
	 */
	private static Document year(String id, Map<Integer, Long> counts, Document item) {
		String[] key = id.split("/", 3);
		Object due = item.get("dueDate");
		String dueKey = (due instanceof Date date) ? date.toInstant().atZone(ZoneOffset.UTC).toLocalDate().toString()
				: String.valueOf(due);
		Document months = new Document();
		counts.forEach((month, issued) -> months.put(Integer.toString(month), tally(issued, dueKey)));
		long year = counts.values().stream().mapToLong(Long::longValue).sum();
		return new Document("_id", id).append("agencyId", key[2])
			.append("level", key[1])
			.append("year", Integer.parseInt(key[0]))
			.append("months", months)
			// The year's total, as recommendation-service keeps it beside the months.
			.append("total", tally(year, dueKey))
			.append("totalled", true);
	}

	/** The counters of that many open, unanswered items due on one day. */
	private static Document tally(long issued, String dueKey) {
		Document tally = new Document("issued", issued).append("open", issued);
		for (String counter : List.of("withdrawn", "answered", "answeredOnTime", "closedUnansweredLate", "resolved",
				"unresolved", "agreed", "escalated")) {
			tally.put(counter, 0L);
		}
		tally.put("openUnansweredByDueDate", new Document(dueKey, issued));
		tally.put("answeredByDays", new Document());
		return tally;
	}

}
