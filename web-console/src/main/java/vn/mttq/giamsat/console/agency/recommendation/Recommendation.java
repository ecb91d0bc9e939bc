package vn.mttq.giamsat.console.agency.recommendation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A recommendation item as recommendation-service shows it to the agency (the members the
 * pages use; dates are ISO texts, statuses and actions names).
 *
 * @param id its id
 * @param letterNumber the number of the Front's letter
 * @param content what the Front recommends
 * @param status its status, labelled by {@code enum.RecommendationStatus.<status>}
 * @param overdue whether its due date has passed unanswered
 * @param dueDate its due date
 * @param dueDateProvisional whether the due date still waits for the agency's receipt
 * @param dueDateExplanation how the due date was computed
 * @param issuedOn the letter's date
 * @param allowedActions what the caller may do now
 * @param letterDocuments the letter's signed scan and other files of the letter
 * @param history the steps taken, oldest first
 * @param version its version, sent back as {@code If-Match}
 */
public record Recommendation(String id, String letterNumber, String content, String status, boolean overdue,
		String dueDate, boolean dueDateProvisional, Explanation dueDateExplanation, String issuedOn,
		List<String> allowedActions, List<DocumentReference> letterDocuments, List<HistoryEntry> history,
		Long version) {

	public Recommendation {
		allowedActions = (allowedActions != null) ? List.copyOf(allowedActions) : List.of();
		letterDocuments = (letterDocuments != null) ? List.copyOf(letterDocuments) : List.of();
		history = (history != null) ? List.copyOf(history) : List.of();
	}

	/** The due date's explanation in the page's language, if there is one. */
	public String explanation(Locale locale) {
		if (this.dueDateExplanation == null) {
			return null;
		}
		return "en".equals(locale.getLanguage()) ? this.dueDateExplanation.textEn() : this.dueDateExplanation.textVi();
	}

	/** A document this item names (the letter's or a step's), by its id. */
	public Optional<DocumentReference> document(String documentId) {
		return Stream
			.concat(this.letterDocuments.stream(), this.history.stream().flatMap((entry) -> entry.documents().stream()))
			.filter((document) -> document.id().equals(documentId))
			.findFirst();
	}

	/**
	 * Builds an item member by member (tests, and any page that makes one up).
	 */
	public static final class Builder {

		private final String id;

		private String letterNumber = "125/MTTQ-BTT";

		private String content = "Rà soát, công khai phương án bồi thường giải phóng mặt bằng dự án đường vành đai.";

		private String status = "AWAITING_RESPONSE";

		private boolean overdue;

		private String dueDate = "2026-12-31";

		private Explanation explanation;

		private List<String> allowedActions = List.of();

		private List<DocumentReference> letterDocuments = List.of();

		private List<HistoryEntry> history = List.of();

		private long version = 1;

		public Builder(String id) {
			this.id = id;
		}

		public Builder status(String status, boolean overdue) {
			this.status = status;
			this.overdue = overdue;
			return this;
		}

		public Builder due(String dueDate, Explanation explanation) {
			this.dueDate = dueDate;
			this.explanation = explanation;
			return this;
		}

		public Builder allowing(String... actions) {
			this.allowedActions = List.of(actions);
			return this;
		}

		public Builder documents(List<DocumentReference> letterDocuments, List<HistoryEntry> history) {
			this.letterDocuments = letterDocuments;
			this.history = history;
			return this;
		}

		public Builder version(long version) {
			this.version = version;
			return this;
		}

		public Recommendation build() {
			return new Recommendation(this.id, this.letterNumber, this.content, this.status, this.overdue, this.dueDate,
					false, this.explanation, "2026-12-01", this.allowedActions, this.letterDocuments, this.history,
					this.version);
		}

	}

	/**
	 * How a due date was computed, in both languages.
	 *
	 * @param textVi in Vietnamese
	 * @param textEn in English
	 */
	public record Explanation(String textVi, String textEn) {

	}

	/**
	 * A step in the item's history.
	 *
	 * @param sequence its number
	 * @param at when it was taken
	 * @param transition what happened, labelled by {@code enum.Transition.<transition>}
	 * @param status the status after it
	 * @param note what the person wrote
	 * @param documents the files named by it
	 */
	public record HistoryEntry(Integer sequence, String at, String transition, String status, String note,
			List<DocumentReference> documents) {

		public HistoryEntry {
			documents = (documents != null) ? List.copyOf(documents) : List.of();
		}

	}

	/**
	 * A stored file named by the item.
	 *
	 * @param id its id in the service that keeps it
	 * @param name its file name
	 * @param contentType its media type
	 * @param size its length in bytes
	 * @param service the service that keeps it ({@code supervision-service} or
	 * {@code recommendation-service})
	 * @param href the path of its download on that service
	 */
	public record DocumentReference(String id, String name, String contentType, long size, String service,
			String href) {

	}

}
