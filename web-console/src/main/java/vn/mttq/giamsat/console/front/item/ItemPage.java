package vn.mttq.giamsat.console.front.item;

import java.util.List;
import java.util.Set;

import vn.mttq.giamsat.console.service.Section;

/**
 * The page of one item the Front body issued: the item, the agency's files, and a form
 * for each step the official may take now.
 *
 * @param item the item
 * @param documents its files, unless recommendation-service could not list them
 * @param actions the steps the official may take now, each a form
 * @param failedAction the step just refused, whose form shows what was typed
 * @param typedNote the note typed for it
 * @param typedDays the days typed for it
 */
record ItemPage(Recommendation item, Section<List<StoredDocument>> documents, List<Action> actions, String failedAction,
		String typedNote, String typedDays) {

	/** The steps the Front takes on an item; the agency's own are not offered here. */
	static final Set<String> FRONT_ACTIONS = Set.of("CLOSE_RESOLVED", "SEND_BACK", "AGREE", "TAKE_TO_DIALOGUE",
			"ESCALATE", "CLOSE_UNRESOLVED", "WITHDRAW", "REOPEN", "EXTEND", "PAUSE", "RESUME");

	private static final Set<String> NOTE_OPTIONAL = Set.of("CLOSE_RESOLVED", "AGREE", "RESUME");

	static ItemPage of(Recommendation item, Section<List<StoredDocument>> documents) {
		return withTyped(item, documents, null, null, null);
	}

	static ItemPage withTyped(Recommendation item, Section<List<StoredDocument>> documents, String action, String note,
			String days) {
		List<Action> actions = item.allowedActions()
			.stream()
			.filter(FRONT_ACTIONS::contains)
			.map((name) -> new Action(name, !NOTE_OPTIONAL.contains(name), "EXTEND".equals(name)))
			.toList();
		return new ItemPage(item, documents, actions, action, note, days);
	}

	/** The note typed for this action, when it was the one refused. */
	public String noteFor(String action) {
		return action.equals(this.failedAction) ? this.typedNote : null;
	}

	/** The days typed for this action, when it was the one refused. */
	public String daysFor(String action) {
		return action.equals(this.failedAction) ? this.typedDays : null;
	}

	/**
	 * One step the official may take.
	 *
	 * @param name the action, e.g. {@code SEND_BACK}
	 * @param noteRequired whether it needs a note
	 * @param withDays whether it asks for a number of days (an extension)
	 */
	record Action(String name, boolean noteRequired, boolean withDays) {

	}

}
