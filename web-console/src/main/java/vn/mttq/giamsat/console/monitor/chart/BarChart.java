package vn.mttq.giamsat.console.monitor.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart drawn as SVG by a template: one bar per entry, its length the
 * entry's value, with a part of it (such as the overdue among the open) drawn over it.
 * Coordinates are in the chart's own units ({@code viewBox="0 0 width height"}), so the
 * picture scales to the page's width.
 *
 * @param width the width in the chart's units
 * @param height the height in the chart's units
 * @param bars the bars, top to bottom
 */
public record BarChart(int width, int height, List<Bar> bars) {

	static final int WIDTH = 600;

	static final int ROW = 48;

	static final int BAR_HEIGHT = 18;

	/** Room kept right of the longest bar for its figure. */
	static final int FIGURE_ROOM = 90;

	public BarChart {
		bars = List.copyOf(bars);
	}

	/**
	 * Lays the entries out, the longest bar filling the width.
	 * @param entries the entries, in the order to draw them
	 * @return the chart
	 */
	public static BarChart of(List<Entry> entries) {
		long largest = 1;
		for (Entry entry : entries) {
			largest = Math.max(largest, entry.value());
		}
		int room = WIDTH - FIGURE_ROOM;
		List<Bar> bars = new ArrayList<>();
		for (int i = 0; i < entries.size(); i++) {
			Entry entry = entries.get(i);
			int top = i * ROW;
			int length = (int) Math.round((double) entry.value() * room / largest);
			int part = (int) Math.round((double) Math.min(entry.part(), entry.value()) * room / largest);
			bars.add(new Bar(entry, top + 18, top + 24, length, part, length + 6, top + 24 + BAR_HEIGHT - 4));
		}
		return new BarChart(WIDTH, Math.max(ROW, entries.size() * ROW) + 4, bars);
	}

	/** The SVG's {@code viewBox}. */
	public String viewBox() {
		return "0 0 " + this.width + " " + this.height;
	}

	/**
	 * What to draw: a label, a value and the part of it drawn over the bar.
	 *
	 * @param key what the entry is (an agency's id, a level)
	 * @param label its name as shown
	 * @param value the bar's length
	 * @param part the part of the value drawn over it
	 * @param withheld whether the figures are not known (the source withholds them)
	 */
	public record Entry(String key, String label, long value, long part, boolean withheld) {

		/** An entry with its figures. */
		public static Entry of(String key, String label, long value, long part) {
			return new Entry(key, label, value, part, false);
		}

	}

	/**
	 * One bar laid out.
	 *
	 * @param entry what it shows
	 * @param labelY the baseline of its label
	 * @param barY the top of the bar
	 * @param length the bar's length
	 * @param partLength the length of the part drawn over it
	 * @param figureX where its figures start
	 * @param figureY the baseline of its figures
	 */
	public record Bar(Entry entry, int labelY, int barY, int length, int partLength, int figureX, int figureY) {

		public int height() {
			return BAR_HEIGHT;
		}

	}

}
