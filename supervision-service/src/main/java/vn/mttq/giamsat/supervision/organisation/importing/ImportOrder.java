package vn.mttq.giamsat.supervision.organisation.importing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The order to write the rows of a file in: every row after the rows of the same file it
 * refers to (its superior, its successors), so that whenever a write stops, each stored
 * row refers only to rows already stored. Otherwise the file's order is kept. Linear in
 * the rows and their references.
 */
final class ImportOrder {

	private ImportOrder() {
	}

	/**
	 * Sorts rows so that the rows each refers to come first.
	 * @param <T> the row type
	 * @param rows the rows, each id once
	 * @param id a row's id
	 * @param references the ids a row refers to
	 * @return the same rows, dependencies first; rows in a loop keep their file order at
	 * the end
	 */
	static <T> List<T> referencesFirst(List<T> rows, Function<T, String> id, Function<T, List<String>> references) {
		Map<String, Integer> index = new HashMap<>();
		for (int i = 0; i < rows.size(); i++) {
			index.put(id.apply(rows.get(i)), i);
		}
		int[] waitingFor = new int[rows.size()];
		List<List<Integer>> dependents = new ArrayList<>(rows.size());
		rows.forEach((row) -> dependents.add(new ArrayList<>(1)));
		for (int i = 0; i < rows.size(); i++) {
			for (String reference : references.apply(rows.get(i))) {
				Integer target = index.get(reference);
				if (target != null && target != i) {
					waitingFor[i]++;
					dependents.get(target).add(i);
				}
			}
		}
		Deque<Integer> ready = new ArrayDeque<>();
		for (int i = 0; i < rows.size(); i++) {
			if (waitingFor[i] == 0) {
				ready.add(i);
			}
		}
		List<T> ordered = new ArrayList<>(rows.size());
		boolean[] placed = new boolean[rows.size()];
		while (!ready.isEmpty()) {
			int next = ready.poll();
			ordered.add(rows.get(next));
			placed[next] = true;
			for (int dependent : dependents.get(next)) {
				if (--waitingFor[dependent] == 0) {
					ready.add(dependent);
				}
			}
		}
		for (int i = 0; i < rows.size(); i++) {
			if (!placed[i]) {
				ordered.add(rows.get(i));
			}
		}
		return ordered;
	}

}
