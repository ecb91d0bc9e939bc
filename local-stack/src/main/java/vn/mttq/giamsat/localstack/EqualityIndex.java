package vn.mttq.giamsat.localstack;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;

/**
 * A non-unique secondary index for the in-memory database: for each key value, the
 * positions of the documents that hold it. mongo-java-server accepts non-unique indexes
 * and ignores them, so every query on a field other than {@code _id} reads the whole
 * collection; with this index the {@link PlannedMemoryCollection} reads only the
 * documents whose indexed fields equal the query's values, and still matches each one
 * against the whole query.
 * <p>
 * Arrays are indexed element by element, as MongoDB's multikey indexes are. A document
 * whose indexed array is empty has no entry; the index is therefore sparse for
 * {@link #remove(Document)}, which is the only place mongo-java-server asks.
 */
final class EqualityIndex extends Index<Integer> {

	/**
	 * The room a value's group of positions starts with. Most groups are small (one
	 * item's id in a multikey index, one agency's items of one day), and a default map
	 * would hold 16 slots for each; the planner sorts the positions it reads, so the
	 * groups need no order.
	 */
	private static final int SMALL_GROUP = 2;

	/**
	 * For each prefix of the keys (index 0: the first key alone), the values of that
	 * prefix to the positions of their documents, by normalized {@code _id}. A query that
	 * binds the first k keys by equality reads map k - 1, as MongoDB uses the equality
	 * prefix of a compound index.
	 */
	private final List<Map<KeyValue, Map<Object, Integer>>> byPrefix = new ArrayList<>();

	EqualityIndex(String name, List<IndexKey> keys, boolean sparse) {
		super(name, keys, sparse);
		// A prefix that reaches _id names one document, which the _id index finds anyway.
		for (int i = 0; i < keys.size() && !"_id".equals(keys.get(i).getKey()); i++) {
			this.byPrefix.add(new HashMap<>());
		}
	}

	/**
	 * Returns how many leading keys this index can look up: all of them, or those before
	 * {@code _id}.
	 * @return the longest prefix {@link #positionsOf(KeyValue)} accepts, possibly 0
	 */
	int indexedPrefix() {
		return this.byPrefix.size();
	}

	/**
	 * Returns the positions of the documents whose first indexed fields hold these
	 * values.
	 * @param prefix one normalized value for each of the first keys, in key order
	 * @return the positions, possibly empty
	 */
	synchronized List<Integer> positionsOf(KeyValue prefix) {
		Map<Object, Integer> positions = this.byPrefix.get(prefix.size() - 1).get(prefix);
		return (positions != null) ? new ArrayList<>(positions.values()) : new ArrayList<>();
	}

	/**
	 * Counts the documents whose first indexed fields hold these values.
	 * @param prefix one normalized value for each of the first keys, in key order
	 * @return the number of documents
	 */
	synchronized int countOf(KeyValue prefix) {
		Map<Object, Integer> positions = this.byPrefix.get(prefix.size() - 1).get(prefix);
		return (positions != null) ? positions.size() : 0;
	}

	@Override
	protected boolean isSparse() {
		return true;
	}

	@Override
	public Integer getPosition(Document document) {
		// Not unique: it cannot name one document's position.
		return null;
	}

	@Override
	public void checkAdd(Document document, MongoCollection<Integer> collection) {
		// Not unique: any document may be added.
	}

	@Override
	public synchronized void add(Document document, Integer position, MongoCollection<Integer> collection) {
		Object id = idOf(document);
		for (KeyValue keyValue : getKeyValues(document)) {
			for (int length = 1; length <= indexedPrefix(); length++) {
				this.byPrefix.get(length - 1)
					.computeIfAbsent(prefix(keyValue, length), (key) -> new HashMap<>(SMALL_GROUP))
					.put(id, position);
			}
		}
	}

	@Override
	public synchronized Integer remove(Document document) {
		Object id = idOf(document);
		Integer removed = null;
		for (KeyValue keyValue : getKeyValues(document)) {
			for (int length = 1; length <= indexedPrefix(); length++) {
				Map<KeyValue, Map<Object, Integer>> entries = this.byPrefix.get(length - 1);
				KeyValue prefix = prefix(keyValue, length);
				Map<Object, Integer> positions = entries.get(prefix);
				if (positions != null) {
					Integer position = positions.remove(id);
					removed = (position != null) ? position : removed;
					if (positions.isEmpty()) {
						entries.remove(prefix);
					}
				}
			}
		}
		return removed;
	}

	@Override
	public boolean canHandle(Document query) {
		// Only the PlannedMemoryCollection reads this index, always with a full match
		// after.
		return false;
	}

	@Override
	public Iterable<Integer> getPositions(Document query) {
		throw new UnsupportedOperationException("Read through PlannedMemoryCollection");
	}

	@Override
	public synchronized long getCount() {
		return this.byPrefix.isEmpty() ? 0
				: this.byPrefix.get(this.byPrefix.size() - 1).values().stream().mapToLong(Map::size).sum();
	}

	@Override
	public synchronized boolean isEmpty() {
		return this.byPrefix.isEmpty() || this.byPrefix.get(0).isEmpty();
	}

	@Override
	public long getDataSize() {
		return getCount();
	}

	@Override
	public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<Integer> collection) {
		// Not unique: any update is allowed.
	}

	@Override
	public synchronized void updateInPlace(Document oldDocument, Document newDocument, Integer position,
			MongoCollection<Integer> collection) {
		Set<KeyValue> before = getKeyValues(oldDocument);
		Set<KeyValue> after = getKeyValues(newDocument);
		if (!before.equals(after)) {
			remove(oldDocument);
			add(newDocument, position, collection);
		}
	}

	@Override
	public synchronized void drop() {
		this.byPrefix.forEach(Map::clear);
	}

	private static KeyValue prefix(KeyValue keyValue, int length) {
		if (length == keyValue.size()) {
			return keyValue;
		}
		List<Object> values = new ArrayList<>(length);
		for (int i = 0; i < length; i++) {
			values.add(keyValue.get(i));
		}
		return new KeyValue(values);
	}

	private static Object idOf(Document document) {
		return new KeyValue(document.get("_id")).normalized().get(0);
	}

}
