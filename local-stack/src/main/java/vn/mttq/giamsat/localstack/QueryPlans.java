package vn.mttq.giamsat.localstack;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import de.bwaldvogel.mongo.bson.Document;

/**
 * Counts how the in-memory database answered its queries: through an index, or by reading
 * a whole collection, with the shape of each query that read a whole collection
 * ({@code db.collection {field, field:$op} sort {field}}), so a benchmark can name the
 * reads that still cost in proportion to the data.
 */
public final class QueryPlans {

	private final LongAdder indexed = new LongAdder();

	private final Map<String, LongAdder> scansByShape = new ConcurrentHashMap<>();

	void indexed() {
		this.indexed.increment();
	}

	void scanned(String collection, Document query, Document orderBy) {
		this.scansByShape.computeIfAbsent(shape(collection, query, orderBy), (key) -> new LongAdder()).increment();
	}

	/**
	 * Returns the number of queries answered through an index.
	 * @return the count since the server was created or {@link #reset()}
	 */
	public long indexedCount() {
		return this.indexed.sum();
	}

	/**
	 * Returns the number of queries that read a whole collection.
	 * @return the count since the server was created or {@link #reset()}
	 */
	public long scanCount() {
		return this.scansByShape.values().stream().mapToLong(LongAdder::sum).sum();
	}

	/**
	 * Returns the shapes of the queries that read a whole collection, most frequent
	 * first.
	 * @return shape to count
	 */
	public Map<String, Long> scansByShape() {
		Map<String, Long> scans = new LinkedHashMap<>();
		this.scansByShape.entrySet()
			.stream()
			.map((entry) -> Map.entry(entry.getKey(), entry.getValue().sum()))
			.sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
			.forEach((entry) -> scans.put(entry.getKey(), entry.getValue()));
		return scans;
	}

	/**
	 * Starts counting again from zero.
	 */
	public void reset() {
		this.indexed.reset();
		this.scansByShape.clear();
	}

	private static String shape(String collection, Document query, Document orderBy) {
		String shape = collection + " " + fields(query);
		return (orderBy != null && !orderBy.isEmpty()) ? shape + " sort " + orderBy.keySet() : shape;
	}

	private static String fields(Document query) {
		StringJoiner fields = new StringJoiner(", ", "{", "}");
		query.forEach((field, value) -> {
			if (field.startsWith("$") && value instanceof List<?> clauses) {
				StringJoiner nested = new StringJoiner(", ", field + "[", "]");
				clauses.stream()
					.map((clause) -> (clause instanceof Document document) ? fields(document) : "?")
					.forEach(nested::add);
				fields.add(nested.toString());
			}
			else if (value instanceof Document operators && !operators.isEmpty()
					&& operators.keySet().iterator().next().startsWith("$")) {
				fields.add(field + ":" + String.join("", operators.keySet()));
			}
			else {
				fields.add(field);
			}
		});
		return fields.toString();
	}

}
