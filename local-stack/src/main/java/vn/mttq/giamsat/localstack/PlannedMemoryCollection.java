package vn.mttq.giamsat.localstack;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.memory.MemoryCollection;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.Document;

/**
 * An in-memory collection that plans its reads as MongoDB does for equality: mongo-java-
 * server uses an index only when a query names exactly that index's fields, so a read by
 * {@code _id} and version, or by a field of a declared non-unique index, reads the whole
 * collection. This collection picks, among the indexes whose fields (or, for an
 * {@link EqualityIndex}, leading fields) the query binds to plain values or {@code $in}
 * lists of them, the one with the fewest documents, and matches each of them against the
 * whole query. Finds, counts, updates, deletes, find-and-modify and an aggregation's
 * leading {@code $match} all read through here.
 * <p>
 * A query the planner cannot narrow is counted in {@link QueryPlans} by its shape and
 * read in full, as before.
 * <p>
 * The documents it keeps share their field names and short values ({@link SharedValues}).
 */
final class PlannedMemoryCollection extends MemoryCollection {

	/** Beyond this many value combinations an index lookup is not worth it. */
	private static final int MAX_COMBINATIONS = 1000;

	private final QueryPlans plans;

	private final ThreadLocal<Document> leadingMatch = new ThreadLocal<>();

	PlannedMemoryCollection(MongoDatabase database, String collectionName, CollectionOptions options,
			CursorRegistry cursorRegistry, QueryPlans plans) {
		super(database, collectionName, options, cursorRegistry);
		this.plans = plans;
	}

	/**
	 * Stores a new document with its field names and short values shared with the other
	 * documents ({@link SharedValues}); the indexes then read the shared values too.
	 */
	@Override
	protected Integer addDocumentInternal(Document document) {
		SharedValues.shareAll(document);
		return super.addDocumentInternal(document);
	}

	/**
	 * Shares the values an update has just written into a stored document.
	 */
	@Override
	protected void handleUpdate(Integer position, Document oldDocument, Document newDocument) {
		super.handleUpdate(position, oldDocument, newDocument);
		SharedValues.shareValues(newDocument);
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
		List<Integer> positions = narrowest(bindings(query));
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
	private List<Integer> narrowest(Map<String, List<Object>> bindings) {
		if (bindings.isEmpty()) {
			return null;
		}
		List<Integer> narrowest = null;
		for (Index<Integer> index : getIndexes()) {
			List<Integer> positions = positionsFrom(index, bindings);
			if (positions != null && (narrowest == null || positions.size() < narrowest.size())) {
				narrowest = positions;
				if (narrowest.size() <= 1) {
					break;
				}
			}
		}
		return narrowest;
	}

	private static List<Integer> positionsFrom(Index<Integer> index, Map<String, List<Object>> bindings) {
		List<String> keys = index.getKeys().stream().map(IndexKey::getKey).toList();
		int bound = 0;
		int lookable = (index instanceof EqualityIndex equalityIndex) ? equalityIndex.indexedPrefix() : keys.size();
		while (bound < lookable && bindings.containsKey(keys.get(bound))) {
			bound++;
		}
		boolean usable = (index instanceof EqualityIndex) ? bound > 0
				: (index instanceof AbstractUniqueIndex) && bound == keys.size();
		List<List<Object>> combinations = usable ? combinations(keys.subList(0, bound), bindings) : null;
		if (combinations == null) {
			return null;
		}
		Set<Integer> positions = new LinkedHashSet<>();
		for (List<Object> values : combinations) {
			if (index instanceof EqualityIndex equalityIndex) {
				positions.addAll(equalityIndex.positionsOf(new KeyValue(values).normalized()));
			}
			else {
				Document exact = new Document();
				for (int i = 0; i < bound; i++) {
					exact.put(keys.get(i), values.get(i));
				}
				if (!index.canHandle(exact)) {
					return null;
				}
				index.getPositions(exact).forEach(positions::add);
			}
		}
		return new ArrayList<>(positions);
	}

	/**
	 * Every combination of the values bound to these keys, or {@code null} if there are
	 * more than {@value #MAX_COMBINATIONS} (then reading the whole collection is no
	 * worse).
	 */
	private static List<List<Object>> combinations(List<String> keys, Map<String, List<Object>> bindings) {
		List<List<Object>> combinations = List.of(List.of());
		for (String key : keys) {
			List<List<Object>> longer = new ArrayList<>();
			for (List<Object> combination : combinations) {
				for (Object value : bindings.get(key)) {
					List<Object> values = new ArrayList<>(combination);
					values.add(value);
					longer.add(values);
				}
			}
			if (longer.size() > MAX_COMBINATIONS) {
				return null;
			}
			combinations = longer;
		}
		return combinations;
	}

	/**
	 * The values each field must equal: a plain value, or one of an {@code $in} list of
	 * plain values. Not an operator, a sub-document, an array, a regular expression or
	 * null (which also matches a missing field). The clauses of an {@code $and} bind too.
	 */
	private static Map<String, List<Object>> bindings(Document query) {
		Map<String, List<Object>> bindings = new LinkedHashMap<>();
		collectBindings(query, bindings);
		return bindings;
	}

	private static void collectBindings(Document query, Map<String, List<Object>> bindings) {
		query.forEach((field, value) -> {
			if ("$and".equals(field) && value instanceof List<?> clauses) {
				clauses.stream()
					.filter(Document.class::isInstance)
					.forEach((clause) -> collectBindings((Document) clause, bindings));
			}
			else if (!field.startsWith("$") && elemMatch(value) instanceof Document element) {
				// {array: {$elemMatch: {f: v}}}: some element's f equals v, so the
				// multikey
				// index on array.f holds the document under v. Null too: an element
				// without
				// f is indexed under null, and the documents without the array, also
				// under
				// null, fail the whole query's match afterwards.
				element.forEach((subField, subValue) -> {
					List<Object> values = Missing.isNullOrMissing(subValue) ? nullValue() : valuesOf(subValue);
					if (!subField.startsWith("$") && values != null) {
						bindings.putIfAbsent(field + "." + subField, values);
					}
				});
			}
			else if (!field.startsWith("$")) {
				List<Object> values = valuesOf(value);
				if (values != null) {
					bindings.putIfAbsent(field, values);
				}
			}
		});
	}

	private static Object elemMatch(Object value) {
		return (value instanceof Document operators && operators.size() == 1) ? operators.get("$elemMatch") : null;
	}

	private static List<Object> nullValue() {
		List<Object> values = new ArrayList<>(1);
		values.add(null);
		return values;
	}

	private static List<Object> valuesOf(Object value) {
		if (isPlain(value)) {
			return List.of(value);
		}
		if (value instanceof Document operators && operators.size() == 1) {
			Object operand = operators.get("$in");
			if (operand instanceof Collection<?> candidates && !candidates.isEmpty()
					&& candidates.stream().allMatch(PlannedMemoryCollection::isPlain)) {
				return List.copyOf(candidates);
			}
			operand = operators.get("$eq");
			if (isPlain(operand)) {
				return List.of(operand);
			}
		}
		return null;
	}

	private static boolean isPlain(Object value) {
		return !Missing.isNullOrMissing(value) && !(value instanceof Document) && !(value instanceof Map)
				&& !(value instanceof Collection) && !(value instanceof Pattern)
				&& !(value instanceof BsonRegularExpression);
	}

}
