package vn.mttq.giamsat.console.front;

import java.util.List;

import vn.mttq.giamsat.console.front.activity.Activity;
import vn.mttq.giamsat.console.front.item.Recommendation;
import vn.mttq.giamsat.console.front.letter.Letter;
import vn.mttq.giamsat.console.service.Section;

/**
 * The Front body's work, as its home page shows it.
 *
 * @param activities its activities in progress
 * @param letters the letters it issued recently
 * @param overdue the items it issued that are overdue
 * @param toReview the items whose answer or report waits for its review
 */
record FrontHome(Section<List<Activity>> activities, Section<List<Letter>> letters,
		Section<List<Recommendation>> overdue, Section<List<Recommendation>> toReview) {

	/** The statuses in which the Front acts on an item. */
	static final String[] REVIEW_STATUSES = { "RESOLUTION_REPORTED", "EXPLAINED", "REVIEW_REQUESTED" };

}
