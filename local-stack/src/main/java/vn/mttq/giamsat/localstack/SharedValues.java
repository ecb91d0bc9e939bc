package vn.mttq.giamsat.localstack;

import java.util.ArrayList;
import java.util.List;
import java.util.ListIterator;

import de.bwaldvogel.mongo.bson.Document;

/**
 * Makes the documents the in-memory database keeps share what repeats between them: the
 * wire decoder creates a new String for every field name and every value of every
 * document, so a million stored items would each carry their own copy of the same field
 * names, statuses, levels and agency ids. Field names, short strings and Spring Data's
 * {@code _class} hints are replaced by their canonical ({@link String#intern() interned})
 * instance, which the JVM drops again once no document holds it; arrays lose their spare
 * capacity.
 * <p>
 * Only immutable values are shared (strings; small numbers are already shared by the
 * decoder's {@code valueOf}), so changing one document never shows in another. Dates,
 * binary data and ids are left as they are. Every document stays equal to what it was.
 */
final class SharedValues {

	/**
	 * Strings up to this length are shared: names, statuses, levels, agency and body ids,
	 * letter numbers. Longer ones (UUIDs, notes, texts) are mostly unique, and looking
	 * them up would cost more than it saves.
	 */
	static final int MAX_SHARED_LENGTH = 32;

	/** Spring Data's type hint: the same class name in every document of a kind. */
	private static final String TYPE_HINT = "_class";

	private SharedValues() {
	}

	/**
	 * Rebuilds a document that nobody else has seen yet (one about to be stored), with
	 * its fields in the same order: every field name, nested or not, shared.
	 * @param document the document, changed in place
	 */
	static void shareAll(Document document) {
		// Through keySet(), which the document already holds; entrySet() or values()
		// would leave one more view object in every stored document.
		String[] names = document.keySet().toArray(new String[0]);
		Object[] values = new Object[names.length];
		for (int i = 0; i < names.length; i++) {
			values[i] = document.get(names[i]);
		}
		document.clear();
		for (int i = 0; i < names.length; i++) {
			document.put(names[i].intern(), shared(names[i], values[i]));
		}
	}

	/**
	 * Shares the values of a stored document that an update has just rewritten. Its own
	 * field names are not rebuilt, since a reader may still hold the document and
	 * rebuilding would empty it for a moment; its values are replaced by equal ones (what
	 * the update itself just did), and its nested documents and arrays, which the update
	 * created afresh, are rebuilt.
	 * @param document the stored document, changed in place
	 */
	static void shareValues(Document document) {
		for (String name : document.keySet().toArray(new String[0])) {
			Object value = document.get(name);
			Object shared = shared(name, value);
			if (shared != value) {
				// The name is there already: put replaces the value and changes nothing
				// else.
				document.put(name, shared);
			}
		}
	}

	private static Object shared(String name, Object value) {
		if (value instanceof String string) {
			return (string.length() <= MAX_SHARED_LENGTH || TYPE_HINT.equals(name)) ? string.intern() : string;
		}
		if (value instanceof Document nested) {
			shareAll(nested);
			return nested;
		}
		if (value instanceof List<?> list) {
			shareElements(list);
		}
		return value;
	}

	@SuppressWarnings("unchecked")
	private static void shareElements(List<?> list) {
		if (!(list instanceof ArrayList<?> array)) {
			// Not the decoder's or the update's own list: leave it as it is.
			return;
		}
		array.trimToSize();
		ListIterator<Object> elements = ((List<Object>) array).listIterator();
		while (elements.hasNext()) {
			Object element = elements.next();
			Object shared = shared(null, element);
			if (shared != element) {
				elements.set(shared);
			}
		}
	}

}
