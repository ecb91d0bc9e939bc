package vn.mttq.giamsat.supervision.paper;

import java.util.List;

/**
 * A part of a document's body: a paragraph or a table.
 */
public sealed interface Block {

	/**
	 * A paragraph.
	 *
	 * @param line the paragraph
	 */
	record Text(Line line) implements Block {
	}

	/**
	 * A table with a heading row, every cell text.
	 *
	 * @param header the heading cells
	 * @param rows the rows, as many cells each as the heading
	 * @param widths the columns' relative widths
	 */
	record Table(List<String> header, List<List<String>> rows, List<Integer> widths) implements Block {

		public Table {
			header = List.copyOf(header);
			rows = rows.stream().map(List::copyOf).toList();
			widths = List.copyOf(widths);
		}

	}

}
