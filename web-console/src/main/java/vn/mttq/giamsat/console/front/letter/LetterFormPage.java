package vn.mttq.giamsat.console.front.letter;

import java.time.LocalDate;
import java.util.List;

/**
 * The letter's form or its preview: the activity it concludes, the agencies an item may
 * be addressed to, and (on the preview) the due date each item will get.
 *
 * @param activity the activity
 * @param addressees the agencies it supervises, with their names
 * @param previews each item's due date, on the preview step; empty on the form
 */
record LetterFormPage(LetterActivity activity, List<Choice> addressees, List<RowPreview> previews) {

	/**
	 * An organisation to choose.
	 *
	 * @param id its id
	 * @param name its name
	 */
	record Choice(String id, String name) {

	}

	/**
	 * The due date one item will get.
	 *
	 * @param index the row, from 0
	 * @param addressee the addressee's name
	 * @param content the item's content
	 * @param dueDate its due date
	 * @param explanation how it is counted, in the page's language; null for a date the
	 * official set
	 * @param provisional whether it moves once the agency's receipt is known
	 */
	record RowPreview(int index, String addressee, String content, LocalDate dueDate, String explanation,
			boolean provisional) {

	}

}
