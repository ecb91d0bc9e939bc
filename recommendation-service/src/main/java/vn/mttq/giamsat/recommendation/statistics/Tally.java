package vn.mttq.giamsat.recommendation.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.bson.Document;

/**
 * The counters of a group of recommendations, kept so that each change of one item is
 * applied by taking its old contribution back and adding its new one, and so that the
 * figures that depend on today's date (overdue, late) are read at query time from small
 * histograms instead of rescanning the items.
 * <p>
 * Withdrawn items count in {@code issued} and {@code withdrawn} only; every other figure
 * is about the items that were not withdrawn.
 */
public final class Tally {

	private long issued;

	private long withdrawn;

	private long answered;

	private long answeredOnTime;

	private long open;

	private long closedUnansweredLate;

	private long resolved;

	private long unresolved;

	private long agreed;

	private long escalated;

	/** Open, unanswered items with a due date: due date ({@code yyyy-MM-dd}) to count. */
	private Map<String, Long> openUnansweredByDueDate = new HashMap<>();

	/** Answered items: calendar days from issue to answer, to count. */
	private Map<String, Long> answeredByDays = new HashMap<>();

	public void add(ItemState item) {
		count(item, 1);
	}

	public void remove(ItemState item) {
		count(item, -1);
	}

	private void count(ItemState item, long sign) {
		this.issued += sign;
		if (item.withdrawn()) {
			this.withdrawn += sign;
			return;
		}
		if (item.answered()) {
			this.answered += sign;
			this.answeredOnTime += item.answeredOnTime() ? sign : 0;
			bump(this.answeredByDays, Integer.toString(item.daysToAnswer()), sign);
		}
		if (item.open()) {
			this.open += sign;
			if (!item.answered() && item.dueDate() != null) {
				bump(this.openUnansweredByDueDate, item.dueDate().toString(), sign);
			}
		}
		else {
			this.closedUnansweredLate += item.closedUnansweredLate() ? sign : 0;
			this.resolved += "RESOLVED".equals(item.closure()) ? sign : 0;
			this.unresolved += "UNRESOLVED".equals(item.closure()) ? sign : 0;
			this.agreed += "AGREED".equals(item.closure()) ? sign : 0;
		}
		this.escalated += item.escalated() ? sign : 0;
	}

	/**
	 * The counters this tally changes, by their paths within a stored tally (a
	 * histogram's entries as {@code histogram.key}), so that adding each to the stored
	 * value ({@code $inc}) does what {@link #merge} does in memory.
	 * @return the non-zero counters
	 */
	public Map<String, Long> increments() {
		Map<String, Long> increments = new LinkedHashMap<>();
		increment(increments, "issued", this.issued);
		increment(increments, "withdrawn", this.withdrawn);
		increment(increments, "answered", this.answered);
		increment(increments, "answeredOnTime", this.answeredOnTime);
		increment(increments, "open", this.open);
		increment(increments, "closedUnansweredLate", this.closedUnansweredLate);
		increment(increments, "resolved", this.resolved);
		increment(increments, "unresolved", this.unresolved);
		increment(increments, "agreed", this.agreed);
		increment(increments, "escalated", this.escalated);
		this.openUnansweredByDueDate
			.forEach((key, count) -> increment(increments, "openUnansweredByDueDate." + key, count));
		this.answeredByDays.forEach((key, count) -> increment(increments, "answeredByDays." + key, count));
		return increments;
	}

	private static void increment(Map<String, Long> increments, String field, long by) {
		if (by != 0) {
			increments.put(field, by);
		}
	}

	/**
	 * Reads a stored tally as the database driver returns it, without the object mapping:
	 * the statistics add up thousands of buckets per request.
	 * @param stored the bucket's {@code tally}, or {@code null}
	 * @return the tally
	 */
	public static Tally of(Document stored) {
		Tally tally = new Tally();
		tally.addStored(stored);
		return tally;
	}

	/**
	 * Adds a stored tally as the database driver returns it, as {@link #merge} would add
	 * it once read, without building it first.
	 * @param stored a stored tally, or {@code null} for nothing
	 */
	public void addStored(Document stored) {
		if (stored == null) {
			return;
		}
		this.issued += count(stored, "issued");
		this.withdrawn += count(stored, "withdrawn");
		this.answered += count(stored, "answered");
		this.answeredOnTime += count(stored, "answeredOnTime");
		this.open += count(stored, "open");
		this.closedUnansweredLate += count(stored, "closedUnansweredLate");
		this.resolved += count(stored, "resolved");
		this.unresolved += count(stored, "unresolved");
		this.agreed += count(stored, "agreed");
		this.escalated += count(stored, "escalated");
		histogram(stored.get("openUnansweredByDueDate", Document.class), this.openUnansweredByDueDate);
		histogram(stored.get("answeredByDays", Document.class), this.answeredByDays);
	}

	/**
	 * This tally as it is stored, the form {@link #of} reads and {@link #increments} adds
	 * to: the counters, then each histogram as a document of its non-zero entries.
	 * @return the document
	 */
	public Document stored() {
		Document stored = new Document();
		increments().forEach((field, count) -> {
			int dot = field.indexOf('.');
			if (dot < 0) {
				stored.put(field, count);
			}
			else {
				Document histogram = (Document) stored.computeIfAbsent(field.substring(0, dot),
						(name) -> new Document());
				histogram.put(field.substring(dot + 1), count);
			}
		});
		return stored;
	}

	private static long count(Document stored, String field) {
		return (stored.get(field) instanceof Number number) ? number.longValue() : 0;
	}

	private static void histogram(Document stored, Map<String, Long> histogram) {
		if (stored != null) {
			stored.forEach((key, count) -> bump(histogram, key, ((Number) count).longValue()));
		}
	}

	public void merge(Tally other) {
		this.issued += other.issued;
		this.withdrawn += other.withdrawn;
		this.answered += other.answered;
		this.answeredOnTime += other.answeredOnTime;
		this.open += other.open;
		this.closedUnansweredLate += other.closedUnansweredLate;
		this.resolved += other.resolved;
		this.unresolved += other.unresolved;
		this.agreed += other.agreed;
		this.escalated += other.escalated;
		other.openUnansweredByDueDate.forEach((key, count) -> bump(this.openUnansweredByDueDate, key, count));
		other.answeredByDays.forEach((key, count) -> bump(this.answeredByDays, key, count));
	}

	private static void bump(Map<String, Long> histogram, String key, long by) {
		if (by == 0) {
			return;
		}
		histogram.merge(key, by, (a, b) -> (a + b == 0) ? null : a + b);
	}

	public long issued() {
		return this.issued;
	}

	public long withdrawn() {
		return this.withdrawn;
	}

	/** The items the rates are about: issued and not withdrawn. */
	long counted() {
		return this.issued - this.withdrawn;
	}

	public long answered() {
		return this.answered;
	}

	long answeredOnTime() {
		return this.answeredOnTime;
	}

	public long open() {
		return this.open;
	}

	public long resolved() {
		return this.resolved;
	}

	long unresolved() {
		return this.unresolved;
	}

	long agreed() {
		return this.agreed;
	}

	long escalated() {
		return this.escalated;
	}

	/**
	 * Open items without an answer whose due date is before today.
	 * @param today today in Vietnam time
	 * @return how many are overdue today
	 */
	long overdue(LocalDate today) {
		String day = today.toString();
		return this.openUnansweredByDueDate.entrySet()
			.stream()
			.filter((due) -> due.getKey().compareTo(day) < 0)
			.mapToLong(Map.Entry::getValue)
			.sum();
	}

	/**
	 * Items still without an answer once their due date had passed: open and overdue
	 * today, or closed after their due date without an answer.
	 * @param today today in Vietnam time
	 * @return how many
	 */
	long unansweredLate(LocalDate today) {
		return unansweredLate(overdue(today));
	}

	/**
	 * Items still without an answer once their due date had passed, given those overdue.
	 * @param overdue {@link #overdue} today
	 * @return how many
	 */
	long unansweredLate(long overdue) {
		return overdue + this.closedUnansweredLate;
	}

	/**
	 * The median number of days to answer over every counted item, an unanswered one
	 * counting as "not yet", above every answered value; see {@link Median}.
	 * @return the median, or why there is none
	 */
	Median median() {
		long n = counted();
		if (n <= 0) {
			return Median.NO_ITEMS;
		}
		TreeMap<Integer, Long> days = new TreeMap<>();
		this.answeredByDays.forEach((key, count) -> days.merge(Integer.valueOf(key), count, Long::sum));
		Integer lower = nth(days, (n + 1) / 2);
		Integer upper = nth(days, n / 2 + 1);
		if (lower == null || upper == null) {
			return Median.NOT_REACHED;
		}
		BigDecimal sum = BigDecimal.valueOf((long) lower + upper);
		return Median.of(sum.divide(BigDecimal.valueOf(2), 1, RoundingMode.UNNECESSARY));
	}

	/**
	 * The n-th smallest answered value (1-based), or {@code null} when the n-th item is
	 * one not answered yet.
	 */
	private static Integer nth(TreeMap<Integer, Long> days, long n) {
		long seen = 0;
		for (Map.Entry<Integer, Long> day : days.entrySet()) {
			seen += day.getValue();
			if (seen >= n) {
				return day.getKey();
			}
		}
		return null;
	}

	/**
	 * A percentage with one decimal, rounded half up.
	 * @param part the part
	 * @param whole the whole
	 * @return the percentage, or {@code null} when the whole is zero
	 */
	static BigDecimal percent(long part, long whole) {
		if (whole <= 0) {
			return null;
		}
		return BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
	}

	/**
	 * The median days to answer, or why it is not given.
	 *
	 * @param days the median in days, one decimal (x.5 when the two middle values differ
	 * by an odd number), or {@code null}
	 * @param note {@code null} when given; {@code NOT_REACHED} when half of the items or
	 * more have no answer yet, so the middle item has not been answered; {@code NO_ITEMS}
	 * when there is nothing to count
	 */
	record Median(BigDecimal days, String note) {

		static final Median NOT_REACHED = new Median(null, "NOT_REACHED");

		static final Median NO_ITEMS = new Median(null, "NO_ITEMS");

		static Median of(BigDecimal days) {
			return new Median(days, null);
		}

	}

}
