package vn.mttq.giamsat.supervision.organisation.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

import vn.mttq.giamsat.supervision.web.FieldProblem;

/**
 * The errors of an import file, kept within bounds: the first {@value #LISTED} in file
 * order and how many there are in all, so that a file of a million bad rows costs a short
 * answer and little memory. Each error is added once, in time proportional to
 * {@code log 100}, never compared with the earlier ones.
 */
public final class ImportErrors {

	/** How many errors an answer lists. */
	public static final int LISTED = 100;

	private static final Comparator<Kept> FILE_ORDER = Comparator.comparingInt(Kept::row)
		.thenComparingLong(Kept::sequence);

	/**
	 * The listed errors, the last in file order on top so that an earlier one replaces
	 * it.
	 */
	private final PriorityQueue<Kept> kept = new PriorityQueue<>(FILE_ORDER.reversed());

	private int total;

	private long sequence;

	/**
	 * Counts an error and keeps it if it is among the first {@value #LISTED} in file
	 * order.
	 * @param row where the error is in the file (its line, or its place in the file); a
	 * problem of the whole file comes first with {@code 0}
	 * @param error the error
	 */
	public void add(int row, FieldProblem error) {
		this.total++;
		Kept next = new Kept(row, this.sequence++, error);
		if (this.kept.size() < LISTED) {
			this.kept.add(next);
		}
		else if (FILE_ORDER.compare(next, this.kept.peek()) < 0) {
			this.kept.poll();
			this.kept.add(next);
		}
	}

	public boolean isEmpty() {
		return this.total == 0;
	}

	/**
	 * How many errors the file has.
	 * @return all of them, listed or not
	 */
	public int total() {
		return this.total;
	}

	/**
	 * The first errors in file order.
	 * @return at most {@value #LISTED} errors
	 */
	public List<FieldProblem> listed() {
		List<Kept> sorted = new ArrayList<>(this.kept);
		sorted.sort(FILE_ORDER);
		return sorted.stream().map(Kept::error).toList();
	}

	private record Kept(int row, long sequence, FieldProblem error) {
	}

}
