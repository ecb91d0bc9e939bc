package vn.mttq.giamsat.support.document;

import vn.mttq.giamsat.support.text.TextRules;

/**
 * The thing a document belongs to, in the service that keeps both: a recommendation, an
 * activity, a letter. Its documents are listed, limited and downloaded through it, so
 * whoever may see the thing may see its documents and nobody else.
 *
 * @param kind what it is ({@code recommendation}, {@code activity}, {@code letter})
 * @param id its id
 */
public record DocumentOwner(String kind, String id) {

	public DocumentOwner {
		if (kind == null || kind.isBlank() || id == null || id.isBlank()) {
			throw new IllegalArgumentException("a document owner needs a kind and an id");
		}
		if (TextRules.singleLineProblemOf(id) != null) {
			throw new IllegalArgumentException("a document owner's id must be one line of text");
		}
	}

	/**
	 * The owner of a recommendation's documents.
	 * @param id the recommendation
	 * @return its owner
	 */
	public static DocumentOwner recommendation(String id) {
		return new DocumentOwner("recommendation", id);
	}

	/**
	 * The owner of an activity's documents (minutes, conclusions, the letters' scans).
	 * @param id the activity
	 * @return its owner
	 */
	public static DocumentOwner activity(String id) {
		return new DocumentOwner("activity", id);
	}

}
