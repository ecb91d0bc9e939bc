package vn.mttq.giamsat.console.monitor.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A line chart of percentages over time, drawn as SVG by a template: each series a line
 * through its points (broken where a value is missing), the y axis from 0 to 100 %.
 * Coordinates are in the chart's own units ({@code viewBox}), so it scales to the page.
 *
 * @param series the lines
 * @param xTicks the labels along the time axis (not every point's, when there are many)
 * @param yTicks the percentages marked on the y axis
 */
public record LineChart(List<Series> series, List<Tick> xTicks, List<Tick> yTicks) {

	static final int WIDTH = 600;

	static final int HEIGHT = 280;

	static final int LEFT = 52;

	static final int RIGHT = 20;

	static final int TOP = 16;

	static final int BOTTOM = 40;

	static final int MAX_X_LABELS = 6;

	public LineChart {
		series = List.copyOf(series);
		xTicks = List.copyOf(xTicks);
		yTicks = List.copyOf(yTicks);
	}

	/**
	 * Lays the series out over the labels of the time axis.
	 * @param labels one label per point in time
	 * @param values each series' values, one per label, null where missing
	 * @return the chart
	 */
	public static LineChart of(List<String> labels, List<Values> values) {
		List<Series> series = new ArrayList<>();
		for (Values line : values) {
			List<Point> points = new ArrayList<>();
			List<String> segments = new ArrayList<>();
			StringBuilder segment = new StringBuilder();
			for (int i = 0; i < labels.size(); i++) {
				BigDecimal value = (i < line.values().size()) ? line.values().get(i) : null;
				if (value == null) {
					segment = close(segment, segments);
					continue;
				}
				Point point = new Point(x(i, labels.size()), y(value), labels.get(i), value);
				points.add(point);
				segment.append((segment.length() > 0) ? " " : "").append(point.x()).append(',').append(point.y());
			}
			close(segment, segments);
			series.add(new Series(line.key(), segments, points));
		}
		List<Tick> xTicks = new ArrayList<>();
		int step = Math.max(1, (labels.size() + MAX_X_LABELS - 1) / MAX_X_LABELS);
		for (int i = 0; i < labels.size(); i += step) {
			xTicks.add(new Tick(x(i, labels.size()), labels.get(i)));
		}
		List<Tick> yTicks = new ArrayList<>();
		for (int percent = 0; percent <= 100; percent += 25) {
			yTicks.add(new Tick(y(BigDecimal.valueOf(percent)), percent + " %"));
		}
		return new LineChart(series, xTicks, yTicks);
	}

	private static StringBuilder close(StringBuilder segment, List<String> segments) {
		if (segment.length() > 0) {
			segments.add(segment.toString());
		}
		return new StringBuilder();
	}

	private static int x(int index, int count) {
		int plot = WIDTH - LEFT - RIGHT;
		return (count <= 1) ? LEFT + plot / 2 : LEFT + (int) Math.round((double) index * plot / (count - 1));
	}

	private static int y(BigDecimal percent) {
		int plot = HEIGHT - TOP - BOTTOM;
		double clamped = Math.max(0, Math.min(100, percent.doubleValue()));
		return TOP + (int) Math.round(plot - clamped * plot / 100);
	}

	public String viewBox() {
		return "0 0 " + WIDTH + " " + HEIGHT;
	}

	/** Where the plot's left edge is. */
	public int left() {
		return LEFT;
	}

	/** Where the plot's right edge is. */
	public int right() {
		return WIDTH - RIGHT;
	}

	/** The baseline of the time axis's labels. */
	public int labelY() {
		return HEIGHT - BOTTOM + 24;
	}

	/**
	 * One series' values, as given.
	 *
	 * @param key the series' name (a CSS class and a message key take it)
	 * @param values one value per point in time, null where missing
	 */
	public record Values(String key, List<BigDecimal> values) {

	}

	/**
	 * One line laid out.
	 *
	 * @param key the series' name
	 * @param segments the polylines' {@code points}, one per unbroken run
	 * @param points each value's point
	 */
	public record Series(String key, List<String> segments, List<Point> points) {

	}

	/**
	 * One value's point.
	 *
	 * @param x across
	 * @param y down
	 * @param label the time it is for
	 * @param value the percentage
	 */
	public record Point(int x, int y, String label, BigDecimal value) {

	}

	/**
	 * A mark on an axis.
	 *
	 * @param position where along the axis
	 * @param label what it says
	 */
	public record Tick(int position, String label) {

	}

}
