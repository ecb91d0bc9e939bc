package vn.mttq.giamsat.localstack;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.memory.MemoryCollection;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.backend.CollectionOptions;

/**
 * An in-memory collection that plans its reads as MongoDB does for equality: mongo-java-
 * server uses an index only when a query names exactly that index's fields, so a read by
 * {@code _id} and version, or by a field of a declared non-unique index, reads the whole
 * collection. This collection picks, among the indexes whose fields (or, for an
 * {@link EqualityIndex}, leading fields) the query binds to plain values, the one with
 * the fewest documents, and matches each of them against the whole query. Finds, counts,
 * updates, deletes and find-and-modify all read through here.
 * <p>
 * A query the planner cannot narrow is counted in {@link QueryPlans} by its shape and
 * read in full, as before.
 */
final class PlannedMemoryCollection extends MemoryCollection {

	private final QueryPlans plans;

	private final ThreadLocal<Document> leadingMatch = new ThreadLocal<>();

	PlannedMemoryCollection(MongoDatabase database, String collectionName, CollectionOptions options,
			CursorRegistry cursorRegistry, QueryPlans plans) {
		super(database, collectionName, options, cursorRegistry);
		this.plans = plans;
	}

	/**
	 * Runs an aggregation whose first stage is this {@code $match} on the documents the
	 * match selects, read through the planner, instead of on the whole collection (which
	 * mongo-java-server hands every aggregation). The {@code $match} stage still runs.
	 * @param match the first stage's query
	 * @param aggregation runs the aggregation on this thread
	 * @return what the aggregation returned
	 */
	<T> T aggregateFrom(Document match, Supplier<T> aggregation) {
		this.leadingMatch.set(match);
		try {
			return aggregation.get();
		}
		finally {
			this.leadingMatch.remove();
		}
	}

	@Override
	public Stream<Document> queryAllAsStream() {
		Document match = this.leadingMatch.get();
		if (match != null) {
			this.leadingMatch.remove();
			return handleQueryAsStream(match);
		}
		return super.queryAllAsStream();
	}

	@Override
	protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit, int batchSize,
			Document fieldSelector) {
		if (query.isEmpty()) {
			return super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
		}
		for (Index<Integer> index : getIndexes()) {
			if (index.canHandle(query)) {
				this.plans.indexed();
				return super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
			}
		}
		List<Integer> positions = narrowest(equalities(query));
		if (positions == null) {
			this.plans.scanned(getFullName(), query, orderBy);
			return super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
		}
		this.plans.indexed();
		positions.sort(null);
		return matchDocuments(query, positions, orderBy, numberToSkip, limit, batchSize, fieldSelector);
	}

	/**
	 * Reads, for every index whose (leading) fields the query binds, the positions it
	 * holds for those values, and keeps the fewest.
	 * @return the positions, or {@code null} if no index applies
	 */
	private List<Integer> narrowest(Map<String, Object> equalities) {
		if (equalities.isEmpty()) {
			return null;
		}
		List<Integer> narrowest = null;
		for (Index<Integer> index : getIndexes()) {
			List<Integer> positions = positionsFrom(index, equalities);
			if (positions != null && (narrowest == null || positions.size() < narrowest.size())) {
				narrowest = positions;
				if (narrowest.size() <= 1) {
					break;
				}
			}
		}
		return narrowest;
	}

	private static List<Integer> positionsFrom(Index<Integer> index, Map<String, Object> equalities) {
		if (index instanceof EqualityIndex equalityIndex) {
			KeyValue prefix = boundPrefix(index.getKeys(), equalities);
			return (prefix != null) ? equalityIndex.positionsOf(prefix) : null;
		}
		if (index instanceof AbstractUniqueIndex<Integer> uniqueIndex) {
			Document bound = new Document();
			for (IndexKey key : index.getKeys()) {
				if (!equalities.containsKey(key.getKey())) {
					return null;
				}
				bound.put(key.getKey(), equalities.get(key.getKey()));
			}
			if (!uniqueIndex.canHandle(bound)) {
				return null;
			}
			List<Integer> positions = new ArrayList<>();
			uniqueIndex.getPositions(bound).forEach(positions::add);
			return positions;
		}
		return null;
	}

	private static KeyValue boundPrefix(List<IndexKey> keys, Map<String, Object> equalities) {
		List<Object> values = new ArrayList<>();
		for (IndexKey key : keys) {
			if (!equalities.containsKey(key.getKey())) {
				break;
			}
			values.add(equalities.get(key.getKey()));
		}
		return values.isEmpty() ? null : new KeyValue(values).normalized();
	}

	/**
	 * The query's fields that must equal a plain value: not an operator, a sub-document,
	 * an array, a regular expression or null (which also matches a missing field).
	 */
	private static Map<String, Object> equalities(Document query) {
		Map<String, Object> equalities = new LinkedHashMap<>();
		collectEqualities(query, equalities);
		return equalities;
	}

	private static void collectEqualities(Document query, Map<String, Object> equalities) {
		query.forEach((field, value) -> {
			if ("$and".equals(field) && value instanceof List<?> clauses) {
				clauses.stream()
					.filter(Document.class::isInstance)
					.forEach((clause) -> collectEqualities((Document) clause, equalities));
			}
			else if (!field.startsWith("$") && isPlain(value)) {
				equalities.putIfAbsent(field, value);
			}
		});
	}

	private static boolean isPlain(Object value) {
		return !Missing.isNullOrMissing(value) && !(value instanceof Document) && !(value instanceof Map)
				&& !(value instanceof Collection) && !(value instanceof Pattern)
				&& !(value instanceof BsonRegularExpression);
	}

}
